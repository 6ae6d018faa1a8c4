// What one webhook delivery attempt was, in words: the console's timeline and the support
// bundle say the same. Pure.
import type { DeliveryRow, DeliveryVerdict } from './contract'

/** Mesh's budget: an answer that is not a 200 within this many ms counts as not acknowledged. */
export const ANSWER_BUDGET_MS = 200

/** What each verdict means for one attempt, in the words support staff read on the timeline. */
const VERDICT_NOTE: Record<DeliveryVerdict, string> = {
  accepted: 'First delivery: stored and applied',
  duplicate: 'Repeat of an event we already had: counted, not applied again',
  uninterpretable: 'Signed JSON without a transfer status we can apply: stored, answered 200',
  malformed: 'Signed, but the body is not JSON: stored, answered 200',
  signature_missing: 'No signature header: rejected with 401',
  signature_invalid: 'Signature does not match our webhook secret: rejected with 401 (check the secret in Settings)',
  too_large: 'Body over the size limit: rejected with 413',
  bad_request: 'Broken HTTP framing (connection cut mid-body): rejected with 400',
  source_not_allowed: 'Sender not on the IP allowlist: rejected with 403'
}

/** Verdicts whose answer was decided before timing could matter: lateness is never their cause. */
const REFUSED_BEFORE_TIMING: ReadonlySet<DeliveryVerdict> = new Set(['signature_missing', 'signature_invalid', 'too_large', 'bad_request', 'source_not_allowed'])

/**
 * The note on one delivery attempt, from its verdict and timing only: a 401 is a signature
 * problem (never slowness); an answer at or over the 200 ms budget is "answered late", and
 * Mesh retried when a later attempt of the same event exists. Unknown verdicts (a newer
 * Countertop) are named as they are.
 */
export function attemptNote(d: Pick<DeliveryRow, 'verdict' | 'answerMs' | 'replayOf' | 'httpStatus'>, retriedAfter: boolean): string {
  const known = Object.prototype.hasOwnProperty.call(VERDICT_NOTE, d.verdict)
  let note = known ? VERDICT_NOTE[d.verdict] : `Verdict ${String(d.verdict)} (HTTP ${d.httpStatus})`
  if (d.replayOf != null) note = `Replay of delivery #${d.replayOf}: ${d.verdict === 'accepted' ? 'stored and applied' : d.verdict === 'duplicate' ? 'counted, not applied again' : note}`
  if (known && REFUSED_BEFORE_TIMING.has(d.verdict)) return retriedAfter ? `${note}; Mesh retried` : note
  const late = d.answerMs != null && d.answerMs >= ANSWER_BUDGET_MS
  if (late) return `${note}; answered late (${Math.round(d.answerMs!)} ms ≥ ${ANSWER_BUDGET_MS} ms), ${retriedAfter ? 'so Mesh retried' : 'Mesh will retry'}`
  if (d.httpStatus !== 200) return `${note}; not acknowledged (HTTP ${d.httpStatus})${retriedAfter ? ', Mesh retried' : ''}`
  return note
}
