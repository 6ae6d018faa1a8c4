// "Download support bundle": one HTML file with the transfer's whole record (JSON inside), secrets
// removed by the core, for sending to Mesh support.
import { downloadText } from '../../components/dom'
import { useActions, useApp } from '../../store/react'
import type { SupportBundleState } from '../../store/supportSlice'

const save = (fileName: string, html: string) => downloadText(fileName, 'text/html;charset=utf-8', html)

export function SupportBundleButton({ transferId }: { transferId: string }) {
  const state = useApp((s) => s.supportBundle)
  const { downloadSupportBundle } = useActions()
  return <SupportBundleView transferId={transferId} state={state} onDownload={() => void downloadSupportBundle(transferId, save)} />
}

export function SupportBundleView({ transferId, state, onDownload }: { transferId: string; state: SupportBundleState; onDownload(): void }) {
  const mine = state.transferId === transferId
  const preparing = mine && state.status === 'preparing'
  return (
    <span className="support-bundle">
      <button
        type="button"
        className="small"
        disabled={preparing}
        aria-describedby={`support-bundle-note-${transferId}`}
        title="One HTML file with this transfer, its events, every attempt (headers and bodies), the SDK callbacks and reconciliation runs; secrets removed"
        onClick={onDownload}>
        {preparing ? 'Preparing bundle…' : 'Download support bundle'}
      </button>
      <span id={`support-bundle-note-${transferId}`} className="support-bundle-note muted" role="status" title={mine && state.fileName ? state.fileName : undefined}>
        {mine && state.status === 'saved' ? 'Bundle saved' : ''}
      </span>
      {mine && state.status === 'error' && (
        <span role="alert" className="field-error">
          {state.error}
        </span>
      )}
    </span>
  )
}
