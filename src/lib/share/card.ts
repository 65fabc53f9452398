/**
 * The preview card of a page: a 1200×630 PNG that Facebook, Zalo and other apps show with a
 * shared link. Its layout is an element tree that satori lays out and turns into an SVG (text as
 * outlines, from Be Vietnam Pro, which @fontsource ships with its Vietnamese glyphs); sharp
 * turns the SVG into a PNG. No browser is involved.
 *
 * `cardTree()` is pure: everything the image depends on is in the tree, so its hash (`cardKey()`)
 * names the image, and an image already made for the same tree is never made again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { themeColour } from './theme';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Be Vietnam Pro';

/** What a card says. */
export interface CardModel {
  /** The kind and number of a document ("Kế hoạch 60/KH-LĐLĐ"), or the section. */
  kicker?: string | undefined;
  /** The page's Vietnamese title. */
  title: string;
  /** One more line: issuer and date, the campaign's next date, the audience. */
  detail?: string | undefined;
}

/** The lines every card carries: the site's name and the hotline. */
export interface CardFrame {
  site: string;
  /** "Gọi 111". */
  call: string;
  /** "miễn phí, 24/7". */
  callDetail: string;
  /** "Tổng đài điện thoại quốc gia bảo vệ trẻ em". */
  callName: string;
}

/** An element as satori takes it (the shape of a React element, without React). */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

const el = (style: Record<string, string | number>, children?: string | CardElement | CardElement[]): CardElement => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children ? { children } : {}) },
});

/** A short title is set large; a long one smaller and clamped, so it always fits. */
function titleSize(title: string): { fontSize: number; lines: number } {
  if (title.length <= 50) return { fontSize: 68, lines: 3 };
  if (title.length <= 90) return { fontSize: 58, lines: 4 };
  if (title.length <= 140) return { fontSize: 48, lines: 5 };
  return { fontSize: 40, lines: 5 };
}

/** Text that may run long: cut with an ellipsis after `lines` lines. */
const clamped = (text: string, style: Record<string, string | number>, lines: number): CardElement => ({
  type: 'div',
  props: {
    style: { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', overflow: 'hidden', ...style },
    children: text,
  },
});

export function cardTree(model: CardModel, frame: CardFrame): CardElement {
  const brand = themeColour('brand-900');
  const pale = themeColour('brand-100');
  const alert = themeColour('alert-700');
  const { fontSize, lines } = titleSize(model.title);
  const body: CardElement[] = [el({ fontSize: 34, fontWeight: 700, color: pale }, frame.site), el({ flexGrow: 1 })];
  if (model.kicker) body.push(clamped(model.kicker, { fontSize: 34, fontWeight: 700, color: pale }, 1));
  body.push(clamped(model.title, { fontSize, fontWeight: 700, lineHeight: 1.18, marginTop: 12 }, lines));
  if (model.detail) body.push(clamped(model.detail, { fontSize: 28, color: pale, marginTop: 18 }, 2));
  body.push(el({ flexGrow: 1 }));
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      backgroundColor: brand,
      color: '#ffffff',
      fontFamily: CARD_FONT,
    },
    [
      el({ flexGrow: 1, flexDirection: 'column', overflow: 'hidden', padding: '48px 72px 28px' }, body),
      el({ height: 124, flexShrink: 0, alignItems: 'center', backgroundColor: alert, padding: '0 72px' }, [
        el({ fontSize: 60, fontWeight: 700, marginRight: 32 }, frame.call),
        el({ flexDirection: 'column', fontSize: 26, lineHeight: 1.25 }, [
          el({ fontWeight: 700 }, frame.callName),
          el({}, frame.callDetail),
        ]),
      ]),
    ],
  );
}

/** Resolves packages from the project, wherever the build's own bundle happens to be written. */
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

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

/** Versions of everything that draws the card: a new font or renderer makes new images. */
const RENDERER = ['satori', 'sharp', '@fontsource/be-vietnam-pro']
  .map((name) => {
    const manifest = readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8');
    return `${name}@${(JSON.parse(manifest) as { version: string }).version}`;
  })
  .join(' ');

/** The name of the image a tree makes: the same tree, the same name, on every build. */
export const cardKey = (tree: CardElement): string =>
  createHash('sha256').update(RENDERER).update(JSON.stringify(tree)).digest('hex').slice(0, 20);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** The font files, read once per process; each subset is a fallback for the glyphs others lack. */
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

/** The words of a tree, for an error message. */
const wordsOf = (tree: CardElement): string => {
  const { children } = tree.props;
  if (typeof children === 'string') return children;
  if (!children) return '';
  return (Array.isArray(children) ? children : [children]).map(wordsOf).filter(Boolean).join(' / ');
};

/**
 * Draws a card: satori lays it out as SVG, sharp makes a PNG of it (palette, to keep it small).
 * A character no font has would be drawn as an empty box, so it stops the build instead.
 */
export async function renderCard(tree: CardElement): Promise<Buffer> {
  const missing: string[] = [];
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    loadAdditionalAsset: (_language, segment) => {
      missing.push(segment);
      return Promise.resolve([]);
    },
  });
  if (missing.length > 0)
    throw new Error(
      `Preview card "${wordsOf(tree)}": the card font has no glyph for ${missing.map((s) => JSON.stringify(s)).join(', ')}`,
    );
  return sharp(Buffer.from(svg)).png({ palette: true, quality: 95, compressionLevel: 9, effort: 8 }).toBuffer();
}
