// Hostile or odd signed bodies (issue 15, build item 4): other text encodings, identifiers that
// are not strings, duplicate keys, a Succeeded without TxHash, an old SentTimestamp. Through the
// real receiver over HTTP into a real SQLite ledger, and the pure functions underneath.
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { duplicateKeys, topLevelKeys } from '../../../src/main/core/webhooks/keys'
import { ambiguousFields, decodeBodyText, interpretBody } from '../../../src/main/core/webhooks/payload'
import { meshPayload, postWebhook, sign, tempDir } from '../../helpers'

const secret = 'whsec_payload_hardening'

function utf16le(text: string, bom: boolean): Buffer {
  const b = Buffer.from(text, 'utf16le')
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b
}
function utf16be(text: string, bom: boolean): Buffer {
  const b = Buffer.from(text, 'utf16le')
  b.swap16()
  return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), b]) : b
}
const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])

describe('signed bodies over real HTTP (SQLite ledger)', () => {
  let tmp: ReturnType<typeof tempDir>
  let core: Core
  let url: string

  async function start(o: { staleAfterMs?: number } = {}) {
    core = await createCore({ dataDir: tmp.dir, webhookSecret: secret, mode: 'emulator', staleAfterMs: o.staleAfterMs })
    url = (await core.startReceiver('127.0.0.1', 0)).url
  }
  beforeEach(async () => {
    tmp = tempDir()
    await start()
  })
  afterEach(async () => {
    await core.close()
    tmp.cleanup()
  })

  it('lands a UTF-8 body with a byte-order mark, UTF-16 LE with one and UTF-16 BE without one in the ledger as accepted events', async () => {
    const cases: [string, (t: string) => Buffer][] = [
      ['tr-bom8', utf8bom],
      ['tr-le-bom', (t) => utf16le(t, true)],
      ['tr-be-nobom', (t) => utf16be(t, false)],
      ['tr-be-bom', (t) => utf16be(t, true)],
      ['tr-le-nobom', (t) => utf16le(t, false)]
    ]
    for (const [transferId, encode] of cases) {
      // a non-ASCII character too, so a wrong decoding would show
      const p: Record<string, unknown> = { ...meshPayload({ transferId, status: 'Succeeded', txHash: `0x${transferId}` }), SourceAccountProvider: 'Coinbase — Zürich' }
      const raw = encode(JSON.stringify(p))
      // signed over the exact bytes sent
      expect(await postWebhook(url, raw, { secret }), transferId).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
      expect(await core.store.transfers.get(transferId), transferId).toMatchObject({ status: 'succeeded', isFinal: true, txHash: `0x${transferId}`, sourceAccountProvider: 'Coinbase — Zürich' })
      const [d] = await core.store.deliveries.listForTransfer(transferId)
      expect(d, transferId).toMatchObject({ verdict: 'accepted', eventId: p.EventId, bodySize: raw.length, flags: [] })
      // shown as text, decoded
      expect(JSON.parse(d!.body), transferId).toMatchObject({ TransferId: transferId })
      // the exact signed bytes are what is stored
      expect(Buffer.from((await core.store.deliveries.getRaw(d!.id))!.body).equals(raw), transferId).toBe(true)
    }
    expect((await core.store.deliveries.list({ verdict: 'malformed', limit: 10 })).total).toBe(0)
  })

  it('still checks the signature on the raw bytes: a signature over the decoded text is refused', async () => {
    const text = JSON.stringify(meshPayload({ transferId: 'tr-sig', status: 'Succeeded', txHash: '0x1' }))
    expect(await postWebhook(url, utf16le(text, true), { signature: sign(secret, text) })).toMatchObject({ status: 401 })
    expect(await postWebhook(url, utf8bom(text), { signature: sign(secret, text) })).toMatchObject({ status: 401 })
    expect(await core.store.transfers.get('tr-sig')).toBeUndefined()
  })

  it('takes EventId and TransferId only as strings: 42, "42" and 42.0 are not one event', async () => {
    const base = (eventId: unknown, transferId: unknown = 'tr-42') => ({ ...meshPayload({ transferId: 'x', status: 'Pending' }), EventId: eventId, TransferId: transferId })
    // JSON.stringify writes 42.0 as 42: the literal is put in by hand
    const asNumber = JSON.stringify(base('__N__')).replace('"__N__"', '42')
    const asFloat = JSON.stringify(base('__N__')).replace('"__N__"', '42.0')
    const asString = JSON.stringify(base('42'))
    expect(await postWebhook(url, asNumber, { secret })).toMatchObject({ status: 200, json: { verdict: 'uninterpretable' } })
    expect(await postWebhook(url, asString, { secret })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    expect(await postWebhook(url, asFloat, { secret })).toMatchObject({ status: 200, json: { verdict: 'uninterpretable' } })
    // only the string one is an event (applied to its transfer, once); the others are stored and shown
    expect(await core.store.transfers.get('tr-42')).toMatchObject({ status: 'pending', eventCount: 1, deliveryCount: 1, retried: false })
    const all = (await core.store.deliveries.list({ limit: 10 })).items.reverse()
    expect(all.map((d) => [d.verdict, d.eventId])).toEqual([
      ['uninterpretable', null],
      ['accepted', '42'],
      ['uninterpretable', null]
    ])
    expect(all[0]!.body).toContain('"EventId":42,')
    expect(all[2]!.body).toContain('"EventId":42.0,')
    // a numeric TransferId is refused the same way, with its (string) EventId kept for retries
    const numericTransfer = JSON.stringify(base('e-num-transfer', '__T__')).replace('"__T__"', '7')
    expect(await postWebhook(url, numericTransfer, { secret })).toMatchObject({ status: 200, json: { verdict: 'uninterpretable' } })
    expect(await core.store.transfers.get('7')).toBeUndefined()
    expect(await core.store.events.find('e-num-transfer')).toBeDefined()
  })

  it('records an event whose status is given twice, flags it ambiguous and does not apply it', async () => {
    const p = meshPayload({ transferId: 'tr-dup', status: 'Failed', txHash: '0xd' })
    const body = JSON.stringify(p).replace('"TransferStatus":"Failed"', '"TransferStatus":"Failed","TransferStatus":"Succeeded"')
    expect(body).toMatch(/Failed.*Succeeded/)
    expect(await postWebhook(url, body, { secret })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    expect(await core.store.transfers.get('tr-dup')).toBeUndefined()
    const [d] = await core.store.deliveries.listForTransfer('tr-dup')
    expect(d).toMatchObject({ verdict: 'accepted', flags: ['ambiguous'] })
    expect(await core.store.events.find(String(p.EventId))).toBeDefined()
    // Mesh retrying it: a repeat, not a second chance to apply
    expect(await postWebhook(url, body, { secret })).toMatchObject({ status: 200, json: { verdict: 'duplicate' } })
    expect(await core.store.transfers.get('tr-dup')).toBeUndefined()
  })

  it('applies a Succeeded without TxHash and flags it; applies a five-day-old delivery and flags it stale', async () => {
    expect(await postWebhook(url, JSON.stringify(meshPayload({ transferId: 'tr-nohash', status: 'Succeeded' })), { secret })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    expect(await core.store.transfers.get('tr-nohash')).toMatchObject({ status: 'succeeded', isFinal: true, txHash: null })
    expect((await core.store.deliveries.listForTransfer('tr-nohash')).map((d) => d.flags)).toEqual([['no_tx_hash']])

    const old = { ...meshPayload({ transferId: 'tr-old', status: 'Succeeded', txHash: '0xo' }), SentTimestamp: Math.floor(Date.now() / 1000) - 5 * 86_400 }
    expect(await postWebhook(url, JSON.stringify(old), { secret })).toMatchObject({ status: 200, json: { verdict: 'accepted' } })
    expect(await core.store.transfers.get('tr-old')).toMatchObject({ status: 'succeeded' })
    expect((await core.store.deliveries.listForTransfer('tr-old')).map((d) => d.flags)).toEqual([['stale']])

    const recent = { ...meshPayload({ transferId: 'tr-recent', status: 'Pending' }), SentTimestamp: Math.floor(Date.now() / 1000) - 3600 }
    await postWebhook(url, JSON.stringify(recent), { secret })
    expect((await core.store.deliveries.listForTransfer('tr-recent')).map((d) => d.flags)).toEqual([[]])
  })

  it('takes the staleness window from its options', async () => {
    await core.close()
    await start({ staleAfterMs: 60_000 })
    const p = { ...meshPayload({ transferId: 'tr-window', status: 'Pending' }), SentTimestamp: Math.floor(Date.now() / 1000) - 120 }
    await postWebhook(url, JSON.stringify(p), { secret })
    expect((await core.store.deliveries.listForTransfer('tr-window')).map((d) => d.flags)).toEqual([['stale']])
  })
})

describe('reading bodies (pure)', () => {
  const text = '{"EventId":"e-1","TransferId":"t-1","TransferStatus":"Pending","Note":"Zürich ✓"}'

  it('decodes UTF-8 (with or without a BOM) and UTF-16 by BOM or by its null bytes', () => {
    expect(decodeBodyText(Buffer.from(text))).toBe(text)
    expect(decodeBodyText(utf8bom(text))).toBe(text)
    for (const bom of [true, false]) {
      expect(decodeBodyText(utf16le(text, bom))).toBe(text)
      expect(decodeBodyText(utf16be(text, bom))).toBe(text)
      expect(decodeBodyText(utf16le(` \n${text}`, bom))).toBe(` \n${text}`)
    }
    expect(decodeBodyText(Buffer.alloc(0))).toBe('')
    expect(decodeBodyText(Buffer.from('{'))).toBe('{')
    // an odd UTF-16 length does not throw; the JSON is then refused as broken
    expect(interpretBody(utf16le(text, true).subarray(0, 11)).kind).toBe('malformed')
    expect(interpretBody(utf16be(text, false))).toMatchObject({ kind: 'event', event: { eventId: 'e-1', transferId: 't-1', status: 'pending' } })
  })

  it('lists the top-level keys in order with duplicates, whatever is nested or escaped', () => {
    expect(topLevelKeys('{}')).toEqual([])
    expect(topLevelKeys(' \n{"a":1,"b":{"a":2,"c":[{"a":3}]},"a":"x,\\"y}","d":[1,{"e":2}],"\\u0061":null}')).toEqual(['a', 'b', 'a', 'd', 'a'])
    expect(topLevelKeys('[{"a":1}]')).toBeNull()
    expect(topLevelKeys('"a"')).toBeNull()
    expect(topLevelKeys('{"k":"}","l":"{"}')).toEqual(['k', 'l'])
    // deep nesting: one pass, no recursion
    const deep = `{"a":${'['.repeat(50_000)}${']'.repeat(50_000)},"a":1}`
    expect(topLevelKeys(deep)).toEqual(['a', 'a'])
    expect(duplicateKeys(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual(['a', 'b'])
    expect(duplicateKeys([])).toEqual([])
  })

  it('calls ambiguous only the fields it reads given twice, in either casing', () => {
    expect(ambiguousFields('{"TransferStatus":"Failed","TransferStatus":"Succeeded"}')).toEqual(['TransferStatus'])
    expect(ambiguousFields('{"TxHash":"0x1","txHash":"0x2"}')).toEqual(['TxHash'])
    expect(ambiguousFields('{"Note":1,"Note":2,"Nested":{"EventId":1,"EventId":2}}')).toEqual([])
    expect(ambiguousFields('[1]')).toEqual([])
  })

  it('flags an interpretation: ambiguous, no_tx_hash, stale (by its window), in one order', () => {
    const sent = 1_700_000_000
    const body = (o: Record<string, unknown>) => Buffer.from(JSON.stringify({ EventId: 'e', TransferId: 't', SentTimestamp: sent, ...o }))
    const flags = (b: Buffer, o = {}) => {
      const r = interpretBody(b, o)
      return r.kind === 'malformed' ? null : r.flags
    }
    expect(flags(body({ TransferStatus: 'Succeeded', TxHash: '0x1' }))).toEqual([])
    expect(flags(body({ TransferStatus: 'succeeded' }))).toEqual(['no_tx_hash'])
    expect(flags(body({ TransferStatus: 'Failed' }))).toEqual([])
    expect(flags(body({ TransferStatus: 'Pending' }), { receivedAt: sent * 1000 + 86_400_000 + 1 })).toEqual(['stale'])
    expect(flags(body({ TransferStatus: 'Pending' }), { receivedAt: sent * 1000 + 86_400_000 })).toEqual([])
    expect(flags(body({ TransferStatus: 'Pending' }), { receivedAt: sent * 1000 + 61_000, staleAfterMs: 60_000 })).toEqual(['stale'])
    const twice = Buffer.from(`{"EventId":"e","TransferId":"t","SentTimestamp":${sent},"TransferStatus":"Pending","TransferStatus":"Succeeded"}`)
    expect(flags(twice, { receivedAt: sent * 1000 + 2 * 86_400_000 })).toEqual(['ambiguous', 'no_tx_hash', 'stale'])
    expect(interpretBody(Buffer.from('{"EventId":42,"TransferId":"t","TransferStatus":"Pending"}'))).toMatchObject({ kind: 'uninterpretable', reason: 'EventId is not a string', eventId: null })
    expect(interpretBody(Buffer.from('{"EventId":"e","TransferId":4.5,"TransferStatus":"Pending"}'))).toMatchObject({ kind: 'uninterpretable', reason: 'TransferId is not a string', eventId: 'e', transferId: null })
    expect(interpretBody(Buffer.from(`{"eventId":"${randomUUID()}","transferId":"t","transferStatus":"Pending"}`))).toMatchObject({ kind: 'event' })
  })
})
