// The sweep's speed: transfers per second that reconciliation imports from the Mesh emulator's
// transfer list (real HTTP, 100 a page) into a real ledger — SQLite with synchronous=FULL as
// shipped, and PostgreSQL when COUNTERTOP_BENCH_DATABASE_URL (or COUNTERTOP_TEST_DATABASE_URL) is
// set. Then the same sweep again, where everything is known already (the idempotent re-check).
//   npx tsx bench/sweep.ts [transfers=5000]
// Prints a markdown table. Not part of `npm run bench`; no assertion on the figure anywhere.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createMeshClient } from '../src/main/core/mesh'
import { createReconciler } from '../src/main/core/reconcile'
import { openSqliteStore, type Store } from '../src/main/core/store'
import { openPostgresStore } from '../src/main/core/store/postgres'
import { startMeshEmulator } from '../src/main/emulator'

const N = Number(process.argv[2] ?? 5000)
const log = (m: string) => process.stderr.write(`[bench sweep] ${m}\n`)

interface Row {
  engine: string
  pages: number
  imported: number
  firstMs: number
  againMs: number
}

async function sweepInto(engine: string, store: Store, emu: { url: string; clientId: string; clientSecret: string }): Promise<Row> {
  const client = createMeshClient({ baseUrl: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret })
  const rec = createReconciler({ store, mesh: () => client })
  try {
    let t = performance.now()
    const first = await rec.run({ trigger: 'manual' })
    const firstMs = performance.now() - t
    if (first.errors.length || first.imported !== N) throw new Error(`${engine}: imported ${first.imported} of ${N}: ${first.errors.join('; ')}`)
    t = performance.now()
    const again = await rec.run({ trigger: 'manual' })
    const againMs = performance.now() - t
    if (again.errors.length || again.imported + again.updated !== 0 || again.checked !== N) throw new Error(`${engine}: the second sweep changed something: ${JSON.stringify(again)}`)
    return { engine, pages: first.pages, imported: first.imported, firstMs, againMs }
  } finally {
    await rec.stop()
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(N) || N < 1) throw new Error(`transfers must be a positive integer; got ${process.argv[2]}`)
  const emu = await startMeshEmulator({ webhookSecret: 'whsec_bench_sweep', settleDelayMs: 1 })
  const rows: Row[] = []
  const dir = mkdtempSync(join(os.tmpdir(), 'countertop-bench-sweep-'))
  try {
    // Transfers Mesh settled without telling anyone: every webhook dropped.
    for (let i = 0; i < N; i++) emu.createTransfer({ amountInFiat: 1 + (i % 500) / 100, outcome: i % 10 === 0 ? 'failed' : 'succeeded', faults: { dropWebhooks: true } })
    await emu.idle()
    log(`${N} transfers in the emulator`)

    const sqlite = await openSqliteStore({ file: join(dir, 'countertop.sqlite'), synchronous: 'FULL' })
    try {
      rows.push(await sweepInto('SQLite (synchronous=FULL)', sqlite, emu))
    } finally {
      await sqlite.close()
    }

    const url = process.env.COUNTERTOP_BENCH_DATABASE_URL || process.env.COUNTERTOP_TEST_DATABASE_URL
    if (url) {
      const name = `bench_sweep_${process.pid}_${randomBytes(3).toString('hex')}`
      const admin = async (sql: string) => {
        const c = new pg.Client({ connectionString: url })
        await c.connect()
        try {
          await c.query(sql)
        } finally {
          await c.end()
        }
      }
      await admin(`CREATE DATABASE ${name}`)
      const u = new URL(url)
      u.pathname = `/${name}`
      try {
        const store = await openPostgresStore({ url: u.toString() })
        try {
          rows.push(await sweepInto('PostgreSQL', store, emu))
        } finally {
          await store.close()
        }
      } finally {
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      }
    } else {
      log('PostgreSQL skipped: set COUNTERTOP_BENCH_DATABASE_URL (or COUNTERTOP_TEST_DATABASE_URL)')
    }
  } finally {
    await emu.close()
    rmSync(dir, { recursive: true, force: true })
  }

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000)
  const out = [
    `Sweep of the emulator's transfer list: ${N} transfers, 100 a page, over loopback HTTP (${os.cpus().length} CPUs, Node ${process.version})`,
    '',
    '| Ledger | Pages | Imported | First sweep | Imported / s | Second sweep (nothing new) | Checked / s |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.engine} | ${r.pages} | ${r.imported} | ${(r.firstMs / 1000).toFixed(2)} s | ${rate(r.imported, r.firstMs)} | ${(r.againMs / 1000).toFixed(2)} s | ${rate(r.imported, r.againMs)} |`)
  ]
  process.stdout.write(`${out.join('\n')}\n`)
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`)
  process.exit(1)
})
