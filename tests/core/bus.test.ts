// The in-process bus: transports subscribe; the core's own observers (the customer display) hear
// the same events without counting as a console that listens.
import { describe, expect, it } from 'vitest'
import type { EventMessage } from '../../src/shared/contract'
import { createBus } from '../../src/main/core/bus'
import { sale } from '../renderer/fixtures'

describe('bus', () => {
  it('hands every event to subscribers and observers; size() counts only subscribers', () => {
    const bus = createBus()
    const heard: string[] = []
    const unobserve = bus.observe((m: EventMessage) => heard.push(`observer:${m.type}`))
    expect(bus.size()).toBe(0)
    const unsubscribe = bus.subscribe((m) => heard.push(`console:${m.type}`))
    expect(bus.size()).toBe(1)
    bus.publish('sale.updated', sale({ sessionId: 's' }))
    expect(heard).toEqual(['console:sale.updated', 'observer:sale.updated'])
    unsubscribe()
    unobserve()
    bus.publish('sale.updated', sale({ sessionId: 's' }))
    expect(heard).toHaveLength(2)
    expect(bus.size()).toBe(0)
  })

  it('keeps going past a listener that throws', () => {
    const bus = createBus()
    const heard: string[] = []
    bus.subscribe(() => {
      throw new Error('broken')
    })
    bus.observe((m) => heard.push(m.type))
    bus.publish('sale.updated', sale({ sessionId: 's' }))
    expect(heard).toEqual(['sale.updated'])
  })
})
