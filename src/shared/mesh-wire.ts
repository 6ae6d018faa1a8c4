// Facts about Mesh's wire format that both our Mesh client (core) and the Mesh emulator use.
// Plain data: no Node, no DOM.

/** Top-level fields of Mesh's GetLinkTokenRequest (additionalProperties: false). */
export const LINK_TOKEN_REQUEST_KEYS = [
  'userId',
  'brokerType',
  'restrictMultipleAccounts',
  'transferOptions',
  'integrationId',
  'disableApiKeyGeneration',
  'verifyWalletOptions',
  'subClientId'
] as const
