/**
 * The citation pipeline: the remark plugin that links citations (`remark-citations.ts`), fed by
 * one registry of citable documents, and the Astro integration that tells both what kind of run
 * this is.
 *
 * - Production mode comes from Astro itself: `astro:config:setup` receives the `command`. An
 *   unresolved citation fails `astro build` and any run in CI; `astro dev` only warns.
 * - The citable documents are read once per build. In `astro dev`, the dev server's watcher
 *   reports every change under content/directives and content/plans, and the registry reads the
 *   folders again before the next file is compiled.
 * - The links start with Astro's `base` (`astro.config.ts` passes it: the plugin is loaded with the
 *   config, where Vite sets no base of its own).
 */
import type { AstroIntegration } from 'astro';
import { citableRegistry } from '../lib/directive-registry';
import { remarkCitations, type RemarkCitationsOptions } from '../lib/remark-citations';

export function citationPipeline(contentDir: string, base = '/') {
  const registry = citableRegistry(contentDir);
  let strict = process.env['CI'] === 'true';
  const options: RemarkCitationsOptions = { documents: registry.documents, strict: () => strict, base };
  const integration: AstroIntegration = {
    name: 'vi-tre-em:citations',
    hooks: {
      'astro:config:setup': ({ command }) => {
        strict ||= command === 'build';
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.add(registry.folders);
        server.watcher.on('all', (_event, path) => registry.changed(path));
      },
    },
  };
  return { integration, remarkPlugin: [remarkCitations, options] as [typeof remarkCitations, RemarkCitationsOptions] };
}
