import { useState, type ReactNode } from 'react'
import { statusWord } from '../../../shared/status'
import { copyText } from './dom'

export function Badge({ tone = 'neutral', children, title }: { tone?: string; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  )
}

/** Tone of a transfer status badge. */
export function statusTone(status: string): string {
  switch (status.replace(/[\s_-]/g, '').toLowerCase()) {
    case 'succeeded':
      return 'success'
    case 'failed':
      return 'danger'
    case 'pending':
      return 'progress'
    default:
      return 'warning'
  }
}

/** One badge for a transfer status from any source: the same words for a webhook's "Succeeded" and a poll's "succeeded". */
export function StatusBadge({ status, raw }: { status: string; raw?: string | null }) {
  const word = statusWord(status)
  return (
    <Badge tone={statusTone(status)} title={raw && raw !== word ? `Mesh sent “${raw}”` : undefined}>
      {word}
    </Badge>
  )
}

export function Loading({ children }: { children: ReactNode }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {children}
    </div>
  )
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children && <p className="muted">{children}</p>}
    </div>
  )
}

export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function CopyButton({ text, label = 'Copy', className }: { text: string; label?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle')
  return (
    <span className="copy">
      <button
        type="button"
        className={className ?? 'small'}
        onClick={async () => {
          const ok = await copyText(text)
          setState(ok ? 'done' : 'failed')
          setTimeout(() => setState('idle'), 1500)
        }}
      >
        {label}
      </button>
      <span className="copy-state" role="status">
        {state === 'done' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </span>
  )
}

export function Mono({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <code className="mono" title={title}>
      {children}
    </code>
  )
}
