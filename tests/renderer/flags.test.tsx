// Delivery flags in the console: the words for each, and the badges the Inspector's delivery
// detail and the Transfer page's attempts show (rendered to markup, as React would).
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DELIVERY_FLAGS } from '../../src/shared/contract'
import { DeliveryFlags } from '../../src/renderer/src/components/flags'
import { deliveryFlags, FLAG_INFO, flagInfo } from '../../src/renderer/src/lib/deliveries'
import { delivery } from './fixtures'

describe('delivery flags', () => {
  it('has words for every flag the core sets, and shows an unknown one as it is', () => {
    for (const f of DELIVERY_FLAGS) {
      expect(FLAG_INFO[f].label.length).toBeGreaterThan(0)
      expect(FLAG_INFO[f].reason.length).toBeGreaterThan(20)
    }
    expect(flagInfo('ambiguous')).toMatchObject({ flag: 'ambiguous', tone: 'danger', reason: expect.stringMatching(/not applied/) })
    expect(flagInfo('no_tx_hash')).toMatchObject({ label: 'no tx hash', tone: 'warning' })
    expect(flagInfo('stale').reason).toMatch(/replay/)
    expect(flagInfo('from_the_future')).toMatchObject({ label: 'from the future', tone: 'neutral' })
    expect(deliveryFlags(delivery({ id: 1, flags: ['no_tx_hash', 'stale'] })).map((f) => f.flag)).toEqual(['no_tx_hash', 'stale'])
    expect(deliveryFlags(delivery({ id: 2 }))).toEqual([])
  })

  it('renders a badge per flag with its explanation, and nothing for a delivery without flags', () => {
    const list = renderToStaticMarkup(<DeliveryFlags delivery={delivery({ id: 1, flags: ['ambiguous', 'stale'] })} layout="list" />)
    expect(list.match(/class="badge badge-/g)).toHaveLength(2)
    expect(list).toContain('data-flag="ambiguous"')
    expect(list).toContain('>ambiguous</span>')
    expect(list).toContain('recorded but not applied')
    expect(list).toContain('possibly a replay')
    const inline = renderToStaticMarkup(<DeliveryFlags delivery={delivery({ id: 2, flags: ['no_tx_hash'] })} layout="inline" />)
    expect(inline).toContain('>no tx hash</span>')
    expect(inline).toContain('Succeeded without a TxHash')
    expect(inline).toContain('title="Succeeded without a TxHash: applied')
    expect(renderToStaticMarkup(<DeliveryFlags delivery={delivery({ id: 3 })} layout="list" />)).toBe('')
  })
})
