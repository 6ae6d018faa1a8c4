// Small helpers shared by the repositories.

export function inList(n: number): string {
  return new Array(n).fill('?').join(', ')
}

/** Keyset cursors: an integer and a string, opaque to clients. */
export function encodeCursor(n: number, s: string): string {
  return Buffer.from(JSON.stringify([n, s]), 'utf8').toString('base64url')
}

export function decodeCursor(c: string | null | undefined): { n: number; s: string } | null {
  if (!c) return null
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string') return { n: v[0], s: v[1] }
  } catch {
    /* fall through */
  }
  throw new CursorError()
}

export class CursorError extends Error {
  readonly code = 'INVALID_ARGUMENT'
  constructor() {
    super('The page cursor is not valid; start again from the first page.')
  }
}
