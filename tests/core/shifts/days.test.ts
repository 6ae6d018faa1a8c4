// Local days as instants (the takings report's day boundaries): expected instants written out
// by hand from the zones' rules, including the days a DST change makes 23 h and 25 h long.
import { describe, expect, it } from 'vitest'
import { canonicalTimeZone, localDays } from '../../../src/main/core/shifts/days'

const at = (iso: string) => Date.parse(iso)
const HOUR = 3_600_000

describe('local days in a time zone', () => {
  it('Europe/Berlin, spring forward (31 Mar 2024, 02:00 CET → 03:00 CEST): a 23-hour day', () => {
    const days = localDays(at('2024-04-01T10:00:00Z'), 3, 'Europe/Berlin')
    expect(days).toEqual([
      { date: '2024-03-30', start: at('2024-03-29T23:00:00Z'), end: at('2024-03-30T23:00:00Z') },
      { date: '2024-03-31', start: at('2024-03-30T23:00:00Z'), end: at('2024-03-31T22:00:00Z') },
      { date: '2024-04-01', start: at('2024-03-31T22:00:00Z'), end: at('2024-04-01T22:00:00Z') }
    ])
    expect(days.map((d) => (d.end - d.start) / HOUR)).toEqual([24, 23, 24])
  })

  it('Europe/Berlin, fall back (27 Oct 2024, 03:00 CEST → 02:00 CET): a 25-hour day', () => {
    const days = localDays(at('2024-10-28T12:00:00Z'), 3, 'Europe/Berlin')
    expect(days).toEqual([
      { date: '2024-10-26', start: at('2024-10-25T22:00:00Z'), end: at('2024-10-26T22:00:00Z') },
      { date: '2024-10-27', start: at('2024-10-26T22:00:00Z'), end: at('2024-10-27T23:00:00Z') },
      { date: '2024-10-28', start: at('2024-10-27T23:00:00Z'), end: at('2024-10-28T23:00:00Z') }
    ])
    expect(days.map((d) => (d.end - d.start) / HOUR)).toEqual([24, 25, 24])
  })

  it('America/Santiago skips midnight (8 Sep 2024, 24:00 → 01:00): that day starts at 01:00 local', () => {
    // −04 until the change, −03 after it: the day's first instant is 01:00 −03 = 04:00 UTC.
    const days = localDays(at('2024-09-09T15:00:00Z'), 3, 'America/Santiago')
    expect(days).toEqual([
      { date: '2024-09-07', start: at('2024-09-07T04:00:00Z'), end: at('2024-09-08T04:00:00Z') },
      { date: '2024-09-08', start: at('2024-09-08T04:00:00Z'), end: at('2024-09-09T03:00:00Z') },
      { date: '2024-09-09', start: at('2024-09-09T03:00:00Z'), end: at('2024-09-10T03:00:00Z') }
    ])
  })

  it('today is the zone’s date, not UTC’s: just after local midnight and just before it', () => {
    // 23:30 UTC on 14 Jan is 08:30 on 15 Jan in Tokyo (UTC+9), and 18:30 on 14 Jan in New York (UTC−5).
    expect(localDays(at('2024-01-14T23:30:00Z'), 1, 'Asia/Tokyo')).toEqual([{ date: '2024-01-15', start: at('2024-01-14T15:00:00Z'), end: at('2024-01-15T15:00:00Z') }])
    expect(localDays(at('2024-01-14T23:30:00Z'), 1, 'America/New_York')).toEqual([{ date: '2024-01-14', start: at('2024-01-14T05:00:00Z'), end: at('2024-01-15T05:00:00Z') }])
    // the last millisecond of a Berlin day still belongs to it; the next one starts the next day
    expect(localDays(at('2024-03-31T21:59:59.999Z'), 1, 'Europe/Berlin')[0]!.date).toBe('2024-03-31')
    expect(localDays(at('2024-03-31T22:00:00.000Z'), 1, 'Europe/Berlin')[0]!.date).toBe('2024-04-01')
  })

  it('counts back across a month and a leap day, oldest first, contiguous', () => {
    const days = localDays(at('2024-03-02T12:00:00Z'), 4, 'UTC')
    expect(days.map((d) => d.date)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02'])
    expect(days[0]!.start).toBe(at('2024-02-28T00:00:00Z'))
    for (let i = 1; i < days.length; i++) expect(days[i]!.start).toBe(days[i - 1]!.end)
  })

  it('365 days ending today in Berlin: one per date, 2 of them off 24 h by the DST changes', () => {
    const days = localDays(at('2024-12-31T12:00:00Z'), 366, 'Europe/Berlin')
    expect(days).toHaveLength(366)
    expect(days[0]!.date).toBe('2024-01-01')
    expect(days[365]!.date).toBe('2024-12-31')
    const odd = days.filter((d) => d.end - d.start !== 24 * HOUR).map((d) => [d.date, (d.end - d.start) / HOUR])
    expect(odd).toEqual([
      ['2024-03-31', 23],
      ['2024-10-27', 25]
    ])
  })

  it('knows IANA zones by their canonical name and refuses unknown ones', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin')
    expect(() => canonicalTimeZone('Mars/Olympus_Mons')).toThrow(RangeError)
    expect(() => localDays(0, 1, 'Not/AZone')).toThrow(RangeError)
  })
})
