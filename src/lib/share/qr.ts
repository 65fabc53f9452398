/**
 * QR codes for the pages' addresses, made at build time and written inline as SVG (on screen on
 * demand, always in print). The `qrcode` package encodes; this module only draws its modules as
 * one path, a horizontal stroke per run of dark modules, which keeps the SVG small: it is on every
 * page.
 */
import QRCode from 'qrcode';

/** The light border a scanner needs around the code, in modules (ISO/IEC 18004 asks for four). */
export const QR_QUIET_ZONE = 4;

export interface QrCodeModel {
  /** Width and height in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** Strokes one module wide, one per run of dark modules in a row. */
  path: string;
  /** What the code says: the address it opens. */
  text: string;
}

/** Medium error correction: a printed poster can be creased or smudged and still scan. */
export function qrCode(text: string): QrCodeModel {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const rows: string[] = [];
  for (let row = 0; row < n; row += 1) {
    let d = '';
    let pen = -1;
    for (let col = 0; col < n;) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      let run = 1;
      while (col + run < n && modules.get(row, col + run)) run += 1;
      // The first run of a row moves absolutely; the next ones move from where the last ended.
      d += pen < 0 ? `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE + 0.5}h${run}` : `m${col - pen} 0h${run}`;
      pen = col + run;
      col += run;
    }
    rows.push(d);
  }
  return { size: n + 2 * QR_QUIET_ZONE, path: rows.join(''), text };
}
