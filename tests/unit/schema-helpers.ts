import { z } from 'astro/zod';
import type { ReferenceFn } from '../../src/schemas/shared';

/** Stands in for Astro's reference(): same output shape, {id, collection}. */
export const reference: ReferenceFn = (collection) =>
  z.string({ error: `expected the id of a ${collection} entry` }).transform((id) => ({ id, collection }));

/** Each problem as "field.path: message", the form a person reads in a build error. */
export function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
