// Every onEvent key of the installed @meshconnect/web-link-sdk, produced by the emulator's Link
// page through the REAL SDK in Chromium. The key list is the SDK's own (read from the installed
// package at run time), so a new SDK key the emulator cannot produce fails here. Each event's
// payload is checked against the shape the SDK's types declare for it.
import type { FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startMeshEmulator, type MeshEmulator } from '../../src/main/emulator'
import type { LinkScenario } from '../../src/shared/link-scenarios'
import { sdkEventKeys } from '../helpers/sdk-keys'
import { startReceiver, type Receiver } from './receiver'
import { HAS_CHROMIUM, startSdkHarness, type Recorded, type SdkHarness } from './sdk-harness'

if (!HAS_CHROMIUM) console.warn('sdk-event-coverage: skipped — /usr/bin/chromium does not exist, so the real Web Link SDK cannot be driven in a browser.')

// ---- the SDK's own key list (read from the installed package: tests/helpers/sdk-keys.ts) ----

const SDK = sdkEventKeys()
/** Keys the SDK never passes to onEvent: it turns these messages into onExit (Link.js). */
const EXIT_KEYS = new Set(['done', 'close'])

// ---- the payload shapes of the SDK's utils/types.d.ts and utils/event-types.d.ts -------------

const str = z.string()
const num = z.number()
const fee = z.strictObject({ fee: num.optional(), feeCurrency: str.optional(), feeInFiat: num.optional() })
const errorPayload = z.strictObject({ errorMessage: str.min(1), requestId: str.optional() })
const brandInfo = z.strictObject({ brokerLogo: str, brokerLogoUrl: str.optional(), logoLightUrl: str.optional(), logoDarkUrl: str.optional(), iconLightUrl: str.optional(), iconDarkUrl: str.optional() })
const accessTokenPayload = z.strictObject({
  accountTokens: z
    .array(
      z.strictObject({
        account: z.strictObject({ accountId: str.min(1), accountName: str.min(1), fund: num.optional(), cash: num.optional(), isReconnected: z.boolean().optional() }),
        accessToken: str.min(1),
        refreshToken: str.optional(),
        tokenId: str.optional()
      })
    )
    .min(1),
  brokerBrandInfo: brandInfo,
  expiresInSeconds: num.optional(),
  refreshTokenExpiresInSeconds: num.optional(),
  brokerType: str.min(1),
  brokerName: str.min(1)
})
const delayedAuthPayload = z.strictObject({ refreshTokenExpiresInSeconds: num.optional(), brokerType: str.min(1), refreshToken: str.min(1), brokerName: str.min(1), brokerBrandInfo: brandInfo })
const transferFinished = z.strictObject({
  status: z.literal('success'),
  txId: str,
  fromAddress: str,
  toAddress: str,
  symbol: str,
  amount: num,
  networkId: str,
  userId: str.optional(),
  clientTransactionId: str.optional(),
  amountInFiat: num.optional(),
  totalAmountInFiat: num.optional(),
  networkName: str.optional(),
  txHash: str.optional(),
  transferId: str.optional(),
  refundAddress: str.optional()
})
const sessionSummary = z.strictObject({
  page: str.min(1),
  selectedIntegration: z.strictObject({ id: str.optional(), name: str.optional(), integrationType: str.optional(), integrationName: str.optional() }).optional(),
  transfer: z.strictObject({ previewId: str.optional(), symbol: str.optional(), amount: num.optional(), amountInFiat: num.optional(), transactionId: str.optional(), networkId: str.optional() }).optional(),
  errorMessage: str.optional()
})
const fundingOption = z.strictObject({
  cryptocurrencyFundingOptionType: str.optional(),
  name: str.optional(),
  paymentMethodType: str.optional(),
  usedAmountInCryptocurrency: num.optional(),
  usedAmountInFiat: num.optional(),
  cryptocurrencySymbol: str.optional(),
  fee: z.strictObject({ amountInFiat: num.optional(), fiatSymbol: str.optional(), amountInCryptocurrency: num.optional(), cryptocurrencySymbol: str.optional(), isInclusive: z.boolean().optional(), usedCurrencyType: str.optional() }).optional()
})

