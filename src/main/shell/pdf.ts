// "Save PDF" of a receipt on the desktop: the page (its @media print view) printed by Electron's
// webContents.printToPDF into a file the user picks. The decisions are pure functions; savePdf
// only sequences injected effects, so it is tested without Electron. src/main/index.ts wires it.
import { join } from 'node:path'
import { PDF_SAVE_FAILED, SavePdfArgs, type SavePdfResult } from '../../shared/pdf'
import type { Envelope } from '../../shared/contract'

/** Regions that use US Letter paper; everyone else A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'PR', 'CL', 'CO', 'VE', 'CR', 'GT', 'PA', 'DO', 'SV', 'NI', 'BZ'])

/** Letter for a locale whose region uses it (en → US → Letter), else A4; A4 when the locale is not valid. */
export function pdfPageSize(locale: string): 'Letter' | 'A4' {
  try {
    const region = new Intl.Locale(locale).maximize().region
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4'
  } catch {
    return 'A4'
  }
}

/** printToPDF options: the paper of the locale, backgrounds kept (the QR code's white square). */
export function printToPdfOptions(locale: string): { pageSize: 'Letter' | 'A4'; printBackground: true; landscape: false } {
  return { pageSize: pdfPageSize(locale), printBackground: true, landscape: false }
}

/**
 * A file name safe to offer in a save dialog: no directories, no control or reserved
 * characters, at most 100 characters before ".pdf", which it always ends with.
 */
export function safePdfName(name: string): string {
  const base = name
    .replace(/\.pdf$/i, '')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 100)
  return `${base || 'receipt'}.pdf`
}

export interface SaveDialogOptions {
  title: string
  defaultPath: string
  buttonLabel: string
  filters: { name: string; extensions: string[] }[]
  properties: ['createDirectory', 'showOverwriteConfirmation']
}

export function saveDialogOptions(suggestedName: string, defaultDir: string): SaveDialogOptions {
  return {
    title: 'Save receipt as PDF',
    defaultPath: join(defaultDir, safePdfName(suggestedName)),
    buttonLabel: 'Save PDF',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

/** Where to write after the dialog: null when cancelled; ".pdf" added when the user left it off. */
export function pdfTarget(result: { canceled: boolean; filePath?: string | undefined }): string | null {
  if (result.canceled || !result.filePath || !result.filePath.trim()) return null
  return /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`
}

export interface SavePdfDeps {
  /** The user's Documents folder (where the dialog starts). */
  defaultDir: string
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>
  printToPDF(options: ReturnType<typeof printToPdfOptions>): Promise<Uint8Array>
  writeFile(path: string, data: Uint8Array): Promise<void>
}

/** Asks where, prints the page to PDF, writes it. Always answers with an envelope. */
export async function savePdf(args: unknown, deps: SavePdfDeps): Promise<Envelope<SavePdfResult>> {
  const parsed = SavePdfArgs.safeParse(args)
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `Save PDF: ${parsed.error.issues[0]?.message ?? 'bad arguments'}` } }
  const { suggestedName, locale } = parsed.data
  let path: string | null = null
  try {
    path = pdfTarget(await deps.showSaveDialog(saveDialogOptions(suggestedName, deps.defaultDir)))
    if (path === null) return { ok: true, value: { saved: false } }
    const pdf = await deps.printToPDF(printToPdfOptions(locale))
    await deps.writeFile(path, pdf)
    return { ok: true, value: { saved: true, path } }
  } catch (err) {
    const where = path ? ` to ${path}` : ''
    return { ok: false, error: { code: PDF_SAVE_FAILED, message: `Could not save the PDF${where}: ${(err as Error).message}. Choose another folder, or use Print receipt.` } }
  }
}
