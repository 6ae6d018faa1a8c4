// "Reconcile now": its progress while it runs (live `reconcile.progress` events) and a result
// that names what changed — transfers imported from Mesh's list, updated, or flagged.
import type { ReconcileChange, ReconcileProgress, ReconcileResultView } from '../../../../shared/contract'
import { StatusBadge } from '../../components/common'
import { formatDateTime } from '../../lib/format'
import { transferHref } from '../../lib/route'

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Mesh's REST status (lower case) as a word for people: "succeeded" → "Succeeded". */
export function statusWord(status: string): string {
  return status ? status[0]!.toUpperCase() + status.slice(1) : status
}

/** One line for a run in progress; before the first page, what it is waiting for. */
export function progressText(p: ReconcileProgress | null): string {
  if (!p) return 'Reconciling with Mesh… asking for its transfer list.'
  return `Reconciling with Mesh… ${plural(p.pages, 'page')} read, ${plural(p.checked, 'transfer')} checked, ${p.imported} imported, ${p.updated} updated.`
}

const GROUPS: { kind: ReconcileChange['kind']; title: (n: number) => string; count: (r: ReconcileResultView) => number }[] = [
  { kind: 'imported', title: (n) => `Imported ${plural(n, 'transfer')} Mesh never delivered`, count: (r) => r.imported },
  { kind: 'updated', title: (n) => `Updated ${plural(n, 'transfer')} from Mesh’s list`, count: (r) => r.updated },
  { kind: 'conflict', title: (n) => `Flagged ${plural(n, 'conflict')} (Mesh contradicts a final status; not applied)`, count: (r) => r.conflicts }
]

export function ReconcileProgressLine({ progress }: { progress: ReconcileProgress | null }) {
  return (
    <p className="notice reconcile-progress" role="status" aria-label="Reconcile progress" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {progressText(progress)}
    </p>
  )
}

export function ReconcileResult({ result: r }: { result: ReconcileResultView }) {
  return (
    <div className={`notice ${r.errors.length ? 'notice-error' : 'notice-ok'}`} role="status" aria-label="Reconcile result">
      <p className="reconcile-summary">
        Checked {plural(r.checked, 'transfer')} in {plural(r.pages, 'page')}: {r.imported} imported, {r.updated} updated, {plural(r.conflicts, 'conflict')}.
        {r.sweptFrom !== null ? ` Mesh’s list was swept for every transfer created since ${formatDateTime(r.sweptFrom)}.` : ''}
        {r.imported + r.updated + r.conflicts === 0 && r.errors.length === 0 ? ' Nothing was missing.' : ''}
      </p>
      {GROUPS.map((g) => {
        const n = g.count(r)
        if (n === 0) return null
        const list = r.changes.filter((c) => c.kind === g.kind)
        return (
          <div key={g.kind} className="reconcile-group">
            <p>{g.title(n)}:</p>
            <ul className="reconcile-changes" aria-label={g.title(n)}>
              {list.map((c) => (
                <li key={c.transferId}>
                  <a href={transferHref(c.transferId)} className="mono" title={`Open transfer ${c.transferId}`}>
                    {c.transferId}
                  </a>{' '}
                  <StatusBadge status={c.status} raw={statusWord(c.status)} />
                </li>
              ))}
              {n > list.length && <li className="muted">… and {n - list.length} more (see the Ledger)</li>}
            </ul>
          </div>
        )
      })}
      {r.errors.length > 0 && (
        <ul className="reconcile-errors" aria-label="Reconcile errors">
          {r.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
