// The emulated Link's decisions, as pure functions of the session's scenario, the sandbox user
// and what already happened: what stands between a connected account and a preview, what the
// funding step offers, what the exchange says when it declines. routes/link.ts applies them.
import type { LinkScenario } from '../../shared/link-scenarios'
import { priceUsd, round, sandboxHoldings, type ExchangeName } from './catalog'
import type { ConfigureReply, FundingOption, TokenHeld } from './link-ui/contract'

/** Steps that happen once per session, so "choose another exchange" or "try again" then works. */
export type OnceStep = 'unavailable' | 'declined' | 'kyc' | 'noEligibleAssets' | 'configureError' | 'previewError' | 'gasIncrease' | 'funding'

export interface ConfigureFacts {
  scenario: LinkScenario
  exchange: ExchangeName
  /** Sandbox username signed in with (Mesh when the customer came back with a token). */
  username: string
  symbol: string
  networkName: string
  /** Fiat amount to pay, when known. */
  amountInFiat: number | null
  /** transferOptions.fundingOptions.enabled of the link token. */
  fundingEnabled: boolean
  passed: ReadonlySet<string>
  kycDone: boolean
  /** A funding option is already chosen. */
  funded: boolean
}

/** The funding options Mesh's SmartFunding would offer to cover `shortByUsd` of `symbol` from `from`. */
export function fundingOptions(symbol: string, shortByUsd: number, from: readonly { symbol: string }[]): FundingOption[] {
  const sources = from.length > 0 ? from : [{ symbol: 'ETH' }]
  return sources.map((h) => {
    const buy = h.symbol === 'USD'
    const fromSymbol = buy ? 'USD' : h.symbol
    const feeInFiat = round(Math.max(0.01, shortByUsd * 0.005), 2)
    const used = buy ? round(shortByUsd + feeInFiat, 2) : round((shortByUsd + feeInFiat) / priceUsd(fromSymbol), 8)
    return {
      cryptocurrencyFundingOptionType: buy ? 'buyingPowerPurchase' : 'cryptocurrencyConversion',
      name: buy ? `Buy ${symbol} with cash` : `Convert ${fromSymbol} to ${symbol}`,
      paymentMethodType: buy ? 'buyingPower' : 'cryptocurrency',
      usedAmountInCryptocurrency: used,
      usedAmountInFiat: round(shortByUsd + feeInFiat, 2),
      cryptocurrencySymbol: fromSymbol,
      fee: { amountInFiat: feeInFiat, fiatSymbol: 'USD', amountInCryptocurrency: buy ? feeInFiat : round(feeInFiat / priceUsd(fromSymbol), 8), cryptocurrencySymbol: fromSymbol, isInclusive: false }
    }
  })
}

/**
 * What happens after the account is connected and the asset and network are known. `step`
 * names the one-off step the route must then mark as passed (OnceStep), if any.
 */
export function configureDecision(f: ConfigureFacts): { reply: ConfigureReply; once?: OnceStep } {
  const fiat = f.amountInFiat ?? 0
  if (f.scenario === 'configureError' && !f.passed.has('configureError')) {
    return { reply: { step: 'configureError', errorMessage: `${f.exchange} cannot send ${f.symbol} on ${f.networkName} from this account.` }, once: 'configureError' }
  }
  if (f.scenario === 'kyc' && !f.kycDone && !f.passed.has('kyc')) return { reply: { step: 'kyc' } }
  if (f.scenario === 'noEligibleAssets' && !f.passed.has('noEligibleAssets')) {
    const held: TokenHeld[] = [
      { symbol: f.symbol, amount: 0.5, amountInFiat: round(0.5 * priceUsd(f.symbol), 2), ineligibilityReason: `Not enough ${f.symbol} for this payment` },
      { symbol: 'DOGE', amount: 12, amountInFiat: 1.8, ineligibilityReason: `Not accepted: this payment takes ${f.symbol}` }
    ]
    return { reply: { step: 'noEligibleAssets', noAssetsType: 'insufficientBalance', arrayOfTokensHeld: held }, once: 'noEligibleAssets' }
  }
  if (f.funded) return { reply: { step: 'ok' } }
  if (f.scenario === 'funding') {
    // The account holds only part of the amount in the asset asked for: fund the rest.
    const shortBy = round(Math.max(1, fiat / 2), 2)
    return { reply: { step: 'funding', shortBy, options: fundingOptions(f.symbol, shortBy, [{ symbol: 'ETH' }, { symbol: 'BTC' }]) } }
  }
  const holdings = sandboxHoldings(f.username)
  if (holdings === null) return { reply: { step: 'ok' } }
  const same = holdings.find((h) => h.symbol === f.symbol)
  if (same && same.amountInFiat >= fiat) return { reply: { step: 'ok' } }
  const others = holdings.filter((h) => h.symbol !== f.symbol)
  if (f.fundingEnabled && others.length > 0) {
    const shortBy = round(fiat - (same?.amountInFiat ?? 0), 2)
    return { reply: { step: 'funding', shortBy, options: fundingOptions(f.symbol, shortBy, others) } }
  }
  const held: TokenHeld[] = holdings.map((h) => ({
    ...h,
    ineligibilityReason: h.symbol === f.symbol ? `Not enough ${f.symbol} for this payment` : h.symbol === 'USD' ? 'Cash cannot be sent; buy crypto first' : `Not accepted: this payment takes ${f.symbol}`
  }))
  return { reply: { step: 'noEligibleAssets', noAssetsType: held.length === 0 ? 'emptyAccount' : 'noEligibleTokens', arrayOfTokensHeld: held } }
}

/** The network fee after the gasIncrease scenario's rise: at least double, and at least a cent more. */
export function raisedGasFee(fee: { fee: number; feeCurrency: string; feeInFiat: number }, symbol: string): { fee: number; feeCurrency: string; feeInFiat: number } {
  const feeInFiat = round(Math.max(fee.feeInFiat * 2, fee.feeInFiat + 0.35), 2)
  return { fee: round(feeInFiat / priceUsd(symbol), 8), feeCurrency: fee.feeCurrency, feeInFiat }
}
