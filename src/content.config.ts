import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { assertNoStrayFiles, contentPath } from './lib/content-dir';
import { pipelineKey, renderedAsMarkdown } from './lib/markdown-loader';
import { createCampaignSchema } from './schemas/campaign';
import { createDirectiveSchema } from './schemas/directive';
import { createGuidanceSchema } from './schemas/guidance';
import { createHotlineSchema } from './schemas/hotline';
import { createPlanSchema } from './schemas/plan';
import { createProgramSchema } from './schemas/program';
import type { ReferenceFn } from './schemas/shared';

/**
 * One collection per folder of the content folder (the product's content model), one file per entry;
 * a file of another kind in the folder stops the build rather than being skipped.
 */
const files = (folder: string, extension: 'mdx' | 'yaml') => {
  assertNoStrayFiles(folder, extension);
  return glob({ pattern: `*.${extension}`, base: contentPath(folder) });
};
const ref = reference as unknown as ReferenceFn;

export const collections = {
  // Plans are rendered when the content is synced, and again only when they change (see the loader).
  plans: defineCollection({
    loader: renderedAsMarkdown(files('plans', 'mdx'), (root, base) =>
      pipelineKey(root, base, contentPath('directives')),
    ),
    schema: createPlanSchema(ref),
  }),
  guidance: defineCollection({ loader: files('guidance', 'mdx'), schema: createGuidanceSchema(ref) }),
  directives: defineCollection({ loader: files('directives', 'mdx'), schema: createDirectiveSchema(ref) }),
  programs: defineCollection({ loader: files('programs', 'yaml'), schema: createProgramSchema(ref) }),
  hotlines: defineCollection({ loader: files('hotlines', 'mdx'), schema: createHotlineSchema(ref) }),
  campaigns: defineCollection({ loader: files('campaigns', 'yaml'), schema: createCampaignSchema(ref) }),
};
