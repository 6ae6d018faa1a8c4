export { startMeshEmulator, isEmulatorHost, EMULATOR_HOSTS, DEFAULT_SETTLE_DELAY_MS, DEFAULT_LINK_TOKEN_TTL_MS } from './server'
export {
  DEFAULT_RETRY_SCHEDULE_MS,
  DEFAULT_DELIVERY_TIMEOUT_MS,
  SIGNATURE_HEADER,
  signWebhookBody,
  webhookPayload,
  attemptFaults
} from './webhook-sender'
export type { WebhookEvent } from './webhook-sender'
export { validateLinkTokenRequest, parseTransferListQuery } from './validate'
export { queryTransfers, buildTransferModel, quote } from './transfers'
export { parseEmulatorArgs } from './cli-args'
export type { EmulatorCliOptions } from './cli-args'
export { EXCHANGES, NETWORKS, SANDBOX_USERS, SANDBOX_PASSWORD } from './catalog'
export type { ExchangeName } from './catalog'
export { LINK_PAGES } from './link-page'
export type * from './types'
