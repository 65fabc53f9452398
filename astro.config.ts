import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { citationPipeline } from './src/integrations/citations';
import pagePolicy from './src/integrations/page-policy.ts';
import routeManifest from './src/integrations/route-manifest.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareCards from './src/integrations/share-cards.ts';
import { siteUrl } from './src/integrations/site-url';
import { CONTENT_DIR } from './src/lib/content-dir';
import { inlineScripts } from './src/lib/inline-scripts';
import { readRedirects } from './src/lib/published-urls';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links';
import { remarkBaseLinks } from './src/lib/remark-base-links';
import { normaliseBase } from './src/lib/routes';
import { astroCsp } from './src/lib/security';
import { parseSiteUrl } from './src/lib/site-url';

/**
 * The public origin (SITE_URL): canonical links, Open Graph, the sitemap, RSS, the JSON files, QR
 * codes and print. `siteUrl()` refuses a production build without it (src/integrations/site-url.ts).
 */
const site = parseSiteUrl(process.env['SITE_URL']).site;

/**
 * The path the site is served from: "/" at the root of a domain, or a sub-path such as
 * "/vi-tre-em/" for a GitHub Pages project site (the deploy workflow sets BASE_PATH from the
 * repository). Every path on the site comes from src/lib/routes.ts, which starts them all with it.
 */
const base = process.env['BASE_PATH'] || '/';

/** Links citations in the plans; strict in production builds and CI (see the module). */
const citations = citationPipeline(CONTENT_DIR, base);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Fixture builds in the tests point these elsewhere so they never touch the real build.
  ...(process.env['VTE_OUT_DIR'] ? { outDir: process.env['VTE_OUT_DIR'] } : {}),
  ...(process.env['VTE_CACHE_DIR'] ? { cacheDir: process.env['VTE_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  // Published addresses never die: an old one leads to its new page (content/redirects.yaml).
  redirects: readRedirects(),
  // Scoped styles mark their elements with a class rather than a data attribute: a few hundred
  // bytes less on the timeline page, which has many.
  scopedStyleStrategy: 'class',
  // Four routes rendered at once: a plan's Word file is built on a worker thread
  // (src/lib/export/docx-threads.ts), and the next routes go on meanwhile, so a cold build of
  // thousands of plans builds them on every core. Pages and cards do not depend on the order.
  build: { format: 'directory', concurrency: 4 },
  // A Content-Security-Policy in every page (src/lib/security.ts says what it allows and why).
  security: { csp: astroCsp(Object.values(inlineScripts(normaliseBase(base)))) },
  markdown: {
    // No code blocks in the content, and Shiki's inline styles would need an unsafe style policy.
    syntaxHighlight: false,
    // Plans are reproduced character for character: no smart quotes, no "..." → "…".
    // Links the editors write from the site's root get the base first; citation links carry it.
    processor: unified({
      smartypants: false,
      gfm: true,
      remarkPlugins: [[remarkBaseLinks, { base }], citations.remarkPlugin],
      // ASCII anchors and "#" links on every heading (plans, guidance).
      rehypePlugins: [rehypeHeadingLinks],
    }),
  },
  // A build reuses the pages whose data and code have not changed since the last one (plan pages
  // and their Word files give Astro a key: src/lib/pages/plans.ts).
  experimental: { incrementalBuild: true },
  // pagePolicy, searchIndex and shareCards run after the build has written every page
  // (astro:build:done), shareCards last, so that the preview cards still being drawn in the
  // background go on drawing while the search index is built; routeManifest tells the page-weight
  // budget which pages each route made.
  integrations: [
    siteUrl(process.env['SITE_URL']),
    citations.integration,
    mdx(),
    sitemap(),
    pagePolicy(),
    searchIndex(),
    shareCards(),
    routeManifest(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
