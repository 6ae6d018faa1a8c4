// Small DOM helpers of the emulated Link page.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`The Link page has no #${id}`)
  return el as T
}

export const input = (id: string): HTMLInputElement => byId<HTMLInputElement>(id)

export function row(dl: HTMLElement, k: string, v: string): void {
  const dt = document.createElement('dt')
  dt.textContent = k
  const dd = document.createElement('dd')
  dd.textContent = v
  dl.appendChild(dt)
  dl.appendChild(dd)
}

export function button(label: string, onClick: () => void, opts: { hint?: string; className?: string } = {}): HTMLButtonElement {
  const b = document.createElement('button')
  b.type = 'button'
  b.setAttribute('aria-label', label)
  b.textContent = label
  if (opts.className) b.className = opts.className
  if (opts.hint) {
    const h = document.createElement('span')
    h.className = 'hint'
    h.textContent = opts.hint
    b.appendChild(h)
  }
  b.addEventListener('click', onClick)
  return b
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** "$12.50 USD" in the page's language (Mesh shows amountInFiat in US dollars). */
export function formatUsd(n: number, lng: string): string {
  let f: Intl.NumberFormat
  try {
    f = new Intl.NumberFormat(lng, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' })
  } catch {
    f = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' })
  }
  return `${f.format(n)} USD`
}
