import { describe, expect, it } from 'vitest'
import { explorerTxUrl, hasExplorer } from '../../src/shared/explorer'

const EVM = '0x' + 'ab12'.repeat(16)
const SOL = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW'

describe('explorerTxUrl', () => {
  it('links Ethereum, Polygon and Solana hashes to their explorers', () => {
    expect(explorerTxUrl('Ethereum', EVM)).toBe(`https://etherscan.io/tx/${EVM}`)
    expect(explorerTxUrl('Polygon', EVM)).toBe(`https://polygonscan.com/tx/${EVM}`)
    expect(explorerTxUrl('Solana', SOL)).toBe(`https://solscan.io/tx/${SOL}`)
  })

  it('links the documented sandbox testnets to their test explorers', () => {
    expect(explorerTxUrl('Sepolia', EVM)).toBe(`https://sepolia.etherscan.io/tx/${EVM}`)
    expect(explorerTxUrl('Ethereum Sepolia', EVM)).toBe(`https://sepolia.etherscan.io/tx/${EVM}`)
    expect(explorerTxUrl('Solana Devnet', SOL)).toBe(`https://solscan.io/tx/${SOL}?cluster=devnet`)
  })

  it('matches the network name case-insensitively and ignores spaces around the hash', () => {
    expect(explorerTxUrl('ethereum', ` ${EVM} `)).toBe(`https://etherscan.io/tx/${EVM}`)
    expect(explorerTxUrl('POLYGON', EVM)).toBe(`https://polygonscan.com/tx/${EVM}`)
    expect(explorerTxUrl('solana-devnet', SOL)).toBe(`https://solscan.io/tx/${SOL}?cluster=devnet`)
  })

  it('gives null for an unknown network, or a missing network or hash', () => {
    expect(explorerTxUrl('Bitcoin', EVM)).toBeNull()
    expect(explorerTxUrl('constructor', EVM)).toBeNull()
    expect(explorerTxUrl('__proto__', EVM)).toBeNull()
    expect(explorerTxUrl(null, EVM)).toBeNull()
    expect(explorerTxUrl('Ethereum', null)).toBeNull()
    expect(explorerTxUrl('Ethereum', '')).toBeNull()
  })

  it('never builds a link from a hash that is not shaped like one of that network', () => {
    expect(explorerTxUrl('Ethereum', '0xf1a9')).toBeNull()
    expect(explorerTxUrl('Ethereum', SOL)).toBeNull()
    expect(explorerTxUrl('Solana', EVM)).toBeNull()
    expect(explorerTxUrl('Ethereum', `${EVM}?x=1`)).toBeNull()
    expect(explorerTxUrl('Ethereum', `${EVM.slice(0, -1)}g`)).toBeNull()
    expect(explorerTxUrl('Solana', `${SOL.slice(0, -1)}0`)).toBeNull()
  })
})

describe('hasExplorer', () => {
  it('knows our networks and nothing else', () => {
    expect(['Ethereum', 'Polygon', 'Solana'].map(hasExplorer)).toEqual([true, true, true])
    expect(hasExplorer('Tron')).toBe(false)
    expect(hasExplorer('constructor')).toBe(false)
    expect(hasExplorer(null)).toBe(false)
  })
})
