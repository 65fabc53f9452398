import { z } from 'astro/zod';
import { isoDate, type ReferenceFn } from './shared';

export const AUDIENCES = ['cha-me-cnvcld', 'can-bo-cong-doan', 'tre-em'] as const;

export function createGuidanceSchema(reference: ReferenceFn) {
  return z
    .object({
      title: z.string().min(1, 'expected the article’s title'),
      /** One or two plain sentences shown in lists and previews. */
      summary: z.string().min(1, 'expected a one-sentence summary'),
      audience: z
        .array(z.enum(AUDIENCES, { error: `expected one of: ${AUDIENCES.join(', ')}` }))
        .min(1, 'expected at least one audience'),
      /** Plans the article rests on. */
      sourcePlans: z.array(reference('plans')).default([]),
      /** Directives and laws the article rests on. */
      sourceDirectives: z.array(reference('directives')).default([]),
      /** Hotlines the article names. */
      hotlines: z.array(reference('hotlines')).default([]),
      /** Whether shared/reference/FACTS.md is also a source. */
      usesReferenceFacts: z.boolean().default(false),
      updated: isoDate,
    })
    .refine((g) => g.sourcePlans.length + g.sourceDirectives.length > 0 || g.usesReferenceFacts, {
      message: 'expected at least one source: sourcePlans, sourceDirectives or usesReferenceFacts',
      path: ['sourcePlans'],
    });
}
