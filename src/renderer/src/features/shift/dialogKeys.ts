// What a key does inside a modal dialog: Escape closes it, Tab and Shift+Tab cycle through its
// focusable elements and never leave it. Pure, so it is tested without a DOM.

export type DialogKeyAction = { kind: 'close' } | { kind: 'focus'; index: number } | { kind: 'none' }

/**
 * `count` focusable elements in the dialog, `active` the index of the focused one (-1 when focus
 * is on the dialog itself or outside it). While `busy` (the confirmed action runs) Escape does
 * nothing: the action cannot be taken back by closing the dialog.
 */
export function dialogKeyAction(key: string, shiftKey: boolean, count: number, active: number, busy = false): DialogKeyAction {
  if (key === 'Escape' || key === 'Esc') return busy ? { kind: 'none' } : { kind: 'close' }
  if (key !== 'Tab') return { kind: 'none' }
  if (count <= 0) return { kind: 'focus', index: -1 }
  if (shiftKey) return { kind: 'focus', index: active <= 0 || active >= count ? count - 1 : active - 1 }
  return { kind: 'focus', index: active < 0 || active >= count - 1 ? 0 : active + 1 }
}

/** What can take focus inside a dialog, in tab order (no positive tabindex is used here). */
export const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'