const bare = (type: string) => z.strictObject({ type: z.literal(type) })
const withPayload = (type: string, payload: z.ZodType) => z.strictObject({ type: z.literal(type), payload })

/** The whole onEvent argument per key (for done/close: the raw message the iframe posted). */
const SHAPES: Record<string, z.ZodType> = {
  integrationConnected: withPayload(
    'integrationConnected',
    z.union([z.strictObject({ accessToken: accessTokenPayload }), z.strictObject({ delayedAuth: delayedAuthPayload })])
  ),
  integrationConnectionError: withPayload('integrationConnectionError', errorPayload),
  integrationMfaRequired: bare('integrationMfaRequired'),
  integrationMfaEntered: bare('integrationMfaEntered'),
  integrationOAuthStarted: bare('integrationOAuthStarted'),
  integrationAccountSelectionRequired: bare('integrationAccountSelectionRequired'),
  transferCompleted: withPayload('transferCompleted', transferFinished),
  integrationSelected: withPayload('integrationSelected', z.strictObject({ integrationType: str.min(1), integrationName: str.min(1), nativeLink: str.optional(), userSearched: z.boolean().optional() })),
  credentialsEntered: bare('credentialsEntered'),
  transferStarted: withPayload('transferStarted', z.strictObject({ integrationType: str.optional(), integrationName: str.min(1) })),
  transferPreviewed: withPayload(
    'transferPreviewed',
    z.strictObject({
      amount: num,
      symbol: str,
      toAddress: str,
      networkId: str,
      previewId: str.min(1),
      networkName: str.optional(),
      amountInFiat: num.optional(),
      fiatCurrency: str.optional(),
      integrationType: str.optional(),
      integrationName: str.optional(),
      estimatedNetworkGasFee: fee.optional(),
      institutionTransferFee: fee.optional(),
      customClientFee: fee.optional(),
      cryptocurrencyFundingOptions: z.array(fundingOption).optional(),
      userId: str.optional(),
      clientTransactionId: str.optional()
    })
  ),
  transferPreviewError: withPayload('transferPreviewError', errorPayload),
  transferExecutionError: withPayload('transferExecutionError', errorPayload),
  transferConfigureError: withPayload('transferConfigureError', errorPayload),
  pageLoaded: bare('pageLoaded'),
  transferAssetSelected: withPayload('transferAssetSelected', z.strictObject({ symbol: str.min(1) })),
  transferNetworkSelected: withPayload('transferNetworkSelected', z.strictObject({ id: str.min(1), name: str.min(1) })),
  transferAmountEntered: bare('transferAmountEntered'),
  transferMfaRequired: bare('transferMfaRequired'),
  transferMfaEntered: bare('transferMfaEntered'),
  transferKycRequired: bare('transferKycRequired'),
  transferExecuted: withPayload(
    'transferExecuted',
    z.strictObject({ status: z.enum(['success', 'pending']), txId: str, fromAddress: str, toAddress: str, symbol: str, amount: num, networkId: str, userId: str.optional(), clientTransactionId: str.optional() })
  ),
  transferInitiated: withPayload('transferInitiated', z.strictObject({ integrationType: str.optional(), integrationName: str.min(1), status: z.literal('pending') })),
  transferNoEligibleAssets: withPayload(
    'transferNoEligibleAssets',
    z.strictObject({
      integrationType: str.optional(),
      integrationName: str.min(1),
      noAssetsType: str.optional(),
      arrayOfTokensHeld: z.array(z.strictObject({ symbol: str.min(1), amount: num, amountInFiat: num.optional(), ineligibilityReason: str.optional() }))
    })
  ),
  walletMessageSigned: withPayload(
    'walletMessageSigned',
    z.strictObject({ signedMessageHash: str.optional(), message: str.optional(), address: str.min(1), timeStamp: num, isVerified: z.boolean(), verifiedAddresses: z.array(str).optional() })
  ),
  verifyDonePage: bare('verifyDonePage'),
  verifyWalletRejected: bare('verifyWalletRejected'),
  connectionDeclined: withPayload(
    'connectionDeclined',
    z.strictObject({ integrationType: str.optional(), integrationName: str.min(1), reason: str.min(1), networkId: str.optional(), toAddress: str.optional(), errorMessage: str.optional() })
  ),
  connectionUnavailable: withPayload('connectionUnavailable', z.strictObject({ integrationType: str.optional(), integrationName: str.min(1), reason: str.min(1) })),
  transferDeclined: withPayload(
    'transferDeclined',
    z.strictObject({ integrationType: str.optional(), integrationName: str.min(1), toAddress: str.optional(), token: str.optional(), network: str.optional(), amount: num.optional(), status: str.min(1) })
  ),
  done: withPayload('done', sessionSummary),
  close: withPayload('close', sessionSummary),
  SDKinjectedWalletProviders: withPayload('SDKinjectedWalletProviders', z.array(z.strictObject({ icon: str.optional(), id: str.min(1), name: str.min(1) })).min(1)),
  legalTermsViewed: bare('legalTermsViewed'),
  seeWhatHappenedClicked: bare('seeWhatHappenedClicked'),
  executeFundingStep: withPayload('executeFundingStep', z.strictObject({ cryptocurrencyFundingOptionType: str.min(1), status: str.min(1), errorMessage: str.optional() })),
  fundingOptionsUpdated: bare('fundingOptionsUpdated'),
  fundingOptionsViewed: bare('fundingOptionsViewed'),
  gasIncreaseWarning: bare('gasIncreaseWarning'),
  linkTransferQRGenerated: withPayload('linkTransferQRGenerated', z.strictObject({ token: str.optional(), network: str.optional(), toAddress: str.optional(), qrUrl: str.optional() })),
  methodSelected: withPayload('methodSelected', z.strictObject({ method: z.enum(['embedded', 'manual', 'buy']) })),
  defiWalletError: withPayload(
    'defiWalletError',
    z.strictObject({
      integrationName: str.min(1),
      errorType: z.enum(['timeout', 'verifyMismatch']),
      details: z.strictObject({ requestedAddress: str.optional(), connectedAddress: str.optional(), requestedNetwork: str.optional(), connectedNetwork: str.optional(), connectUri: str.optional() }),
      timeStamp: num
    })
  ),
  homePageLoaded: bare('homePageLoaded')
}

