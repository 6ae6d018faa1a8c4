// The ledger. Everything outside src/main/core/store reaches it through the Promise-returning
// Store (types.ts); the SQLite engine runs it on threads of its own (sqlite/).
export type { Store, RecordOutcome, RepoName } from './types'
export { openSqliteStore, type SqliteStoreOptions } from './sqlite'
export { openLedger, type SyncLedger } from './sqlite/ledger'
