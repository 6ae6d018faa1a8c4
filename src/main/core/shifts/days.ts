// Local calendar days in an IANA time zone, as instants: pure, with Intl as the only source of
// zone rules. A day runs from its first local instant to the next day's (23 h or 25 h on a DST
// change; where a zone skips midnight, from the end of the gap).

export interface LocalDay {
  /** YYYY-MM-DD in the zone. */
  date: string
  /** First instant of the day (ms since epoch). */
  start: number
  /** First instant of the next day (exclusive end). */
  end: number
}

interface Wall {
  y: number
  m: number
  d: number
  /** The wall-clock time read as if it were UTC, in ms. */
  ms: number
}

const HOUR_MS = 3_600_000
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * The zone's canonical name; throws a RangeError for a zone this runtime does not know (Intl's
 * own check, so what is accepted here is exactly what the day arithmetic can use).
 */
export function canonicalTimeZone(timeZone: string): string {
  return formatter(timeZone).resolvedOptions().timeZone
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, f)
  }
  return f
}

function wallAt(f: Intl.DateTimeFormat, t: number): Wall {
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const y = p.year!
  const m = p.month!
  const d = p.day!
  const subSecond = ((t % 1000) + 1000) % 1000
  return { y, m, d, ms: Date.UTC(y, m - 1, d, p.hour!, p.minute!, p.second!) + subSecond }
}

const dayKey = (y: number, m: number, d: number) => y * 10_000 + m * 100 + d
const keyAt = (f: Intl.DateTimeFormat, t: number) => {
  const w = wallAt(f, t)
  return dayKey(w.y, w.m, w.d)
}

/** The first instant whose local date in the zone is y-m-d. */
function startOfDay(f: Intl.DateTimeFormat, y: number, m: number, d: number): number {
  const midnight = Date.UTC(y, m - 1, d)
  const target = dayKey(y, m, d)
  // Usually: local midnight minus the offset in force then (read twice, to land on the right side of a change).
  let t = midnight - (wallAt(f, midnight).ms - midnight)
  t = midnight - (wallAt(f, t).ms - t)
  if (keyAt(f, t) === target && keyAt(f, t - 1) < target) return t
  // Midnight skipped or repeated by a change: search. Offsets lie within −12 h … +14 h, so the
  // day starts after midnight − 15 h and no later than midnight + 13 h.
  let lo = midnight - 15 * HOUR_MS
  let hi = midnight + 13 * HOUR_MS
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (keyAt(f, mid) >= target) hi = mid
    else lo = mid
  }
  return hi
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/**
 * The `count` local days that end with the one containing `now` (oldest first), in `timeZone`.
 * Throws a RangeError for an unknown zone.
 */
export function localDays(now: number, count: number, timeZone: string): LocalDay[] {
  const f = formatter(timeZone)
  const today = wallAt(f, now)
  const starts: { date: string; start: number }[] = []
  for (let k = count - 1; k >= -1; k--) {
    const c = new Date(Date.UTC(today.y, today.m - 1, today.d - k))
    const y = c.getUTCFullYear()
    const m = c.getUTCMonth() + 1
    const d = c.getUTCDate()
    starts.push({ date: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, start: startOfDay(f, y, m, d) })
  }
  return starts.slice(0, -1).map((s, i) => ({ date: s.date, start: s.start, end: starts[i + 1]!.start }))
}
