import { z } from 'astro/zod';
import { confidence, CORE_THEMES, period, source, type ReferenceFn } from './shared';

/** A program's timeline group: a shared theme, or `tong-the` for the general national programs. */
export const THEMES = [...CORE_THEMES, 'tong-the'] as const;

export function createProgramSchema(reference: ReferenceFn) {
  return z
    .object({
      /** The program’s name as its decision words it. */
      name: z.string().min(1, 'expected the program’s name'),
      /** When it runs, as a source words it; absent when no source gives the program's own period. */
      period: period.optional(),
      /** The decision that approved it; absent only when no source names one. */
      decision: reference('directives').optional(),
      /** Timeline group. */
      theme: z.enum(THEMES, { error: `expected one of: ${THEMES.join(', ')}` }),
      confidence,
      /** The plan through which an `as-cited` program is known. */
      knownFrom: reference('plans').optional(),
      /**
       * Targets a source gives for this program, each quoted word for word from a plan that serves
       * it (a plan's own targets belong on the plan's page, not here).
       */
      targets: z
        .array(
          z.object({
            plan: reference('plans'),
            quote: z.string().min(1, 'expected the target in the plan’s own words'),
          }),
        )
        .default([]),
      notes: z.array(z.string().min(1)).default([]),
      sources: z.array(source).default([]),
    })
    .refine((p) => p.decision !== undefined || p.knownFrom !== undefined, {
      message: 'expected a decision, or knownFrom naming the plan that cites the program',
      path: ['decision'],
    });
}
