// A modal dialog: rendered over the page (the rest of the console inert), focus moved in and
// kept in (Tab/Shift+Tab cycle), Escape and a click on the backdrop close it, and focus returns
// to what opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { dialogKeyAction, FOCUSABLE } from './dialogKeys'

export interface DialogProps {
  title: string
  /** The sentence a screen reader reads with the title (aria-describedby). */
  description: ReactNode
  /** More content under the description (lists, errors). */
  children?: ReactNode
  /** The buttons, in reading order. */
  actions: ReactNode
  onClose(): void
  /** The confirmed action runs: Escape and the backdrop do nothing meanwhile. */
  busy?: boolean
  /** A selector inside the dialog to focus first (for a destructive action: its Cancel). */
  initialFocus?: string
  className?: string
}

/** The dialog's markup without the portal and the focus handling (rendered as-is in tests). */
export function DialogPanel(p: Omit<DialogProps, 'onClose' | 'busy' | 'initialFocus'> & { titleId: string; descriptionId: string; onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void; panelRef?: React.Ref<HTMLDivElement> }) {
  return (
    <div ref={p.panelRef} className={`dialog card${p.className ? ` ${p.className}` : ''}`} role="dialog" aria-modal="true" aria-labelledby={p.titleId} aria-describedby={p.descriptionId} tabIndex={-1} onKeyDown={p.onKeyDown}>
      <h2 id={p.titleId}>{p.title}</h2>
      <div id={p.descriptionId} className="dialog-description">
        {p.description}
      </div>
      {p.children}
      <div className="button-row dialog-actions">{p.actions}</div>
    </div>
  )
}

export function Dialog({ onClose, busy = false, initialFocus, ...rest }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const el = panel.current
    if (!el) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = document.getElementById('root')
    const wasInert = root?.hasAttribute('inert') ?? false
    root?.setAttribute('inert', '')
    const first = (initialFocus ? el.querySelector<HTMLElement>(initialFocus) : null) ?? el.querySelector<HTMLElement>(FOCUSABLE) ?? el
    first.focus()
    // Focus that lands outside (a click on the page behind, a script) comes back in.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !el.contains(e.target)) (el.querySelector<HTMLElement>(FOCUSABLE) ?? el).focus()
    }
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('focusin', onFocusIn)
      if (!wasInert) root?.removeAttribute('inert')
      if (opener?.isConnected) opener.focus()
    }
    // The dialog's life is its mount: initialFocus only matters on the first render.
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = panel.current
    if (!el) return
    const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const action = dialogKeyAction(e.key, e.shiftKey, items.length, items.indexOf(document.activeElement as HTMLElement), busy)
    if (action.kind === 'none') return
    e.preventDefault()
    e.stopPropagation()
    if (action.kind === 'close') onClose()
    else (items[action.index] ?? el).focus()
  }

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && !busy) onClose()
      }}
    >
      <DialogPanel {...rest} titleId={titleId} descriptionId={descriptionId} onKeyDown={onKeyDown} panelRef={panel} />
    </div>,
    document.body
  )
}
