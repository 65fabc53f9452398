import { getCollection, render } from 'astro:content';
import type { RecordedCitation } from './remark-citations';
import { assembleSite, type Site } from './site';

export type { Campaign, Directive, Guidance, Hotline, Plan, Program, Site } from './site';

let cached: Promise<Site> | undefined;

/**
 * Loads every collection once per build and hands it to `assembleSite()`, which checks every
 * reference and builds the indexes pages use. The citations come from rendering each plan: the
 * remark plugin records what it linked in the plan's frontmatter.
 */
export function loadSite(): Promise<Site> {
  cached ??= (async () => {
    const [plans, directives, programs, hotlines, guidance, campaigns] = await Promise.all([
      getCollection('plans'),
      getCollection('directives'),
      getCollection('programs'),
      getCollection('hotlines'),
      getCollection('guidance'),
      getCollection('campaigns'),
    ]);
    const citations = new Map<string, RecordedCitation[]>();
    for (const plan of plans) {
      const { remarkPluginFrontmatter } = await render(plan);
      const found = remarkPluginFrontmatter['citations'] as RecordedCitation[] | undefined;
      if (!Array.isArray(found))
        throw new Error(`${plan.filePath ?? plan.id}: the citation plugin did not run on this plan`);
      citations.set(plan.id, found);
    }
    return assembleSite({ plans, directives, programs, hotlines, guidance, campaigns }, citations);
  })();
  return cached;
}
