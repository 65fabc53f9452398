import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { citationPipeline } from './src/integrations/citations';
import searchIndex from './src/integrations/search-index.ts';
import shareCards from './src/integrations/share-cards.ts';
import { siteUrl } from './src/integrations/site-url';
import { CONTENT_DIR } from './src/lib/content-dir';
import { readRedirects } from './src/lib/published-urls';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links';
import { parseSiteUrl } from './src/lib/site-url';

/**
 * The public origin (SITE_URL): canonical links, Open Graph, the sitemap, RSS, the JSON files, QR
 * codes and print. `siteUrl()` refuses a production build without it (src/integrations/site-url.ts).
 */
const site = parseSiteUrl(process.env['SITE_URL']).site;

/** Links citations in the plans; strict in production builds and CI (see the module). */
const citations = citationPipeline(CONTENT_DIR);

export default defineConfig({
  ...(site ? { site } : {}),
  // Fixture builds in the tests point these elsewhere so they never touch the real build.
  ...(process.env['VTE_OUT_DIR'] ? { outDir: process.env['VTE_OUT_DIR'] } : {}),
  ...(process.env['VTE_CACHE_DIR'] ? { cacheDir: process.env['VTE_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  // Published addresses never die: an old one leads to its new page (content/redirects.yaml).
  redirects: readRedirects(),
  // Scoped styles mark their elements with a class rather than a data attribute: a few hundred
  // bytes less on the timeline page, which has many.
  scopedStyleStrategy: 'class',
  build: { format: 'directory' },
  markdown: {
    // Plans are reproduced character for character: no smart quotes, no "..." → "…".
    processor: unified({
      smartypants: false,
      gfm: true,
      remarkPlugins: [citations.remarkPlugin],
      // ASCII anchors and "#" links on every heading (plans, guidance).
      rehypePlugins: [rehypeHeadingLinks],
    }),
  },
  // shareCards and searchIndex run after the build has written every page (astro:build:done).
  integrations: [
    siteUrl(process.env['SITE_URL']),
    citations.integration,
    mdx(),
    sitemap(),
    shareCards(),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
