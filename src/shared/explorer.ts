// Block-explorer links for a transfer's on-chain hash. Pure: a network name (as the payout
// settings or Mesh's Chain field spell it) and a hash in, a URL or null out.

interface Explorer {
  /** The URL up to the hash. */
  base: string
  /** Appended after the hash (e.g. a cluster parameter). */
  suffix: string
  kind: 'evm' | 'solana'
}

const EVM_HASH = /^0x[0-9a-fA-F]{64}$/
/** A Solana signature: 64 bytes in base58 (no 0, O, I, l). */
const SOLANA_SIGNATURE = /^[1-9A-HJ-NP-Za-km-z]{64,90}$/

/**
 * Our networks (the payout list: Ethereum, Polygon, Solana) and the sandbox testnets Mesh
 * documents for wallets (Sepolia, Solana Devnet), keyed by the name lower-cased with spaces,
 * dashes and underscores removed.
 */
const EXPLORERS: Readonly<Record<string, Explorer>> = {
  ethereum: { base: 'https://etherscan.io/tx/', suffix: '', kind: 'evm' },
  polygon: { base: 'https://polygonscan.com/tx/', suffix: '', kind: 'evm' },
  solana: { base: 'https://solscan.io/tx/', suffix: '', kind: 'solana' },
  sepolia: { base: 'https://sepolia.etherscan.io/tx/', suffix: '', kind: 'evm' },
  ethereumsepolia: { base: 'https://sepolia.etherscan.io/tx/', suffix: '', kind: 'evm' },
  solanadevnet: { base: 'https://solscan.io/tx/', suffix: '?cluster=devnet', kind: 'solana' }
}

function explorerFor(network: string | null | undefined): Explorer | null {
  if (!network) return null
  const key = network.trim().toLowerCase().replace(/[\s_-]+/g, '')
  return Object.prototype.hasOwnProperty.call(EXPLORERS, key) ? EXPLORERS[key]! : null
}

/** True when we know an explorer for this network. */
export function hasExplorer(network: string | null | undefined): boolean {
  return explorerFor(network) !== null
}

/**
 * The explorer page of a transaction, or null when the network is unknown, the hash is
 * missing, or the hash is not shaped like one of that network's (never a link built from junk).
 */
export function explorerTxUrl(network: string | null | undefined, txHash: string | null | undefined): string | null {
  const e = explorerFor(network)
  if (!e || !txHash) return null
  const hash = txHash.trim()
  if (e.kind === 'evm' ? !EVM_HASH.test(hash) : !SOLANA_SIGNATURE.test(hash)) return null
  return `${e.base}${hash}${e.suffix}`
}
