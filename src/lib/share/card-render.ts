/**
 * Draws a preview card (`card.ts` describes it): satori lays each band of the card out as an SVG,
 * with the text as outlines from Be Vietnam Pro (@fontsource ships its Vietnamese glyphs); resvg
 * rasterises it, about twice as fast as sharp's librsvg here; the bands every card shares (the
 * hotline) are drawn once per thread; sharp encodes the stacked bands as a full-colour PNG with zlib
 * level 6 and no row filters: about 7 ms and 42 KB a card, where a 64-colour palette PNG took 17 ms
 * (finding the palette is most of it) for 22 KB. At 10,000 plans that is two minutes of CPU saved
 * in a cold build for 230 MB more in `dist/`; the image is also exact (no colours merged). No
 * browser is involved.
 *
 * Runs in the card worker (`card-worker.ts`), off the thread that renders pages; Node runs this
 * file as it is, so its imports name their `.ts` files.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardStrips, cardWords, projectRequire, type CardElement } from './card.ts';

/**
 * Fontsource splits the font by script. Each subset gets a name of its own: satori falls back to
 * other families for a glyph the first lacks (đ, ệ, ư are in the Vietnamese subset), but never to
 * another file of the same family.
 */
const FONT_FILES = ['latin', 'vietnamese', 'latin-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: subset === 'latin' ? CARD_FONT : `${CARD_FONT} ${subset}`,
    weight,
    file: `@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`,
  })),
);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** The font files, read once per thread; each subset is a fallback for the glyphs others lack. */
function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      data: await readFile(projectRequire.resolve(file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Lays out one tree as an SVG; a character no font has stops the build, naming the card's words. */
async function layOut(tree: CardElement, height: number, card: CardElement): Promise<string> {
  const missing: string[] = [];
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height,
    fonts: await loadFonts(),
    loadAdditionalAsset: (_language, segment) => {
      missing.push(segment);
      return Promise.resolve([]);
    },
  });
  if (missing.length > 0)
    throw new Error(
      `Preview card "${cardWords(card)}": the card font has no glyph for ${missing.map((s) => JSON.stringify(s)).join(', ')}`,
    );
  return svg;
}

/** RGBA pixels of one tree, `CARD_WIDTH` wide. */
async function draw(tree: CardElement, height: number, card: CardElement): Promise<Buffer> {
  return new Resvg(await layOut(tree, height, card)).render().pixels;
}

/** The pixels of the bands every card shares (the hotline), drawn once per thread. */
const sharedStrips = new Map<string, Promise<Buffer>>();

/** RGBA pixels of a whole card: its bands (`cardStrips`) drawn one by one and stacked. */
export async function cardPixels(tree: CardElement): Promise<Buffer> {
  const strips = await Promise.all(
    cardStrips(tree).map(async (strip) => {
      if (strip.varies) return draw(strip.tree, strip.height, tree);
      const key = JSON.stringify(strip.tree);
      let pixels = sharedStrips.get(key);
      if (!pixels) {
        pixels = draw(strip.tree, strip.height, tree);
        sharedStrips.set(key, pixels);
        // A failed drawing is not kept: the next card says the same error.
        pixels.catch(() => sharedStrips.delete(key));
      }
      return pixels;
    }),
  );
  return Buffer.concat(strips);
}

/** RGBA pixels of the card drawn as one tree, the way `cardPixels` must match (tests). */
export async function wholeCardPixels(tree: CardElement): Promise<Buffer> {
  return draw(tree, CARD_HEIGHT, tree);
}

/** Draws a card as a PNG (see the module comment). */
export async function renderCard(tree: CardElement): Promise<Buffer> {
  return sharp(await cardPixels(tree), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
}

/** Draws a card into `file`, which appears whole or not at all (written aside, then renamed). */
export async function writeCard(tree: CardElement, file: string): Promise<void> {
  const png = await renderCard(tree);
  await mkdir(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  await writeFile(part, png);
  await rename(part, file);
}