// ---- journeys through the Link page ------------------------------------------------------

const SECRET = 'whsec-coverage'
const ETH = 'e3c7fdd8-b1fc-4e51-85ae-bb276e075611'
const POLYGON = '7436e9d0-ba42-4d2b-b4c0-8e4e606b2c12'
const MERCHANT = '0x000000000000000000000000000000000000cafe'

interface Journey {
  name: string
  /** Picked through the control API before the page opens, or on the page's scenario picker. */
  scenario: LinkScenario
  pick: 'control' | 'page' | 'none'
  token?: Record<string, unknown>
  drive(f: FrameLocator, page: Page): Promise<void>
}

const btn = (f: FrameLocator, name: string) => f.getByRole('button', { name, exact: true })
/** Waits (Playwright's own wait: these run in beforeAll) until the element shows the text. */
const shows = (f: FrameLocator, selector: string, text: RegExp) => f.locator(selector).filter({ hasText: text }).waitFor({ timeout: 5_000 })
async function signIn(f: FrameLocator, exchange = 'Coinbase'): Promise<void> {
  await btn(f, exchange).click()
  await btn(f, 'Sign in').click()
}

const JOURNEYS: Journey[] = [
  {
    name: 'every step, with a choice of asset and network and no amount set',
    scenario: 'detailed',
    pick: 'control',
    token: {
      transferOptions: {
        toAddresses: [
          { networkId: ETH, symbol: 'USDC', address: MERCHANT },
          { networkId: POLYGON, symbol: 'USDC', address: MERCHANT },
          { networkId: ETH, symbol: 'ETH', address: MERCHANT }
        ],
        transactionId: 'cov-detailed',
        transferType: 'payment'
      }
    },
    async drive(f) {
      await btn(f, 'Terms').click()
      await btn(f, 'Close terms').click()
      await btn(f, 'Pay from an exchange or wallet').click()
      await signIn(f)
      await btn(f, 'USDC').click()
      await btn(f, 'Polygon').click()
      await f.getByLabel('Amount (USD)').fill('5')
      await btn(f, 'Continue').click()
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'a wrong password, then Decline',
    scenario: 'standard',
    pick: 'none',
    async drive(f) {
      await btn(f, 'Binance').click()
      await f.getByLabel('Password').fill('nope')
      await btn(f, 'Sign in').click()
      await shows(f, '#signin-error', /Wrong username or password/)
      await f.getByLabel('Password').fill('Pass123')
      await btn(f, 'Sign in').click()
      await btn(f, 'Decline').click()
    }
  },
  {
    name: '2FA at sign-in and at approval (chosen on the page)',
    scenario: 'mfa',
    pick: 'page',
    async drive(f) {
      await signIn(f)
      await f.locator('#mfa-code').fill('123456')
      await btn(f, 'Verify').click()
      await btn(f, 'Approve').click()
      await f.locator('#transfer-mfa-code').fill('123456')
      await btn(f, 'Confirm').click()
    }
  },
  {
    name: 'OAuth sign-in, closed with Escape from inside Link',
    scenario: 'oauth',
    pick: 'control',
    async drive(f) {
      await btn(f, 'Coinbase').click()
      await btn(f, 'Continue to Coinbase').click()
      await btn(f, 'Authorize').click()
      await btn(f, 'Approve').press('Escape')
    }
  },
  {
    name: 'several accounts',
    scenario: 'accountSelection',
    pick: 'control',
    async drive(f) {
      await signIn(f, 'Binance')
      await btn(f, 'Binance savings account').click()
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'delayed authentication',
    scenario: 'delayedAuth',
    pick: 'control',
    async drive(f) {
      await signIn(f, 'Robinhood')
    }
  },
  {
    name: 'an unavailable exchange, then another',
    scenario: 'connectionUnavailable',
    pick: 'control',
    async drive(f) {
      await btn(f, 'Binance').click()
      await shows(f, '#catalog-error', /Binance is under maintenance/)
      await signIn(f, 'Coinbase')
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'a declined connection, what happened, another exchange',
    scenario: 'connectionDeclined',
    pick: 'page',
    async drive(f) {
      await signIn(f)
      await btn(f, 'See what happened').click()
      await btn(f, 'Choose another exchange').click()
      await signIn(f, 'Binance')
      await btn(f, 'Close').click()
    }
  },
  {
    name: 'no eligible assets',
    scenario: 'noEligibleAssets',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await f.locator('section[data-page="transferNoEligibleAssetsPage"]').waitFor({ timeout: 5_000 })
      await btn(f, 'Close').click()
    }
  },
  {
    name: 'SmartFunding',
    scenario: 'funding',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await btn(f, 'Convert ETH to USDC').click()
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'identity verification',
    scenario: 'kyc',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await btn(f, 'I have verified my identity').click()
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'a transfer that cannot be configured',
    scenario: 'configureError',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await shows(f, '#configure-message', /cannot send USDC/)
      await btn(f, 'Close').click()
    }
  },
  {
    name: 'a failed preview, tried again',
    scenario: 'previewError',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await btn(f, 'Try again').click()
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'a network fee rise at approval',
    scenario: 'gasIncrease',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await btn(f, 'Approve').click()
      await shows(f, '#gas-warning', /network fee went up/)
      await btn(f, 'Approve').click()
    }
  },
  {
    name: 'a declined transfer',
    scenario: 'transferDeclined',
    pick: 'control',
    async drive(f) {
      await signIn(f)
      await btn(f, 'Approve').click()
      await btn(f, 'See what happened').click()
      await btn(f, 'Done').click()
    }
  },
  {
    name: 'a self-custody wallet that fails, then the QR code',
    scenario: 'selfCustody',
    pick: 'control',
    async drive(f) {
      await btn(f, 'Pay from an exchange or wallet').click()
      await btn(f, 'MetaMask').click()
      await btn(f, 'The wallet does not answer').click()
      await btn(f, 'Send it yourself instead').click()
      // The QR code image loads from the emulator (same origin, under the page's CSP).
      const loaded = await f.locator('#qr').evaluate(
        (img: { complete: boolean; naturalWidth: number; addEventListener(type: 'load', fn: () => void, opts: { once: boolean }): void }) => (img.complete ? img.naturalWidth > 0 : new Promise<boolean>((res) => img.addEventListener('load', () => res(img.naturalWidth > 0), { once: true })))
      )
      if (!loaded) throw new Error('the QR code image did not load')
      await btn(f, 'Close').click()
    }
  },
  {
    name: 'a wallet verified by signing (verifyWalletOptions)',
    scenario: 'verifyWallet',
    pick: 'none',
    token: { verifyWalletOptions: { message: 'Prove it is yours', verificationMethods: ['signedMessage'], addresses: ['0x1111111111111111111111111111111111111111'], networkType: 'evm' } },
    async drive(f) {
      await btn(f, 'Sign message').click()
    }
  },
  {
    name: 'a wallet verification rejected',
    scenario: 'verifyWallet',
    pick: 'control',
    async drive(f) {
      await btn(f, 'Reject').click()
      await shows(f, '#verify-error', /rejected/)
      await btn(f, 'Close').click()
    }
  }
]

