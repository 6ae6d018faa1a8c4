// Exchange access tokens the emulated Link hands out (MMT style: one stable tokenId per user and
// exchange) and recognising them when a returning user's SDK sends them back.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { EXCHANGE_INFO, isExchangeName, type ExchangeName } from './catalog'
import type { EmulatorState } from './state'

function stableTokenId(state: EmulatorState, userId: string, exchange: ExchangeName): string {
  const key = `${userId}\n${exchange}`
  let id = state.tokenIds.get(key)
  if (!id) {
    id = randomUUID()
    state.tokenIds.set(key, id)
  }
  return id
}

/** The user's (fake, stable) account at an exchange. */
export function accountOf(userId: string, exchange: ExchangeName): { accountId: string; accountName: string } {
  const h = createHash('sha256').update(`${userId}\n${exchange}`).digest('hex').slice(0, 12)
  return { accountId: `emu-${exchange.toLowerCase()}-${h}`, accountName: `${exchange} sandbox account` }
}

/** The user's accounts at an exchange when they have several (the accountSelection scenario). */
export function accountsOf(userId: string, exchange: ExchangeName): { accountId: string; accountName: string; cash: number }[] {
  const main = accountOf(userId, exchange)
  return [
    { ...main, accountName: `${exchange} main account`, cash: 10_000_000 },
    { accountId: `${main.accountId}-savings`, accountName: `${exchange} savings account`, cash: 250_000 }
  ]
}

/** The SDK's brokerageAccountAccessToken payload for a fresh connection; remembers the token. */
export function accessTokenPayload(state: EmulatorState, userId: string, exchange: ExchangeName, account?: { accountId: string; accountName: string; cash?: number }): Record<string, unknown> {
  const tokenId = stableTokenId(state, userId, exchange)
  const accessToken = `emu_at_${randomBytes(18).toString('base64url')}`
  state.accessTokens.set(accessToken, { userId, exchange, tokenId })
  const info = EXCHANGE_INFO[exchange]
  const acct = account ?? accountOf(userId, exchange)
  const cash = account?.cash ?? 10_000_000
  return {
    accountTokens: [{ account: { accountId: acct.accountId, accountName: acct.accountName, cash, fund: cash }, accessToken, refreshToken: `emu_rt_${randomBytes(18).toString('base64url')}`, tokenId }],
    brokerBrandInfo: { brokerLogo: '' },
    expiresInSeconds: 3600,
    refreshTokenExpiresInSeconds: 30 * 24 * 3600,
    brokerType: info.brokerType,
    brokerName: info.name
  }
}

/** The SDK's delayedAuthentication payload (DelayedAuthPayload): a refresh token to finish connecting later. */
export function delayedAuthPayload(exchange: ExchangeName): Record<string, unknown> {
  const info = EXCHANGE_INFO[exchange]
  return {
    refreshTokenExpiresInSeconds: 30 * 24 * 3600,
    brokerType: info.brokerType,
    refreshToken: `emu_rt_${randomBytes(18).toString('base64url')}`,
    brokerName: info.name,
    brokerBrandInfo: { brokerLogo: '' }
  }
}

/** Exchanges the returning user is already connected to, judged from the SDK's accessTokens. */
export function recognize(state: EmulatorState, userId: string, supplied: unknown): ExchangeName[] {
  if (!Array.isArray(supplied)) return []
  const found = new Set<ExchangeName>()
  for (const item of supplied) {
    if (!item || typeof item !== 'object') continue
    const token = (item as Record<string, unknown>).accessToken
    if (typeof token !== 'string') continue
    const issued = state.accessTokens.get(token)
    if (issued && issued.userId === userId) {
      found.add(issued.exchange)
      continue
    }
    // Under MMT a host may hand back the tokenId itself (reference gap 15): accept that too.
    for (const [key, tokenId] of state.tokenIds) {
      const [uid, ex] = key.split('\n')
      if (tokenId === token && uid === userId && isExchangeName(ex)) found.add(ex)
    }
  }
  return [...found]
}
