// What the core may ask of a Mesh emulator, when the host runs one. Defined here, implemented
// by src/main/emulator (structurally): the core never imports the emulator.
import type { SandboxClockView, WebhookFaults } from '../../shared/contract'
import type { LinkScenario } from '../../shared/link-scenarios'

export interface SandboxControl {
  /** Where the emulator sends its signed webhooks, and the secret it signs them with. */
  setWebhookTarget(url: string | null, secret?: string): void
  /** Faults for the next transfer made through the Link page. */
  setNextSaleFaults(faults: WebhookFaults | null): void
  createTransfer(input: { amountInFiat: number; symbol?: string; outcome: 'succeeded' | 'failed'; faults?: WebhookFaults; pendingMs?: number }): { transferId: string; eventIds: string[] }
  /** The Link scenario of the next Link page opened (null: standard). */
  setNextLinkScenario(scenario: LinkScenario | null): void
  /**
   * Refunds a succeeded transfer (RefundPending now, RefundSucceeded after delayMs of emulator
   * time). Throws an Error whose `code` is 'NOT_FOUND' (no such transfer) or 'CONFLICT' (not
   * refundable: still pending, failed, or already refunded), with a message saying which.
   */
  refundTransfer(transferId: string, opts?: { delayMs?: number }): { transferId: string; eventIds: string[] }
  /** Reads the emulator clock, after changing its rate and/or jumping it forward. */
  clock(change?: { rate?: number; advanceMs?: number }): SandboxClockView
}
