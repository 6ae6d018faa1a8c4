// A delivery's flags (ambiguous, no tx hash, stale): a badge each, with its explanation.
import type { DeliveryRow } from '../../../shared/contract'
import { deliveryFlags } from '../lib/deliveries'
import { Badge } from './common'

/**
 * `list`: each badge followed by its explanation (the Inspector's delivery detail).
 * `inline`: each badge followed by a few words, the full explanation in its title (the Transfer
 * page's attempts table).
 */
export function DeliveryFlags({ delivery, layout }: { delivery: Pick<DeliveryRow, 'flags'>; layout: 'list' | 'inline' }) {
  const flags = deliveryFlags(delivery)
  if (flags.length === 0) return null
  if (layout === 'list') {
    return (
      <ul className="delivery-flags" aria-label="Flags">
        {flags.map((f) => (
          <li key={f.flag} data-flag={f.flag}>
            <Badge tone={f.tone} title={f.reason}>
              {f.label}
            </Badge>{' '}
            <span>{f.reason}</span>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <ul className="delivery-flags inline" aria-label="Flags">
      {flags.map((f) => (
        <li key={f.flag} data-flag={f.flag}>
          <Badge tone={f.tone} title={f.reason}>
            {f.label}
          </Badge>{' '}
          <span className="muted">{f.short}</span>
        </li>
      ))}
    </ul>
  )
}
