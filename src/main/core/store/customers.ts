import type { IntegrationAccessToken } from '../../../shared/contract'
import type { Db } from './db'

export type CustomersRepo = ReturnType<typeof createCustomersRepo>

export function createCustomersRepo(db: Db) {
  const getStmt = db.prepare<[string], { customer_key: string; user_id: string }>('SELECT customer_key, user_id FROM customers WHERE customer_key = ?')
  const insertStmt = db.prepare('INSERT INTO customers (customer_key, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)')
  const seenStmt = db.prepare('UPDATE customers SET last_seen_at = ? WHERE customer_key = ?')
  const upsertConn = db.prepare(
    `INSERT INTO customer_connections (customer_key, broker_type, broker_name, account_id, account_name, access_token, updated_at)
     VALUES (@customer_key, @broker_type, @broker_name, @account_id, @account_name, @access_token, @updated_at)
     ON CONFLICT(customer_key, broker_type, account_id) DO UPDATE SET broker_name = excluded.broker_name,
       account_name = excluded.account_name, access_token = excluded.access_token, updated_at = excluded.updated_at`
  )
  const connsStmt = db.prepare<[string], { account_id: string; account_name: string; access_token: string; broker_type: string; broker_name: string }>(
    'SELECT account_id, account_name, access_token, broker_type, broker_name FROM customer_connections WHERE customer_key = ? ORDER BY updated_at DESC'
  )
  const forgetConns = db.prepare('DELETE FROM customer_connections WHERE customer_key = ?')
  return {
    /** The customer's Mesh userId, creating the customer on first sight. */
    ensure(customerKey: string, newUserId: string, now: number): string {
      const found = getStmt.get(customerKey)
      if (found) {
        seenStmt.run(now, customerKey)
        return found.user_id
      }
      insertStmt.run(customerKey, newUserId, now, now)
      return newUserId
    },
    saveConnection(customerKey: string, c: IntegrationAccessToken, now: number): void {
      upsertConn.run({
        customer_key: customerKey,
        broker_type: c.brokerType,
        broker_name: c.brokerName,
        account_id: c.accountId,
        account_name: c.accountName,
        access_token: c.accessToken,
        updated_at: now
      })
    },
    connections(customerKey: string): IntegrationAccessToken[] {
      return connsStmt.all(customerKey).map((r) => ({
        accountId: r.account_id,
        accountName: r.account_name,
        accessToken: r.access_token,
        brokerType: r.broker_type,
        brokerName: r.broker_name
      }))
    },
    forgetConnections(customerKey: string): number {
      return forgetConns.run(customerKey).changes
    }
  }
}
