// The Paylink's QR code as one SVG path: the `qrcode` library encodes, we only draw its modules.
import QRCode from 'qrcode'

/** Light modules around the symbol (the quiet zone scanners need; 4 is the standard's). */
export const QR_MARGIN = 4
/** M: 15 % of the symbol may be damaged (a scratched screen, glare) and it still scans. */
export const QR_ERROR_CORRECTION = 'M'

export interface QrDrawing {
  /** Modules across, the quiet zone included (the SVG's viewBox is size × size). */
  size: number
  /** Every dark module, one run of a row per sub-path, in module units. */
  path: string
}

export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION })
  const n = modules.size
  let path = ''
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < n && modules.get(row, col)) col++
      path += `M${start + QR_MARGIN} ${row + QR_MARGIN}h${col - start}v1h${start - col}z`
    }
  }
  return { size: n + 2 * QR_MARGIN, path }
}
