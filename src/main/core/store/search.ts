// How a ledger search term is matched, for both engines. Pure.

/**
 * The spellings a TransferId, TransactionId or TxHash may be stored in for a term typed in any
 * case: as typed, lower and upper case, and for 0x hashes the prefix kept lower. Each is looked
 * up through the columns' own indexes (no lower() index to keep up on the ack path); stored ids
 * are one case (Mesh's UUIDs and hex hashes lower, ours lower), so this finds them all.
 */
export function searchSpellings(term: string): string[] {
  const out = new Set([term, term.toLowerCase(), term.toUpperCase()])
  if (/^0x/i.test(term)) {
    const rest = term.slice(2)
    out.add(`0x${rest.toLowerCase()}`)
    out.add(`0x${rest.toUpperCase()}`)
  }
  return [...out]
}
