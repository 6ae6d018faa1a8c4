// The emulated Link's pure decisions: what stands between a connected account and a preview,
// by scenario and by Mesh's documented sandbox users (reference §6).
import { describe, expect, it } from 'vitest'
import { configureDecision, fundingOptions, raisedGasFee, type ConfigureFacts } from '../../src/main/emulator/link-flow'

const facts = (over: Partial<ConfigureFacts> = {}): ConfigureFacts => ({
  scenario: 'standard',
  exchange: 'Coinbase',
  username: 'Mesh',
  symbol: 'USDC',
  networkName: 'Ethereum',
  amountInFiat: 40,
  fundingEnabled: false,
  passed: new Set(),
  kycDone: false,
  funded: false,
  ...over
})

describe('configureDecision', () => {
  it('lets a full portfolio (Mesh, Mesh4) and an account holding enough of the asset straight through', () => {
    expect(configureDecision(facts()).reply).toEqual({ step: 'ok' })
    expect(configureDecision(facts({ username: 'Mesh4' })).reply).toEqual({ step: 'ok' })
    expect(configureDecision(facts({ username: 'MeshUSDC' })).reply).toEqual({ step: 'ok' })
  })

  it('finds nothing eligible in Mesh2 (empty), Mesh3 (cash only) or MeshBTC paying USDC, and says why per token', () => {
    expect(configureDecision(facts({ username: 'Mesh2' })).reply).toEqual({ step: 'noEligibleAssets', noAssetsType: 'emptyAccount', arrayOfTokensHeld: [] })
    expect(configureDecision(facts({ username: 'Mesh3' })).reply).toEqual({
      step: 'noEligibleAssets',
      noAssetsType: 'noEligibleTokens',
      arrayOfTokensHeld: [{ symbol: 'USD', amount: 10_000_000, amountInFiat: 10_000_000, ineligibilityReason: 'Cash cannot be sent; buy crypto first' }]
    })
    expect(configureDecision(facts({ username: 'MeshBTC' })).reply).toMatchObject({
      step: 'noEligibleAssets',
      arrayOfTokensHeld: [{ symbol: 'BTC', amountInFiat: 10_000, ineligibilityReason: 'Not accepted: this payment takes USDC' }]
    })
  })

  it('offers SmartFunding instead when the link token enables it', () => {
    const d = configureDecision(facts({ username: 'MeshBTC', fundingEnabled: true }))
    expect(d.reply).toMatchObject({ step: 'funding', shortBy: 40, options: [{ cryptocurrencyFundingOptionType: 'cryptocurrencyConversion', cryptocurrencySymbol: 'BTC', name: 'Convert BTC to USDC' }] })
    expect(configureDecision(facts({ username: 'Mesh3', fundingEnabled: true })).reply).toMatchObject({ step: 'funding', options: [{ cryptocurrencyFundingOptionType: 'buyingPowerPurchase', name: 'Buy USDC with cash' }] })
  })

  it('runs each one-off scenario step once, so "choose another exchange" or "try again" then works', () => {
    const passed = new Set<string>()
    const first = configureDecision(facts({ scenario: 'configureError', passed }))
    expect(first).toEqual({ reply: { step: 'configureError', errorMessage: 'Coinbase cannot send USDC on Ethereum from this account.' }, once: 'configureError' })
    passed.add(first.once!)
    expect(configureDecision(facts({ scenario: 'configureError', passed, exchange: 'Binance' })).reply).toEqual({ step: 'ok' })

    expect(configureDecision(facts({ scenario: 'kyc' })).reply).toEqual({ step: 'kyc' })
    expect(configureDecision(facts({ scenario: 'kyc', kycDone: true })).reply).toEqual({ step: 'ok' })

    const n = configureDecision(facts({ scenario: 'noEligibleAssets' }))
    expect(n.once).toBe('noEligibleAssets')
    expect(configureDecision(facts({ scenario: 'noEligibleAssets', passed: new Set(['noEligibleAssets']) })).reply).toEqual({ step: 'ok' })

    expect(configureDecision(facts({ scenario: 'funding' })).reply).toMatchObject({ step: 'funding', shortBy: 20, options: [{ cryptocurrencySymbol: 'ETH' }, { cryptocurrencySymbol: 'BTC' }] })
    expect(configureDecision(facts({ scenario: 'funding', funded: true })).reply).toEqual({ step: 'ok' })
  })
})

describe('funding and fees', () => {
  it('prices a conversion at the sandbox price with a 0.5 % fee (at least a cent)', () => {
    expect(fundingOptions('USDC', 20, [{ symbol: 'ETH' }])).toEqual([
      {
        cryptocurrencyFundingOptionType: 'cryptocurrencyConversion',
        name: 'Convert ETH to USDC',
        paymentMethodType: 'cryptocurrency',
        usedAmountInCryptocurrency: 0.0067,
        usedAmountInFiat: 20.1,
        cryptocurrencySymbol: 'ETH',
        fee: { amountInFiat: 0.1, fiatSymbol: 'USD', amountInCryptocurrency: 0.00003333, cryptocurrencySymbol: 'ETH', isInclusive: false }
      }
    ])
    expect(fundingOptions('USDC', 1, [{ symbol: 'USD' }])[0]!.fee.amountInFiat).toBe(0.01)
  })

  it('raises the network fee at least to double and by at least 35 cents', () => {
    expect(raisedGasFee({ fee: 0, feeCurrency: 'USDC', feeInFiat: 0 }, 'USDC')).toEqual({ fee: 0.35, feeCurrency: 'USDC', feeInFiat: 0.35 })
    expect(raisedGasFee({ fee: 0.0005, feeCurrency: 'ETH', feeInFiat: 1.5 }, 'ETH')).toEqual({ fee: 0.001, feeCurrency: 'ETH', feeInFiat: 3 })
  })
})
