import { getCollection, type CollectionEntry } from 'astro:content';
import type { Site } from './content';
import { findBrokenReferences } from './references';

export type Campaign = CollectionEntry<'campaigns'>;

let cached: Promise<Campaign[]> | undefined;

/**
 * Every campaign moment in page order. Their references to plans and directives are checked the
 * way loadSite() checks the other collections: a missing entry stops the build with file and field.
 */
export function loadCampaigns(site: Site): Promise<Campaign[]> {
  cached ??= (async () => {
    const campaigns = await getCollection('campaigns');
    const { plans, directives, programs, hotlines, guidance } = site;
    const problems = findBrokenReferences({ campaigns, plans, directives, programs, hotlines, guidance });
    if (problems.length > 0) {
      throw new Error(
        `Broken content references:\n${problems.map((p) => `${p.file}: field "${p.field}" refers to ${p.collection} entry "${p.id}", which does not exist`).join('\n')}`,
      );
    }
    return campaigns.sort((a, b) => a.data.order - b.data.order);
  })();
  return cached;
}
