import { describe, expect, it } from 'vitest'
import { createNotifier, notificationFor, type NotificationLike } from '../../src/main/shell/notify'

const ok = { title: 'Paid: $12.50', body: 'Mesh confirmed the payment in USDC on Ethereum.', tag: 'countertop-sale-5f1c' }

describe('what a sender may have shown (notificationFor)', () => {
  it('shows the console page’s {title, body, tag}', () => {
    expect(notificationFor('console', ok)).toEqual(ok)
  })

  it('refuses the customer display and a sender that is not ours', () => {
    expect(notificationFor('display', ok)).toBeNull()
    expect(notificationFor(null, ok)).toBeNull()
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'Paid'],
    ['an array', ['Paid', 'x', 'y']],
    ['a number title', { ...ok, title: 42 }],
    ['no body', { title: ok.title, tag: ok.tag }],
    ['an empty title', { ...ok, title: '  \n ' }],
    ['an empty tag', { ...ok, tag: '' }],
    ['a tag with spaces', { ...ok, tag: 'countertop sale' }],
    ['a tag with a path', { ...ok, tag: '../../x' }],
    ['a tag too long', { ...ok, tag: 'x'.repeat(101) }]
  ])('refuses %s', (_name, raw) => {
    expect(notificationFor('console', raw)).toBeNull()
  })

  it('keeps only the three fields, on one line, without control characters', () => {
    expect(notificationFor('console', { ...ok, title: 'Paid:\n$12.50\u0007', body: 'line one\r\nline\ttwo\u2028three', icon: 'file:///etc/passwd', silent: false })).toEqual({
      title: 'Paid: $12.50',
      body: 'line one line two three',
      tag: ok.tag
    })
  })

  it('cuts a long title at 120 and a long body at 400 characters, ending in an ellipsis', () => {
    const n = notificationFor('console', { ...ok, title: 'é'.repeat(300), body: '€'.repeat(1000) })!
    expect([...n.title]).toHaveLength(120)
    expect(n.title.endsWith('é…')).toBe(true)
    expect([...n.body]).toHaveLength(400)
    expect(n.body.endsWith('€…')).toBe(true)
  })
})

function fakeNotifications() {
  const made: { options: { title: string; body: string; silent: true }; shown: number; closed: number; listeners: Record<string, (() => void)[]> }[] = []
  const create = (options: { title: string; body: string; silent: true }): NotificationLike => {
    const rec = { options, shown: 0, closed: 0, listeners: {} as Record<string, (() => void)[]> }
    made.push(rec)
    const n: NotificationLike = {
      show: () => void rec.shown++,
      close: () => {
        rec.closed++
        for (const l of rec.listeners.close ?? []) l()
      },
      on: (event, l) => ((rec.listeners[event] ??= []).push(l), n)
    }
    return n
  }
  return { made, create }
}

describe('the notifier', () => {
  it('shows silently (the console plays its own sound)', () => {
    const f = fakeNotifications()
    const notifier = createNotifier({ isSupported: () => true, create: f.create })
    expect(notifier.show(ok)).toBe(true)
    expect(f.made).toEqual([expect.objectContaining({ options: { title: ok.title, body: ok.body, silent: true }, shown: 1, closed: 0 })])
  })

  it('replaces the earlier notification of the same sale, and leaves other sales’ alone', () => {
    const f = fakeNotifications()
    const notifier = createNotifier({ isSupported: () => true, create: f.create })
    notifier.show(ok)
    notifier.show({ ...ok, tag: 'countertop-sale-other' })
    notifier.show({ ...ok, title: 'Paid after cancel: $12.50' })
    expect(f.made.map((m) => [m.options.title, m.shown, m.closed])).toEqual([
      [ok.title, 1, 1],
      [ok.title, 1, 0],
      ['Paid after cancel: $12.50', 1, 0]
    ])
    expect(notifier.size()).toBe(2)
  })

  it('shows nothing where the OS has no notifications', () => {
    const f = fakeNotifications()
    const notifier = createNotifier({ isSupported: () => false, create: f.create })
    expect(notifier.show(ok)).toBe(false)
    expect(f.made).toEqual([])
  })

  it('brings the console forward on a click, and forgets a notification the OS closed', () => {
    const f = fakeNotifications()
    let clicks = 0
    const notifier = createNotifier({ isSupported: () => true, create: f.create, onClick: () => void clicks++ })
    notifier.show(ok)
    for (const l of f.made[0]!.listeners.click ?? []) l()
    expect(clicks).toBe(1)
    for (const l of f.made[0]!.listeners.close ?? []) l()
    expect(notifier.size()).toBe(0)
  })

  it('keeps at most `keep` notifications referenced, forgetting the oldest without closing them', () => {
    const f = fakeNotifications()
    const notifier = createNotifier({ isSupported: () => true, create: f.create, keep: 3 })
    for (let i = 0; i < 5; i++) notifier.show({ ...ok, tag: `countertop-sale-${i}` })
    expect(notifier.size()).toBe(3)
    expect(f.made.map((m) => m.closed)).toEqual([0, 0, 0, 0, 0])
    // A forgotten one shown again is a new notification; nothing is closed twice.
    notifier.show({ ...ok, tag: 'countertop-sale-0' })
    expect(f.made.map((m) => m.closed)).toEqual([0, 0, 0, 0, 0, 0])
  })
})
