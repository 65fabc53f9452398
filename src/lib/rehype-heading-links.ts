/**
 * rehype plugin: gives every heading of a plan or guidance text its ASCII anchor
 * (`src/lib/headings.ts`) and a visible "#" link to it, so a reader can copy a link to a section.
 *
 * The link sits beside the heading, not inside it: inside, its name would become part of the
 * heading's own name in a screen reader's list of headings. Its "#" is drawn by CSS and its name
 * is an `aria-label`, so the text of the document (what the fidelity check compares with the
 * original, and what search indexes) gains no character. Astro's own heading ids step keeps the
 * ids set here and reports them to `render()`, which the contents list reads.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { headingSlugger } from './headings';
import { format, ui } from './i18n';

const HEADING = /^h[2-6]$/;

/** The words of a heading, as a reader sees them (links and emphasis included). */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The wrapper's class names the level (`anchored-h2`), for styles that follow a heading. */
export const ANCHORED_CLASS = 'anchored';
export const ANCHOR_CLASS = 'anchor';

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    const slug = headingSlugger();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!HEADING.test(node.tagName) || !parent || index === undefined) return;
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      const id = slug(text);
      node.properties['id'] = id;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: [ANCHOR_CLASS],
          ariaLabel: format(ui.share.sectionLink, { heading: text }),
        },
        children: [],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: [ANCHORED_CLASS, `${ANCHORED_CLASS}-${node.tagName}`] },
        children: [node, link],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
  };
}
