// A transfer's life in the emulator: created Pending, settled after its pending time, perhaps
// refunded later (RefundPending, then RefundSucceeded), each status change sent as a webhook
// with Mesh's semantics (and whatever faults it was given). Every wait is on the emulator
// clock, so hours of pending can pass in seconds.
import { randomBytes } from 'node:crypto'
import type { TransferModel } from '@meshconnect/node-api'
import { EXCHANGE_INFO, isExchangeName } from './catalog'
import { clockTimer, type EmulatorState } from './state'
import { buildTransferModel, refundTransferModel, settleTransferModel, type EmulatedTransfer } from './transfers'
import type { CreateTransferInput, CreatedTransfer, RefundStarted, WebhookFaults, WebhookStatus } from './types'
import { parseCreateTransfer } from './validate'
import type { WebhookEvent } from './webhook-sender'

function eventOf(t: EmulatedTransfer, status: WebhookStatus, eventId: string, atMs: number): WebhookEvent {
  const m = t.model
  const ev: WebhookEvent = {
    eventId,
    transferId: m.id,
    status,
    timestampMs: atMs,
    transactionId: m.clientTransactionId ?? null,
    // The payment's hash, on Succeeded only (a refund is another chain transaction we do not invent).
    txHash: status === 'Succeeded' ? (m.hash ?? null) : null,
    userId: m.userId ?? null,
    token: m.symbol ?? '',
    chain: m.networkName ?? '',
    sourceAmount: m.sourceAmount ?? null,
    destinationAmount: m.destinationAmount ?? null,
    sourceAccountProvider: m.from?.name ?? '',
    destinationAddress: m.destinationAddress ?? ''
  }
  if (status === 'RefundPending' || status === 'RefundSucceeded') ev.refundAddress = m.refundAddress ?? null
  return ev
}

/**
 * Sends `first` now and, after `delayMs` of emulator time, calls `settle` (which moves the
 * model on and returns the second event) and sends that; then `after`. The transfer's faults
 * apply to both events (outOfOrder: the second is sent first, the first only after it).
 */
function twoSteps(state: EmulatorState, t: EmulatedTransfer, first: WebhookEvent, delayMs: number, settle: (atMs: number) => WebhookEvent, opts: { malformed?: boolean; after?: () => void } = {}): void {
  const { sender, activity } = state
  const faults = t.faults
  const deliverFirst = (): void => {
    if (faults.dropWebhooks) return
    const delivered = sender.deliverEvent(first, faults)
    if (opts.malformed && faults.malformedBody) {
      const end = activity.begin()
      void delivered.then(() => sender.sendMalformed(first)).finally(end)
    }
  }
  if (!faults.outOfOrder) deliverFirst()

  const endSettle = activity.begin()
  clockTimer(
    state,
    // From the first event's Timestamp, so it holds exactly delayMs of emulator time.
    first.timestampMs + delayMs,
    (dueAt) => {
      // The status changed when it fell due, even if a fast clock fires this a little late.
      const second = settle(dueAt)
      if (!faults.dropWebhooks) {
        if (faults.outOfOrder) {
          let firstStarted = false
          const startFirst = (): void => {
            if (firstStarted) return
            firstStarted = true
            deliverFirst()
          }
          const end = activity.begin()
          void sender.deliverEvent(second, faults, { afterFirstAttempt: startFirst }).finally(() => {
            startFirst()
            end()
          })
        } else {
          void sender.deliverEvent(second, faults)
        }
      }
      opts.after?.()
      endSettle()
    },
    endSettle
  )
}

