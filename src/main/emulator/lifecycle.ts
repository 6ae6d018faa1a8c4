// A transfer's life in the emulator: created Pending, settled after settleDelayMs, and its
// status webhooks sent with Mesh's semantics (and whatever faults it was given).
import { randomBytes } from 'node:crypto'
import type { TransferModel } from '@meshconnect/node-api'
import { timer, type EmulatorState } from './state'
import { buildTransferModel, settleTransferModel, type EmulatedTransfer } from './transfers'
import type { CreateTransferInput, CreatedTransfer, WebhookFaults } from './types'
import { parseCreateTransfer } from './validate'
import type { WebhookEvent } from './webhook-sender'

function eventOf(t: EmulatedTransfer, final: boolean, atMs: number): WebhookEvent {
  const m = t.model
  return {
    eventId: final ? t.finalEventId : t.pendingEventId,
    transferId: m.id,
    status: final ? (t.outcome === 'succeeded' ? 'Succeeded' : 'Failed') : 'Pending',
    timestampMs: atMs,
    transactionId: m.clientTransactionId ?? null,
    txHash: final && t.outcome === 'succeeded' ? (m.hash ?? null) : null,
    userId: m.userId ?? null,
    token: m.symbol ?? '',
    chain: m.networkName ?? '',
    sourceAmount: m.sourceAmount ?? null,
    destinationAmount: m.destinationAmount ?? null,
    sourceAccountProvider: m.from?.name ?? '',
    destinationAddress: m.destinationAddress ?? ''
  }
}

/** Creates a transfer, sends its Pending webhook and schedules its settlement. Throws on bad input. */
export function createTransfer(state: EmulatorState, input: CreateTransferInput): CreatedTransfer {
  if (state.closed) throw new Error('The Mesh emulator is closed')
  const checked = parseCreateTransfer(input)
  if (!checked.ok) throw new TypeError(checked.message)
  const { sender, activity, log, now, randomId } = state
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
    settledAtMs: null
  }
  state.transfers.push(t)
  log('transfer', `transfer ${model.id} created (${model.amountInFiat} USD in ${model.symbol}, outcome ${t.outcome}${Object.keys(faults).length ? `, faults ${JSON.stringify(faults)}` : ''})`)

  const pending = eventOf(t, false, createdAt)
  const deliverPending = (): void => {
    if (faults.dropWebhooks) return
    const delivered = sender.deliverEvent(pending, faults)
    if (faults.malformedBody) {
      const end = activity.begin()
      void delivered.then(() => sender.sendMalformed(pending)).finally(end)
    }
  }
  if (!faults.outOfOrder) deliverPending()

  const endSettle = activity.begin()
  timer(
    state,
    state.settleDelayMs,
    () => {
      const settledAt = now()
      const hash = t.outcome === 'succeeded' ? `0x${randomBytes(32).toString('hex')}` : null
      t.model = settleTransferModel(t.model, t.outcome, hash, settledAt)
      t.settledAtMs = settledAt
      log('transfer', `transfer ${t.model.id} ${t.outcome}`)
      if (!faults.dropWebhooks) {
        const final = eventOf(t, true, settledAt)
        if (faults.outOfOrder) {
          let pendingStarted = false
          const startPending = (): void => {
            if (pendingStarted) return
            pendingStarted = true
            deliverPending()
          }
          const end = activity.begin()
          void sender.deliverEvent(final, faults, { afterFirstAttempt: startPending }).finally(() => {
            startPending()
            end()
          })
        } else {
          void sender.deliverEvent(final, faults)
        }
      }
      endSettle()
    },
    endSettle
  )
  return { transferId: model.id, eventIds: [t.pendingEventId, t.finalEventId] }
}

/** What GET /_emulator/transfers shows of a transfer. */
export function transferView(t: EmulatedTransfer): { transfer: TransferModel; outcome: string; faults: WebhookFaults; eventIds: [string, string] } {
  return { transfer: structuredClone(t.model), outcome: t.outcome, faults: { ...t.faults }, eventIds: [t.pendingEventId, t.finalEventId] }
}
