import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfPageSize, pdfTarget, printToPdfOptions, safePdfName, saveDialogOptions, savePdf, type SavePdfDeps } from '../../src/main/shell/pdf'

describe('Save PDF decisions', () => {
  it('prints on Letter where the region uses it, A4 elsewhere and for a bad locale', () => {
    expect(pdfPageSize('en-US')).toBe('Letter')
    expect(pdfPageSize('en')).toBe('Letter')
    expect(pdfPageSize('es-MX')).toBe('Letter')
    expect(pdfPageSize('fr-CA')).toBe('Letter')
    expect(pdfPageSize('en-GB')).toBe('A4')
    expect(pdfPageSize('de-DE')).toBe('A4')
    expect(pdfPageSize('de')).toBe('A4')
    expect(pdfPageSize('not a locale')).toBe('A4')
    expect(printToPdfOptions('de-DE')).toEqual({ pageSize: 'A4', printBackground: true, landscape: false })
  })

  it('offers a file name without directories or reserved characters, always ending in .pdf', () => {
    expect(safePdfName('receipt-ct_0123')).toBe('receipt-ct_0123.pdf')
    expect(safePdfName('receipt-ct_0123.PDF')).toBe('receipt-ct_0123.pdf')
    expect(safePdfName('../../etc/passwd')).toBe('etc-passwd.pdf')
    expect(safePdfName('a:b*c?"d<e>f|g\\h')).toBe('a-b-c-d-e-f-g-h.pdf')
    expect(safePdfName('bad\u0000name\nx')).toBe('bad-name-x.pdf')
    expect(safePdfName('...')).toBe('receipt.pdf')
    expect(safePdfName('x'.repeat(300))).toBe(`${'x'.repeat(100)}.pdf`)
  })

  it('starts the dialog in the given folder with the safe name and a PDF filter', () => {
    const o = saveDialogOptions('receipt-1', '/home/m/Documents')
    expect(o.defaultPath).toBe(join('/home/m/Documents', 'receipt-1.pdf'))
    expect(o.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }])
    expect(o.properties).toContain('showOverwriteConfirmation')
  })

  it('writes nowhere when cancelled, and adds .pdf when the user left it off', () => {
    expect(pdfTarget({ canceled: true, filePath: '/tmp/x.pdf' })).toBeNull()
    expect(pdfTarget({ canceled: false, filePath: '' })).toBeNull()
    expect(pdfTarget({ canceled: false })).toBeNull()
    expect(pdfTarget({ canceled: false, filePath: '/tmp/x.PDF' })).toBe('/tmp/x.PDF')
    expect(pdfTarget({ canceled: false, filePath: '/tmp/receipt' })).toBe('/tmp/receipt.pdf')
  })
})

function fakeDeps(dialog: { canceled: boolean; filePath?: string }, fail?: 'print' | 'write') {
  const calls: string[] = []
  const written: { path: string; data: Uint8Array }[] = []
  const deps: SavePdfDeps = {
    defaultDir: '/docs',
    async showSaveDialog(o) {
      calls.push(`dialog ${o.defaultPath}`)
      return dialog
    },
    async printToPDF(o) {
      calls.push(`print ${o.pageSize}`)
      if (fail === 'print') throw new Error('the page is gone')
      return new Uint8Array([37, 80, 68, 70])
    },
    async writeFile(path, data) {
      calls.push(`write ${path}`)
      if (fail === 'write') throw new Error('EACCES: permission denied')
      written.push({ path, data })
    }
  }
  return { deps, calls, written }
}

describe('savePdf', () => {
  it('asks where, prints the page on the locale’s paper and writes that file', async () => {
    const { deps, calls, written } = fakeDeps({ canceled: false, filePath: '/docs/r' })
    const r = await savePdf({ suggestedName: 'receipt-ct_1', locale: 'en-US' }, deps)
    expect(r).toEqual({ ok: true, value: { saved: true, path: '/docs/r.pdf' } })
    expect(calls).toEqual([`dialog ${join('/docs', 'receipt-ct_1.pdf')}`, 'print Letter', 'write /docs/r.pdf'])
    expect(written).toEqual([{ path: '/docs/r.pdf', data: new Uint8Array([37, 80, 68, 70]) }])
  })

  it('prints nothing when the user cancels', async () => {
    const { deps, calls } = fakeDeps({ canceled: true })
    expect(await savePdf({ suggestedName: 'r', locale: 'de-DE' }, deps)).toEqual({ ok: true, value: { saved: false } })
    expect(calls).toHaveLength(1)
  })

  it('refuses bad arguments before opening any dialog', async () => {
    const { deps, calls } = fakeDeps({ canceled: false, filePath: '/docs/x.pdf' })
    for (const args of [null, {}, { suggestedName: '', locale: 'en' }, { suggestedName: 'r', locale: 'en', path: '/etc/x' }]) {
      const r = await savePdf(args, deps)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('INVALID_ARGUMENT')
    }
    expect(calls).toEqual([])
  })

  it('answers a clear error naming the file when printing or writing fails', async () => {
    const printing = fakeDeps({ canceled: false, filePath: '/docs/a.pdf' }, 'print')
    const p = await savePdf({ suggestedName: 'a', locale: 'en-GB' }, printing.deps)
    expect(p).toEqual({ ok: false, error: { code: 'PDF_SAVE_FAILED', message: 'Could not save the PDF to /docs/a.pdf: the page is gone. Choose another folder, or use Print receipt.' } })
    const writing = fakeDeps({ canceled: false, filePath: '/ro/a.pdf' }, 'write')
    const w = await savePdf({ suggestedName: 'a', locale: 'en-GB' }, writing.deps)
    expect(w.ok).toBe(false)
    if (!w.ok) expect(w.error.message).toMatch(/^Could not save the PDF to \/ro\/a\.pdf: EACCES: permission denied\./)
    expect(writing.written).toEqual([])
  })
})
