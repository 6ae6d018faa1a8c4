// What a rejected delivery's body says it is about. Unverified (its signature failed or was
// missing), so it is never applied: it only lets ledger.get show the attempt with the transfer
// it claims, through an indexed column instead of parsing bodies at read time.

const MAX_ID = 200
/** Mesh's field as a JSON string; a truncated body may not parse, so this reads the text directly. */
const TRANSFER_ID = /"TransferId"\s*:\s*"((?:[^"\\]|\\.){1,200})"/

/** The TransferId a (possibly truncated) webhook body claims, or null. Never throws. */
export function claimedTransferId(body: Uint8Array): string | null {
  if (body.length === 0) return null
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
  try {
    const v = (JSON.parse(text) as { TransferId?: unknown } | null)?.TransferId
    return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID ? v : null
  } catch {
    const m = TRANSFER_ID.exec(text)
    if (!m) return null
    try {
      const id = JSON.parse(`"${m[1]}"`) as string
      return id.length > 0 && id.length <= MAX_ID ? id : null
    } catch {
      return null
    }
  }
}
