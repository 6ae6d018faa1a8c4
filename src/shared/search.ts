// How a ledger search term is matched (both store engines, and the console's live rows). Pure.

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

/** Shorter terms must match a whole id; from this length on, a prefix is enough. */
export const SEARCH_PREFIX_MIN = 6

/** Does a stored id match a (trimmed) search term, as ledger.list matches it? */
export function idMatchesSearch(value: string | null | undefined, term: string): boolean {
  if (!value || !term) return false
  return searchSpellings(term).some((s) => (s.length >= SEARCH_PREFIX_MIN ? value.startsWith(s) : value === s))
}
