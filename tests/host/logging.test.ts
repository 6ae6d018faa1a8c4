import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger, redactUrl } from '../../src/main/host/logging'
import { tempDir } from '../helpers'

describe('logging', () => {
  let tmp: ReturnType<typeof tempDir> | undefined
  afterEach(() => tmp?.cleanup())

  const logFiles = (dir: string) => readdirSync(join(dir, 'logs')).filter((f) => f.endsWith('.log'))
  const readAll = (dir: string) => logFiles(dir).map((f) => readFileSync(join(dir, 'logs', f), 'utf8')).join('')

  it('writes JSON lines into the data dir with secrets, tokens and PIN material removed at any usual depth', async () => {
    tmp = tempDir()
    const { logger, close } = await createLogger({ dataDir: tmp.dir, terminal: false })
    const secrets = ['whsec_top_level_1', 'pin-1234', 'sk_live_nested_2', 'tok_deep_3', 'bearer-abc-4', 'ngrok_auth_5', 'new-pin-6', 'sig-7', 'console-token-8']
    logger.info({ webhookSecret: secrets[0], pin: secrets[1] }, 'top level')
    logger.info({ settings: { meshApiKey: secrets[1 + 1] } }, 'one level down')
    logger.info({ sale: { customer: { accessToken: secrets[3] } } }, 'two levels down')
    logger.info({ req: { headers: { authorization: `Bearer ${secrets[4]}`, 'x-mesh-signature-256': secrets[7] } } }, 'headers')
    logger.warn({ args: { authtoken: secrets[5], newPin: secrets[6] } }, 'command args')
    logger.info({ req: { method: 'GET', url: `/api/events?token=${secrets[8]}` } }, 'request')
    await close()
    const text = readAll(tmp.dir)
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.msg)).toEqual(['top level', 'one level down', 'two levels down', 'headers', 'command args', 'request'])
    for (const s of secrets) expect(text, s).not.toContain(s)
    expect(text).toContain('[redacted]')
    // the log may quote what a user did: only its owner can read it
    for (const f of logFiles(tmp.dir)) expect(statSync(join(tmp.dir, 'logs', f)).mode & 0o777).toBe(0o600)
    // what is not secret stays readable
    expect(lines[5]).toMatchObject({ req: { method: 'GET', url: '/api/events?token=[redacted]' } })
  })

  it('rotates the file at its size limit and keeps a bounded number of old files', async () => {
    tmp = tempDir()
    const { logger, close } = await createLogger({ dataDir: tmp.dir, terminal: false, maxFileSize: '4k', keepFiles: 2 })
    const filler = 'x'.repeat(200)
    for (let i = 0; i < 400; i++) {
      logger.info({ i, filler }, 'line')
      // pino-roll rolls over when the file stream drains; a real app logs in bursts with idle
      // gaps, which this pacing imitates (it is the input's shape, not a wait for a result)
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 5))
    }
    await close()
    const files = logFiles(tmp.dir)
    // ~100 KB written at 4 KB a file: without rotation one file would hold it all
    expect(files.length).toBeGreaterThan(1)
    expect(files.length).toBeLessThanOrEqual(3) // the current file + 2 kept
  })

  it('redacts credentials in URLs', () => {
    expect(redactUrl('/?token=abc&x=1')).toBe('/?token=[redacted]&x=1')
    expect(redactUrl('https://x/b2b?auth_code=zzz')).toBe('https://x/b2b?auth_code=[redacted]')
    expect(redactUrl('/api/ledger.list')).toBe('/api/ledger.list')
  })
})
