// Fixed sandbox data the emulator pretends Mesh has: networks, exchanges, users, prices.
import type { BrokerType } from '@meshconnect/node-api'

export const NETWORKS: Readonly<Record<string, string>> = {
  'e3c7fdd8-b1fc-4e51-85ae-bb276e075611': 'Ethereum',
  '7436e9d0-ba42-4d2b-b4c0-8e4e606b2c12': 'Polygon',
  '0291810a-5947-424d-9a59-e88bb33e999d': 'Solana'
}
export const DEFAULT_NETWORK_ID = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
export const DEFAULT_SYMBOL = 'USDC'
/** A recognisable, obviously fake merchant address. */
export const DEFAULT_DESTINATION_ADDRESS = '0x000000000000000000000000000000000000e1e1'

export function networkName(networkId: string): string {
  return NETWORKS[networkId.toLowerCase()] ?? 'Unknown network'
}

export type ExchangeName = 'Coinbase' | 'Binance' | 'Robinhood'
export const EXCHANGES: readonly ExchangeName[] = ['Coinbase', 'Binance', 'Robinhood']

export interface ExchangeInfo {
  name: ExchangeName
  brokerType: BrokerType
  /** Stable fake integration id (REST `from.id`). */
  integrationId: string
  /** Where the exchange's hot wallet "sends from". */
  fromAddress: string
}

export const EXCHANGE_INFO: Readonly<Record<ExchangeName, ExchangeInfo>> = {
  Coinbase: { name: 'Coinbase', brokerType: 'coinbase', integrationId: '47624467-e52e-4938-a41a-7926b6c27acf', fromAddress: '0xc0ba5e0000000000000000000000000000000c0b' },
  Binance: { name: 'Binance', brokerType: 'binanceInternational', integrationId: '9226e5c2-ebc3-4fdd-94f6-ed52cdce1420', fromAddress: '0xb1a4ce0000000000000000000000000000000b1a' },
  Robinhood: { name: 'Robinhood', brokerType: 'robinhood', integrationId: 'd8d4d2a0-ea1e-4b54-b1e0-3b52e3e6c1a2', fromAddress: '0x20b1400000000000000000000000000000000020' }
}

export function isExchangeName(v: unknown): v is ExchangeName {
  return typeof v === 'string' && (EXCHANGES as readonly string[]).includes(v)
}

/** Mesh's documented sandbox logins (reference §6); all share password Pass123. */
export const SANDBOX_USERS: readonly string[] = ['Mesh', 'Mesh2', 'Mesh3', 'Mesh4', 'MeshBTC', 'MeshUSDC', 'MeshUSDT', 'MeshETH', 'MeshSOL']
export const SANDBOX_PASSWORD = 'Pass123'
/** Mesh's documented sandbox 2FA / OTP code. */
export const SANDBOX_MFA_CODE = '123456'

export interface Holding {
  symbol: string
  amount: number
  amountInFiat: number
}

/**
 * What a sandbox user's account holds (reference §6), or null for a full portfolio (Mesh,
 * Mesh4): Mesh2 is empty, Mesh3 holds only cash, MeshBTC … MeshSOL only that asset.
 */
export function sandboxHoldings(username: string): Holding[] | null {
  if (username === 'Mesh' || username === 'Mesh4') return null
  if (username === 'Mesh2') return []
  if (username === 'Mesh3') return [{ symbol: 'USD', amount: 10_000_000, amountInFiat: 10_000_000 }]
  const only = /^Mesh([A-Z]+)$/.exec(username)?.[1]
  if (only) return [{ symbol: only, amount: round(10_000 / priceUsd(only), 8), amountInFiat: 10_000 }]
  return null
}

/** Hard-coded USD prices, like the old sandbox. Unknown symbols are priced at 1. */
export const PRICES_USD: Readonly<Record<string, number>> = {
  USDC: 1,
  USDT: 1,
  PYUSD: 1,
  USDG: 1,
  DAI: 1,
  ETH: 3000,
  SEPOLIAETH: 3000,
  BTC: 60000,
  SOL: 150,
  DEVNETSOL: 150,
  POL: 0.5,
  MATIC: 0.5
}

export function priceUsd(symbol: string): number {
  return PRICES_USD[symbol.toUpperCase()] ?? 1
}

/** Round to `digits` decimals (display-grade arithmetic for fake amounts only). */
export function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
