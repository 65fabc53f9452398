/**
 * Reading a QR code drawn as SVG, the way a phone's camera would: the SVG is rasterised by sharp
 * and the pixels are decoded by jsQR. Used by the unit tests of the QR module and the checks on
 * every built page.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';

/** What the QR code in `svg` says, or undefined when no code can be read in it. */
export async function readQrSvg(svg: string, size = 400): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(size, size)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/** An SVG document of a QR path as the site draws it (src/components/share/QrCode.astro). */
export const qrSvg = (size: number, path: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000" stroke-width="1" fill="none"/></svg>`;