/** Creates a transfer, sends its Pending webhook and schedules its settlement. Throws on bad input. */
export function createTransfer(state: EmulatorState, input: CreateTransferInput): CreatedTransfer {
  if (state.closed) throw new Error('The Mesh emulator is closed')
  const checked = parseCreateTransfer(input)
  if (!checked.ok) throw new TypeError(checked.message)
  const { log, now, randomId } = state
  const faults = { ...(checked.value.faults ?? {}) }
  const createdAt = now()
  const model = buildTransferModel(checked.value, { transferId: randomId(), institutionTransactionId: `emu-${randomBytes(6).toString('hex')}` }, createdAt)
  const t: EmulatedTransfer = {
    seq: state.seq++,
    model,
    outcome: checked.value.outcome,
    faults,
    pendingEventId: randomId(),
    finalEventId: randomId(),
    pendingAtMs: createdAt,
    settledAtMs: null,
    pendingMs: checked.value.pendingMs ?? state.settleDelayMs,
    refundAfterMs: checked.value.outcome === 'succeeded' ? (checked.value.refundAfterMs ?? null) : null,
    refund: null
  }
  state.transfers.push(t)
  log(
    'transfer',
    `transfer ${model.id} created (${model.amountInFiat} USD in ${model.symbol}, outcome ${t.outcome} after ${t.pendingMs} ms` +
      `${t.refundAfterMs != null ? `, refunded ${t.refundAfterMs} ms later` : ''}${Object.keys(faults).length ? `, faults ${JSON.stringify(faults)}` : ''})`
  )

  twoSteps(
    state,
    t,
    eventOf(t, 'Pending', t.pendingEventId, createdAt),
    checked.value.pendingMs ?? state.settleDelayMs,
    (settledAt) => {
      const hash = t.outcome === 'succeeded' ? `0x${randomBytes(32).toString('hex')}` : null
      t.model = settleTransferModel(t.model, t.outcome, hash, settledAt)
      t.settledAtMs = settledAt
      log('transfer', `transfer ${t.model.id} ${t.outcome}`)
      return eventOf(t, t.outcome === 'succeeded' ? 'Succeeded' : 'Failed', t.finalEventId, settledAt)
    },
    {
      malformed: true,
      after: () => {
        const refundAfterMs = t.refundAfterMs
        if (refundAfterMs == null || state.closed) return
        const endWait = state.activity.begin()
        clockTimer(
          state,
          (t.settledAtMs ?? now()) + refundAfterMs,
          (dueAt) => {
            if (!state.closed && !t.refund) startRefund(state, t, state.settleDelayMs, dueAt)
            endWait()
          },
          endWait
        )
      }
    }
  )
  return { transferId: model.id, eventIds: [t.pendingEventId, t.finalEventId] }
}

function startRefund(state: EmulatorState, t: EmulatedTransfer, delayMs: number, startedAt: number = state.now()): RefundStarted {
  const { randomId, log } = state
  const from = t.model.from?.name
  const refundAddress = isExchangeName(from) ? EXCHANGE_INFO[from].fromAddress : EXCHANGE_INFO.Coinbase.fromAddress
  t.refund = { pendingEventId: randomId(), succeededEventId: randomId(), startedAtMs: startedAt, settledAtMs: null }
  const refund = t.refund
  t.model = refundTransferModel(t.model, 'refundPending', refundAddress)
  log('transfer', `transfer ${t.model.id} refund pending (to ${refundAddress})`)
  twoSteps(state, t, eventOf(t, 'RefundPending', refund.pendingEventId, startedAt), delayMs, (at) => {
    t.model = refundTransferModel(t.model, 'refundSucceeded', refundAddress)
    refund.settledAtMs = at
    log('transfer', `transfer ${t.model.id} refund succeeded`)
    return eventOf(t, 'RefundSucceeded', refund.succeededEventId, at)
  })
  return { transferId: t.model.id, eventIds: [refund.pendingEventId, refund.succeededEventId] }
}

export type RefundOutcome = { ok: true; value: RefundStarted } | { ok: false; status: 404 | 409; message: string }

/** Starts the refund of a succeeded transfer (RefundPending now, RefundSucceeded after delayMs of emulator time). */
export function refundTransfer(state: EmulatorState, transferId: string, opts: { delayMs?: number } = {}): RefundOutcome {
  if (state.closed) return { ok: false, status: 409, message: 'The Mesh emulator is closed' }
  const t = state.transfers.find((x) => x.model.id.toLowerCase() === transferId.toLowerCase())
  if (!t) return { ok: false, status: 404, message: `No transfer ${transferId}` }
  if (t.refund) return { ok: false, status: 409, message: `Transfer ${t.model.id} is already refunded (${t.model.status})` }
  if (t.model.status !== 'succeeded') return { ok: false, status: 409, message: `Only a succeeded transfer can be refunded; ${t.model.id} is ${t.model.status}` }
  return { ok: true, value: startRefund(state, t, opts.delayMs ?? state.settleDelayMs) }
}

/** What GET /_emulator/transfers shows of a transfer. */
export function transferView(t: EmulatedTransfer): {
  transfer: TransferModel
  outcome: string
  faults: WebhookFaults
  eventIds: [string, string]
  pendingMs: number
  refundEventIds: [string, string] | null
} {
  return {
    transfer: structuredClone(t.model),
    outcome: t.outcome,
    faults: { ...t.faults },
    eventIds: [t.pendingEventId, t.finalEventId],
    pendingMs: t.pendingMs ?? 0,
    refundEventIds: t.refund ? [t.refund.pendingEventId, t.refund.succeededEventId] : null
  }
}
