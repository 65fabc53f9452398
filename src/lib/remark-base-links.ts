/**
 * remark plugin: a link or image in the content written from the site's root
 * (`[…](/huong-dan/x/)`, as editors write them) gets Astro's `base`, so it still works when the
 * site is served from a sub-path (`/vi-tre-em/huong-dan/x/`). Links elsewhere (`https:`, `//`,
 * `#`, relative) are left as they are.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { normaliseBase } from './routes';

export function remarkBaseLinks(options: { base: string }) {
  const base = normaliseBase(options.base);
  return function transformer(tree: Root) {
    if (base === '/') return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      if (node.url.startsWith('/') && !node.url.startsWith('//')) node.url = `${base}${node.url.slice(1)}`;
    });
  };
}
