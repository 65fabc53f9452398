/**
 * Reads a built page the way Pagefind does: only the element marked `data-pagefind-body`, without
 * what is marked `data-pagefind-ignore`, with the `data-pagefind-meta`, `-filter`, `-sort` and
 * `-weight` annotations the components put on it. The indexer turns the result into a compact
 * search record (see `record.ts`). The HTML is parsed by htmlparser2, which reads any valid HTML
 * (implied end tags, unquoted attributes, entities) the way browsers do.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export interface PageBlock {
  /** Text of one block element (paragraph, heading, list item, table cell …). */
  text: string;
  /** Pagefind weight: 7 for h1 down to 2 for h6, `data-pagefind-weight`, otherwise 1. */
  weight: number;
  /** Where the block stands: in the page's `<article>` (its text), or in a `<dl>` (its data). */
  in?: 'article' | 'dl';
}

export interface SearchPage {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  blocks: PageBlock[];
}

/** Pagefind's default weights for headings. */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

/** Elements whose text is code or data, never words of the page. */
const RAW = new Set(['script', 'style', 'template', 'svg', 'noscript']);
/** Inline elements: their text continues the surrounding sentence. Everything else ends a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** Pagefind titles a page with its first h1 unless a `title` meta is given. */
const FIRST_HEADING = '\u0000h1';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `key:value` takes the value from the attribute; a bare `key` takes the element's text. */
interface Annotation {
  kind: 'meta' | 'filter' | 'sort';
  key: string;
  value: string | undefined;
}

function annotations(attributes: Record<string, string>): Annotation[] {
  const found: Annotation[] = [];
  for (const kind of ['meta', 'filter', 'sort'] as const) {
    const raw = attributes[`data-pagefind-${kind}`];
    if (raw === undefined) continue;
    const colon = raw.indexOf(':');
    if (colon === -1) {
      for (const key of raw.split(',')) found.push({ kind, key: key.trim(), value: undefined });
    } else {
      // As in Pagefind: everything after the first colon is the value of the last key.
      const keys = raw
        .slice(0, colon)
        .split(',')
        .map((k) => k.trim());
      const last = keys.pop()!;
      for (const key of keys) found.push({ kind, key, value: undefined });
      found.push({ kind, key: last, value: raw.slice(colon + 1) });
    }
  }
  if (found.some((a) => /\[.*\]/.test(a.key))) {
    throw new Error(`data-pagefind-* attribute references (key[attr]) are not supported: ${JSON.stringify(found)}`);
  }
  return found;
}

/** All the text of an element, as an annotation without a value takes it (ignored parts too). */
function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || RAW.has(node.name)) return '';
  return node.children.map(textOf).join('');
}

function findBody(nodes: AnyNode[]): Element | undefined {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.attribs['data-pagefind-body'] !== undefined) return node;
    const inside = findBody(node.children);
    if (inside) return inside;
  }
  return undefined;
}

/**
 * Reads the first `data-pagefind-body` element of a page. Returns `undefined` for a page without
 * one: Pagefind indexes only marked pages once any page on the site is marked.
 */
export function readPage(html: string): SearchPage | undefined {
  const body = findBody(parseDocument(html).children);
  if (!body) return undefined;
  const page: SearchPage = { meta: {}, filters: {}, sort: {}, blocks: [] };
  let block = '';
  let blockWeight = 1;
  let blockIn: PageBlock['in'];

  /** Ends the block of text being read: every element but an inline one starts and ends one. */
  const flush = () => {
    const text = squash(block);
    if (text) page.blocks.push(blockIn ? { text, weight: blockWeight, in: blockIn } : { text, weight: blockWeight });
    block = '';
  };
  const record = (annotation: Annotation, value: string) => {
    const clean = squash(value);
    if (!clean) return;
    if (annotation.kind === 'meta') {
      if (annotation.key !== FIRST_HEADING || page.meta[FIRST_HEADING] === undefined) page.meta[annotation.key] = clean;
    } else if (annotation.kind === 'sort') page.sort[annotation.key] = clean;
    else (page.filters[annotation.key] ??= []).push(clean);
  };

  const visit = (element: Element, ignoredAbove: boolean, weightAbove: number, inAbove?: PageBlock['in']) => {
    const { name, attribs } = element;
    const within = name === 'dl' ? 'dl' : name === 'article' && inAbove === undefined ? 'article' : inAbove;
    const inline = INLINE.has(name);
    if (!inline) flush();
    if (RAW.has(name)) return;
    const ignored = ignoredAbove || attribs['data-pagefind-ignore'] !== undefined;
    const explicitWeight = attribs['data-pagefind-weight'];
    const weight = explicitWeight !== undefined ? Number(explicitWeight) : (HEADING_WEIGHT[name] ?? weightAbove);
    if (!Number.isFinite(weight)) throw new Error(`data-pagefind-weight="${explicitWeight}" is not a number`);
    const pending: Annotation[] = [];
    for (const annotation of annotations(attribs)) {
      if (annotation.value !== undefined) record(annotation, annotation.value);
      else pending.push(annotation);
    }
    if (name === 'h1') pending.push({ kind: 'meta', key: FIRST_HEADING, value: undefined });
    for (const child of element.children) {
      if (isTag(child)) visit(child, ignored, weight, within);
      else if (isText(child) && !ignored) {
        if (!squash(block)) {
          blockWeight = weight;
          blockIn = within;
        }
        block += child.data;
      }
    }
    if (!inline) flush();
    // Recorded when the element ends, after what its children record. An element without
    // content (an image) gives its alt text.
    if (pending.length > 0) {
      const text = element.children.length > 0 ? textOf(element) : (attribs['alt'] ?? '');
      for (const annotation of pending) record(annotation, text);
    }
  };
  visit(body, false, 1);

  const firstHeading = page.meta[FIRST_HEADING];
  delete page.meta[FIRST_HEADING];
  if (page.meta['title'] === undefined && firstHeading !== undefined) page.meta['title'] = firstHeading;
  return page.blocks.length > 0 || Object.keys(page.meta).length > 0 ? page : undefined;
}
