// The keys of a JSON document's top-level object, in order, duplicates kept: JSON.parse keeps
// only the last of two equal keys, so `{"TransferStatus":"Failed","TransferStatus":"Succeeded"}`
// would read as succeeded with nothing said. Pure and iterative (a hostile body nested 20,000
// levels deep costs one pass, no recursion). Expects text JSON.parse has accepted.

/** The top-level object's keys in order (duplicates kept); null when the text is not an object. */
export function topLevelKeys(text: string): string[] | null {
  const n = text.length
  let i = 0
  while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  if (text[i] !== '{') return null
  i++
  const keys: string[] = []
  let depth = 1
  let expectKey = true
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x22 /* " */) {
      const start = i++
      while (i < n && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1
      if (depth === 1 && expectKey) {
        keys.push(unquote(text.slice(start, i + 1)))
        expectKey = false
      }
      i++
      continue
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (--depth === 0) return keys
    } else if (c === 0x2c /* , */ && depth === 1) expectKey = true
    i++
  }
  return keys
}

function unquote(literal: string): string {
  try {
    return JSON.parse(literal) as string
  } catch {
    return literal.slice(1, -1)
  }
}

/** Keys that appear more than once at the top level, each once, in first-seen order. */
export function duplicateKeys(keys: readonly string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const k of keys) {
    if (seen.has(k)) dup.add(k)
    else seen.add(k)
  }
  return [...dup]
}
