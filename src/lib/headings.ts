/**
 * Section links: the ASCII anchor of each heading in a plan or guidance article
 * (`III. TỔ CHỨC THỰC HIỆN` → `#iii-to-chuc-thuc-hien`) and the contents list built from them.
 * Anchors are printed and shared like URLs, so they depend only on the heading's words and on the
 * headings before it with the same words: the same text gives the same anchor on every build.
 */
import { slugify } from './slug';

/** Longest anchor, cut at a word: a heading can be a whole sentence. */
export const MAX_ANCHOR_LENGTH = 60;
/** The anchor of a heading with no letter or digit in it (a row of dashes, say). */
const FALLBACK = 'muc';

/** One heading's anchor, before duplicates are told apart. */
export function headingSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length === 0) return FALLBACK;
  if (slug.length <= MAX_ANCHOR_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ANCHOR_LENGTH + 1);
  const lastWord = cut.lastIndexOf('-');
  return lastWord > 0 ? cut.slice(0, lastWord) : slug.slice(0, MAX_ANCHOR_LENGTH);
}

/**
 * Anchors for the headings of one document, in order. A repeated heading gets `-2`, `-3` …, and
 * an anchor already taken (by an earlier heading or by the page around the text, `reserved`) is
 * never given twice.
 */
export function headingSlugger(reserved: Iterable<string> = []) {
  const used = new Set(reserved);
  return (text: string): string => {
    const base = headingSlug(text);
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsItem {
  href: string;
  text: string;
  children: ContentsItem[];
}

/**
 * The contents list of a document: its headings at `depths` (the first one the top level, the
 * next nested under it). Headings at other depths (a plan's "KẾ HOẠCH" title) are left out.
 */
export function contents(headings: Heading[], depths: readonly [number, number?]): ContentsItem[] {
  const [top, sub] = depths;
  const items: ContentsItem[] = [];
  for (const heading of headings) {
    const item = { href: `#${heading.slug}`, text: heading.text.trim(), children: [] };
    if (heading.depth === top) items.push(item);
    else if (heading.depth === sub) {
      const parent = items.at(-1);
      if (parent) parent.children.push(item);
      else items.push(item);
    }
  }
  return items;
}