interface Seen {
  journey: string
  event: unknown
}

describe.skipIf(!HAS_CHROMIUM)(`every onEvent key of @meshconnect/web-link-sdk ${SDK.version}, produced through the real SDK`, () => {
  let emu: MeshEmulator
  let rx: Receiver
  let sdk: SdkHarness
  const seen = new Map<string, Seen[]>()
  const failures: string[] = []
  const recorded = new Map<string, Recorded>()

  const note = (key: string, journey: string, event: unknown): void => {
    seen.set(key, [...(seen.get(key) ?? []), { journey, event }])
  }

  async function token(userId: string, extra: Record<string, unknown> | undefined, transactionId: string): Promise<string> {
    const body = { userId, restrictMultipleAccounts: true, ...(extra ?? { transferOptions: { toAddresses: [{ networkId: ETH, symbol: 'USDC', address: MERCHANT }], amountInFiat: 12.5, transactionId, transferType: 'payment' } }) }
    const r = await fetch(`${emu.url}/api/v1/linktoken`, {
      method: 'POST',
      headers: { 'X-Client-Id': emu.clientId, 'X-Client-Secret': emu.clientSecret, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
    const j = (await r.json()) as { content: { linkToken: string } }
    return j.content.linkToken
  }

  beforeAll(async () => {
    rx = await startReceiver(SECRET)
    emu = await startMeshEmulator({ webhookUrl: rx.url, webhookSecret: SECRET, settleDelayMs: 50, retryScheduleMs: [100] })
    sdk = await startSdkHarness()
    const origin = new URL(emu.url).origin
    for (const [i, j] of JOURNEYS.entries()) {
      try {
        if (j.pick === 'control') emu.setNextLinkScenario(j.scenario)
        const page = await sdk.openPage(origin)
        const frame = await sdk.openLink(page, await token(`cov-user-${i}`, j.token, `cov-${i}`))
        if (j.pick === 'page') await frame.getByLabel('Emulator scenario').selectOption(j.scenario)
        await j.drive(frame, page)
        const calls = await sdk.exited(page)
        recorded.set(j.name, calls)
        for (const e of calls.events) note(e.type, j.name, e)
        for (const m of calls.raw) if (EXIT_KEYS.has(m.type)) note(m.type, j.name, m)
        // done/close reached the host as onExit, with the same summary.
        const exitMsg = calls.raw.filter((m) => EXIT_KEYS.has(m.type))
        if (exitMsg.length !== 1 || calls.exits.length !== 1) failures.push(`${j.name}: expected one done/close and one onExit, got ${exitMsg.length} and ${calls.exits.length}`)
        else if (JSON.stringify(calls.exits[0]!.summary) !== JSON.stringify(exitMsg[0]!.payload)) failures.push(`${j.name}: onExit's summary differs from the ${exitMsg[0]!.type} message`)
        await page.close()
      } catch (err) {
        failures.push(`${j.name} (${j.scenario}): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`)
      }
    }
  }, 300_000)

  afterAll(async () => {
    await sdk?.close()
    await emu?.close()
    await rx?.close()
  })

  it('reads the SDK’s own key list (and its own predicate agrees)', () => {
    expect(SDK.keys.length).toBeGreaterThan(0)
    expect(new Set(SDK.keys).size).toBe(SDK.keys.length)
    for (const k of SDK.keys) expect(SDK.isKey(k), k).toBe(true)
    expect(SDK.isKey('brokerageAccountAccessToken')).toBe(false)
  })

  it('drives every journey to its end, and the SDK trusts every message', () => {
    expect(failures).toEqual([])
    expect(sdk.outside).toEqual([])
  })

  it.each(SDK.keys)('produces %s with the payload the SDK declares', (key) => {
    const shape = SHAPES[key]
    expect(shape, `no payload shape is known for "${key}": a key this emulator (and test) predates`).toBeDefined()
    const hits = seen.get(key) ?? []
    expect(hits.length, `no journey produced "${key}"`).toBeGreaterThan(0)
    for (const h of hits) {
      const r = shape!.safeParse(h.event)
      expect(r.success, `${key} in "${h.journey}": ${r.success ? '' : z.prettifyError(r.error)}`).toBe(true)
    }
    if (EXIT_KEYS.has(key)) expect(hits.some((h) => recorded.get(h.journey)!.events.some((e) => e.type === key)), `the SDK passed ${key} to onEvent`).toBe(false)
  })

  it('connects with delayed authentication: integrationConnected and onIntegrationConnected carry delayedAuth', () => {
    const calls = recorded.get('delayed authentication')
    expect(calls).toBeDefined()
    expect(calls!.raw.map((m) => m.type)).toContain('delayedAuthentication')
    expect(calls!.connected).toEqual([{ delayedAuth: expect.objectContaining({ brokerType: 'robinhood', brokerName: 'Robinhood', refreshToken: expect.stringMatching(/^emu_rt_/) }) }])
    expect(calls!.exits[0]!.summary).toMatchObject({ page: 'integrationConnectedPage' })
  })

  it('ends a declined transfer with a Failed transfer, and a funded one with its funding method', async () => {
    const declined = recorded.get('a declined transfer')!
    const ev = declined.events.find((e) => e.type === 'transferDeclined')!.payload as Record<string, unknown>
    expect(ev).toMatchObject({ integrationName: 'Coinbase', token: 'USDC', network: 'Ethereum', amount: 12.5, toAddress: MERCHANT, status: 'declined' })
    expect(declined.events.map((e) => e.type)).not.toContain('transferCompleted')
    expect(declined.exits[0]!.summary).toMatchObject({ page: 'transferDeclinedPage', errorMessage: expect.stringMatching(/declined/) })
    const failedId = emu.listTransfers().find((t) => t.userId === `cov-user-${JOURNEYS.findIndex((j) => j.name === 'a declined transfer')}`)!.id
    await rx.waitFor((r) => r.some((x) => x.json?.TransferId === failedId && x.json?.TransferStatus === 'Failed'))

    const funded = emu.listTransfers().find((t) => t.userId === `cov-user-${JOURNEYS.findIndex((j) => j.name === 'SmartFunding')}`)!
    expect(funded.fundingMethods).toEqual([expect.objectContaining({ type: 'cryptocurrencyConversion', fromSymbol: 'ETH', toSymbol: 'USDC' })])
    const detailed = emu.listTransfers().find((t) => t.clientTransactionId === 'cov-detailed')!
    expect(detailed).toMatchObject({ networkName: 'Polygon', symbol: 'USDC', amountInFiat: 5 })
  })
})
