import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCampaignSchema } from './schemas/campaign';
import { createDirectiveSchema } from './schemas/directive';
import { createGuidanceSchema } from './schemas/guidance';
import { createHotlineSchema } from './schemas/hotline';
import { createPlanSchema } from './schemas/plan';
import { createProgramSchema } from './schemas/program';
import type { ReferenceFn } from './schemas/shared';

/** The collections live in the top-level content/ folder (the product’s content model). */
const CONTENT_ROOT = process.env['VTE_CONTENT_DIR'] ?? './content';
const ref = reference as unknown as ReferenceFn;

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_ROOT}/plans` }),
  schema: createPlanSchema(ref),
});
const guidance = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_ROOT}/guidance` }),
  schema: createGuidanceSchema(ref),
});
const directives = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/directives` }),
  schema: createDirectiveSchema(ref),
});
const programs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/programs` }),
  schema: createProgramSchema(ref),
});
const hotlines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/hotlines` }),
  schema: createHotlineSchema(ref),
});

const campaigns = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/campaigns` }),
  schema: createCampaignSchema(ref),
});

export const collections = { plans, guidance, directives, programs, hotlines, campaigns };
