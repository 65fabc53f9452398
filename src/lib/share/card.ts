/**
 * The preview card of a page: a 1200×630 PNG that Facebook, Zalo and other apps show with a
 * shared link. Its layout is an element tree that satori lays out and turns into an SVG (text as
 * outlines, from Be Vietnam Pro, which @fontsource ships with its Vietnamese glyphs); resvg
 * rasterises it and sharp encodes the PNG (`card-render.ts`). No browser is involved.
 *
 * `cardTree()` is pure: everything the image depends on is in the tree, so its hash (`cardKey()`)
 * names the image, and an image already made for the same tree is never made again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { themeColour } from './theme.ts';

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

/**
 * Text that may run long: cut with an ellipsis after `lines` lines. No `overflow: hidden`: satori
 * clamps the lines without it, and a clip costs resvg a mask the size of the card (it drew the
 * card in twice the time) and cut the marks under the last line (`ậ`, `ợ`).
 */
const clamped = (text: string, style: Record<string, string | number>, lines: number): CardElement => ({
  type: 'div',
  props: {
    style: { display: 'block', lineClamp: lines, textOverflow: 'ellipsis', ...style },
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
      // Drawn as a band of its own (`cardStrips`), which clips whatever would run over the hotline.
      el({ flexGrow: 1, flexDirection: 'column', padding: '48px 72px 28px' }, body),
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

/** A horizontal band of a card, drawn on its own (`cardStrips`). */
export interface CardStrip {
  tree: CardElement;
  height: number;
  /** Whether the strip holds what varies from page to page (the one without a fixed height). */
  varies: boolean;
}

/**
 * A card cut into its horizontal bands, top to bottom, each a tree of its own at full width: the
 * children of the card's column with a fixed height keep it, and the one that grows takes the rest.
 * Drawn one by one and stacked, they make the same image as the whole tree, and the bands that
 * are the same on every card (the hotline) are drawn once (`card-render.ts`).
 */
export function cardStrips(tree: CardElement): CardStrip[] {
  const { style = {}, children } = tree.props;
  const parts = Array.isArray(children) ? children : [];
  const fixed = parts.map((part) => part.props.style?.['height']);
  const growing = fixed.filter((height) => typeof height !== 'number').length;
  if (style['flexDirection'] !== 'column' || parts.length === 0 || growing !== 1)
    throw new Error('cardStrips: a card is a column of bands, one of them without a fixed height');
  const rest = CARD_HEIGHT - fixed.reduce<number>((sum, height) => sum + (typeof height === 'number' ? height : 0), 0);
  const { width: _width, height: _height, ...shared } = style;
  return parts.map((part, i) => {
    const height = typeof fixed[i] === 'number' ? fixed[i] : rest;
    return {
      tree: el({ ...shared, width: CARD_WIDTH, height }, [part]),
      height,
      varies: typeof fixed[i] !== 'number',
    };
  });
}

/** Resolves packages from the project, wherever the code that asks happens to run from. */
export const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/**
 * Versions of everything that draws the card (`card-render.ts`): a new font, renderer or encoder
 * makes new images. Read from the project's `node_modules`, wherever the build's bundle is.
 */
export const CARD_RENDERER = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/be-vietnam-pro']
  .map((name) => {
    const manifest = readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8');
    return `${name}@${(JSON.parse(manifest) as { version: string }).version}`;
  })
  .join(' ');

/** Bumped when `card-render.ts` changes how it draws or encodes, so old images are not reused. */
const DRAWING = 'strips, resvg, RGB PNG zlib 6 unfiltered, no clips';

/** The name of the image a tree makes: the same tree, the same name, on every build. */
export const cardKey = (tree: CardElement): string =>
  createHash('sha256').update(CARD_RENDERER).update(DRAWING).update(JSON.stringify(tree)).digest('hex').slice(0, 20);

/** The words of a tree, for an error message. */
export const cardWords = (tree: CardElement): string => {
  const { children } = tree.props;
  if (typeof children === 'string') return children;
  if (!children) return '';
  return (Array.isArray(children) ? children : [children]).map(cardWords).filter(Boolean).join(' / ');
};
