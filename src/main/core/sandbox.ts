// What the core may ask of a Mesh emulator, when the host runs one. Defined here, implemented
// by src/main/emulator (structurally): the core never imports the emulator.
import type { WebhookFaults } from '../../shared/contract'

export interface SandboxControl {
  /** Where the emulator sends its signed webhooks, and the secret it signs them with. */
  setWebhookTarget(url: string | null, secret?: string): void
  /** Faults for the next transfer made through the Link page. */
  setNextSaleFaults(faults: WebhookFaults | null): void
  createTransfer(input: { amountInFiat: number; symbol?: string; outcome: 'succeeded' | 'failed'; faults?: WebhookFaults }): { transferId: string; eventIds: string[] }
}
