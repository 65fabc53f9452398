import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { citationPipeline } from './src/integrations/citations';
import searchIndex from './src/integrations/search-index.ts';
import { CONTENT_DIR } from './src/lib/content-dir';

/**
 * The public origin, used for canonical links, the sitemap and share cards. Deployments set
 * SITE_URL; the default is a reserved placeholder domain so nothing points at a stranger's site.
 */
const site = process.env['SITE_URL'] ?? 'https://vitreem.example';

/** Links citations in the plans; strict in production builds and CI (see the module). */
const citations = citationPipeline(CONTENT_DIR);

export default defineConfig({
  site,
  // Fixture builds in the tests point these elsewhere so they never touch the real build.
  ...(process.env['VTE_OUT_DIR'] ? { outDir: process.env['VTE_OUT_DIR'] } : {}),
  ...(process.env['VTE_CACHE_DIR'] ? { cacheDir: process.env['VTE_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  // Scoped styles mark their elements with a class rather than a data attribute: a few hundred
  // bytes less on the timeline page, which has many.
  scopedStyleStrategy: 'class',
  build: { format: 'directory' },
  markdown: {
    // Plans are reproduced character for character: no smart quotes, no "..." → "…".
    processor: unified({ smartypants: false, gfm: true, remarkPlugins: [citations.remarkPlugin] }),
  },
  // searchIndex runs after the build has written every page (astro:build:done).
  integrations: [citations.integration, mdx(), sitemap(), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
  },
});
