// Times on screen: one format (formatDateTime), the zone stated once per screen.
import { consoleTimeZone, describeTimeZone, formatDateTime, isoWithOffset, wallClock } from '../lib/format'

export interface DateTimeProps {
  ms: number | null | undefined
  /** With milliseconds (delivery timelines). */
  precise?: boolean
  /** The date above the time (narrow table cells); the text is the same. */
  stacked?: boolean
  timeZone?: string
  className?: string
}

/**
 * A time in the one on-screen format; its machine-readable value (and tooltip) is ISO 8601 with
 * the zone's offset, so hovering shows the exact instant.
 */
export function DateTime({ ms, precise = false, stacked = false, timeZone, className }: DateTimeProps) {
  if (ms == null || !Number.isFinite(ms)) return <span className={className}>—</span>
  const iso = isoWithOffset(ms, wallClock(ms, timeZone).offset)
  const text = formatDateTime(ms, { timeZone, ms: precise })
  const space = text.indexOf(' ')
  return (
    <time className={[className, stacked ? 'dt-stack' : ''].filter(Boolean).join(' ') || undefined} dateTime={iso} title={iso}>
      {stacked ? (
        <>
          <span className="dt-date">{text.slice(0, space)}</span> <span className="dt-time">{text.slice(space + 1)}</span>
        </>
      ) : (
        text
      )}
    </time>
  )
}

/** "Times in Europe/Berlin (UTC+01:00)": once per screen that shows times. */
export function TimeZoneNote({ timeZone, at = Date.now() }: { timeZone?: string; at?: number }) {
  return (
    <p className="tz-note muted" data-testid="time-zone">
      Times in {describeTimeZone(timeZone ?? consoleTimeZone(), at)}
    </p>
  )
}
