// "Save PDF" on the desktop: the one request the renderer makes of the Electron shell itself
// rather than of the core. It travels on the preload's existing invoke channel under a name the
// core does not have (so headless mode answers UNKNOWN_COMMAND); src/main/index.ts answers it
// with src/main/shell/pdf.ts. No Node, no DOM, no electron here.
import { z } from 'zod'

export const SAVE_PDF_COMMAND = 'shell.savePdf'

export const SavePdfArgs = z
  .object({
    /** The file name offered in the save dialog, e.g. "receipt-ct_0123.pdf". */
    suggestedName: z.string().trim().min(1).max(120),
    /** The merchant's locale: decides Letter or A4. */
    locale: z.string().trim().min(1).max(35)
  })
  .strict()
export type SavePdfArgs = z.input<typeof SavePdfArgs>

export type SavePdfResult = { saved: true; path: string } | { saved: false }

/** The code of a failed save (the message says what happened and what to do). */
export const PDF_SAVE_FAILED = 'PDF_SAVE_FAILED'
