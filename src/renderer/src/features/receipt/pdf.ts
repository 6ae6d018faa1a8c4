// Save PDF: on the desktop the Electron shell prints the page into a file the user picks
// (shell.savePdf on the preload's invoke channel); in a browser the print dialog does it
// ("Save as PDF" as the destination). The one place the receipt looks at window.countertop.
import { SAVE_PDF_COMMAND, type SavePdfArgs, type SavePdfResult } from '../../../../shared/pdf'
import { isEnvelope } from '../../bridge/types'

export type PdfOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'error'; message: string }

export type DesktopPdf = (args: SavePdfArgs) => Promise<PdfOutcome>

/** The desktop saver when the Electron preload is there, else null (use the print dialog). */
export function desktopPdf(win: Window): DesktopPdf | null {
  const api = win.countertop
  if (!api || typeof api.invoke !== 'function') return null
  return async (args) => {
    try {
      const reply = await api.invoke(SAVE_PDF_COMMAND, args)
      if (!isEnvelope(reply)) return { kind: 'error', message: 'The app gave no answer to Save PDF. Use Print receipt instead.' }
      if (!reply.ok) return { kind: 'error', message: reply.error.message }
      const v = reply.value as SavePdfResult
      return v.saved ? { kind: 'saved', path: v.path } : { kind: 'cancelled' }
    } catch (err) {
      return { kind: 'error', message: `Could not save the PDF: ${(err as Error).message}. Use Print receipt instead.` }
    }
  }
}
