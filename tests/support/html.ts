/**
 * Reading built HTML in Node, without a browser: htmlparser2 parses (implied end tags, entities),
 * domutils walks the tree. What a browser test would ask through roles (a region by its name, a
 * link's href) is asked here of the markup that gives the role.
 */
import { findAll, findOne, getAttributeValue, hasAttrib, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof findAll>[number];
type HtmlNode = HtmlDocument['children'][number];

/** An element node (htmlparser2 gives script and style elements their own node types). */
const isTag = (node: unknown): node is HtmlElement =>
  typeof node === 'object' && node !== null && 'name' in node && 'attribs' in node;

export const parseHtml = (html: string): HtmlDocument => parseDocument(html);

/** Whitespace folded to single spaces, as text is compared across formats. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every element in `root` (itself included) for which `test` holds, in document order. */
export function all(root: HtmlNode | HtmlNode[], test: (el: HtmlElement) => boolean): HtmlElement[] {
  return findAll(test, Array.isArray(root) ? root : [root]);
}

export const attr = (el: HtmlElement, name: string): string | undefined => getAttributeValue(el, name);

/** An element's text, whitespace folded. */
export const text = (node: HtmlNode | HtmlNode[]): string => normalise(textContent(node));

export const byTag = (name: string) => (el: HtmlElement) => el.name === name;

/** True when the element or one of its ancestors carries `hidden`, so a reader never sees it. */
export function isHidden(el: HtmlElement): boolean {
  for (let node: HtmlElement['parent'] = el; node && isTag(node); node = node.parent) {
    if (hasAttrib(node, 'hidden')) return true;
  }
  return false;
}

/**
 * The element whose accessible name is `name`: `aria-label`, or `aria-labelledby` naming an
 * element with that text (how the site labels its sections). Undefined when there is none.
 */
export function region(doc: HtmlDocument, name: string): HtmlElement | undefined {
  const found = findOne((el) => {
    if (attr(el, 'aria-label') === name) return true;
    const labelledBy = attr(el, 'aria-labelledby');
    if (!labelledBy) return false;
    const label = labelledBy
      .split(/\s+/)
      .map((id) => findOne((e) => attr(e, 'id') === id, doc.children))
      .map((e) => (e ? text(e) : ''))
      .join(' ');
    return label === name;
  }, doc.children);
  return found ?? undefined;
}

/** The `href` of every link under `root`, in document order. */
export const hrefs = (root: HtmlNode | HtmlNode[]): string[] =>
  all(root, (el) => el.name === 'a' && hasAttrib(el, 'href')).map((a) => attr(a, 'href')!);

/** Every JSON-LD block of a page, parsed. */
export function jsonLd(doc: HtmlDocument): unknown[] {
  return all(doc, (el) => el.name === 'script' && attr(el, 'type') === 'application/ld+json').map(
    (el) => JSON.parse(textContent(el)) as unknown,
  );
}

/** Every `id` a fragment (`#…`) can point at: element ids and the old `<a name>`. */
export function anchors(doc: HtmlDocument): Set<string> {
  const ids = all(doc, (el) => hasAttrib(el, 'id') || (el.name === 'a' && hasAttrib(el, 'name'))).map(
    (el) => attr(el, 'id') ?? attr(el, 'name')!,
  );
  return new Set(ids);
}

/** Elements whose tags do not break a line of text: "Gọi <strong>111</strong>" stays one phrase. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '),
);
/** Attributes whose text is shown or read out. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'content'];

/**
 * What a reader sees or hears: the text of the page with block elements on their own lines, the
 * attributes that are shown or read out, and JSON-LD. Other scripts, styles, templates and
 * comments are code, not text.
 */
export function readableText(doc: HtmlDocument): string {
  const lines: string[] = [];
  const attributes: string[] = [];
  const jsonLdText: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.type === 'text') {
      lines.push(node.data);
      return;
    }
    if (node.type === 'comment') {
      lines.push('\n');
      return;
    }
    if (!isTag(node)) {
      if ('children' in node) node.children.forEach(walk);
      return;
    }
    for (const name of READ_ATTRIBUTES) {
      const value = attr(node, name);
      if (value !== undefined) attributes.push(value);
    }
    if (node.name === 'script') {
      if (attr(node, 'type') === 'application/ld+json') jsonLdText.push(textContent(node));
      return;
    }
    if (node.name === 'style' || node.name === 'template') return;
    const block = !INLINE.has(node.name);
    if (block) lines.push('\n');
    node.children.forEach(walk);
    if (block) lines.push('\n');
  };
  doc.children.forEach(walk);
  return [lines.join(''), ...attributes, ...jsonLdText].join('\n');
}

/** The nearest ancestor (or the element itself) whose tag is one of `tags`, or undefined. */
export function closest(el: HtmlElement, tags: readonly string[]): HtmlElement | undefined {
  for (let node: HtmlElement['parent'] = el; node && isTag(node); node = node.parent) {
    if (tags.includes(node.name)) return node;
  }
  return undefined;
}

/** Whether the element sits inside an element for which `test` holds (itself included). */
export function within(el: HtmlElement, test: (ancestor: HtmlElement) => boolean): boolean {
  for (let node: HtmlElement['parent'] = el; node && isTag(node); node = node.parent) {
    if (test(node)) return true;
  }
  return false;
}
