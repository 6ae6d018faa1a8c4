// Imported first by main.tsx: the Web Link SDK reads this flag when its module is evaluated and,
// unless it is set, adds a hidden iframe that loads https://web.meshconnect.com/prewarm. The
// console opens Link only on Charge (and may run against the offline emulator), so no prewarm.
window.meshLinkShouldSkipPrewarm = true
export {}
