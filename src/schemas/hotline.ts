import { z } from 'astro/zod';
import { checkPoint, guidanceFactId } from './guidance';
import { confidence, isoDate, source, year, type ReferenceFn } from './shared';

/**
 * One fact about a line. A plain string, or an object that also says from when the fact holds,
 * because services change (FACTS §6: give "as of" dates).
 */
export const hotlineFact = z.union([
  z.string().min(1),
  z
    .object({
      /** The fact, one short sentence. */
      text: z.string().min(1, 'expected the fact as a sentence'),
      /** The date from which it holds, where a source gives it. */
      from: isoDate.optional(),
      /** What that date is, when it is not the fact's own start (e.g. a decree taking effect). */
      fromLabel: z.string().min(1).optional(),
      /** "Tính đến năm …": the year a source last confirmed it, for facts that may change. */
      asOfYear: year.optional(),
    })
    .refine((f) => f.from === undefined || f.asOfYear === undefined, {
      message: 'expected either from or asOfYear, not both',
      path: ['asOfYear'],
    }),
]);
export type HotlineFact = z.infer<typeof hotlineFact>;

export function createHotlineSchema(reference: ReferenceFn) {
  return z.object({
    /** The number as people write it ("111", "0243.525.662"). */
    number: z.string().regex(/^[0-9][0-9. ]*[0-9]$/, 'expected a phone number of digits, dots and spaces'),
    /** Name of the line or service. */
    name: z.string().min(1, 'expected the name of the line'),
    /** What to call it for. */
    purpose: z.string().min(1, 'expected what the line is for'),
    /** Who runs it, with an "as of" where it changed. */
    operator: z.string().min(1).optional(),
    scope: z.enum(['toan-quoc', 'dia-phuong'], { error: 'expected "toan-quoc" or "dia-phuong"' }),
    /** Cost of a call, where a source gives it. */
    cost: z.string().min(1).optional(),
    /** Opening hours, where a source gives them. */
    hours: z.string().min(1).optional(),
    /** Date from which the line is in service. */
    since: isoDate.optional(),
    /** Order on the hotline page and in the bar; 111 is 1. */
    order: z.number().int().min(1),
    /** An emergency number (113, 114, 115). */
    emergency: z.boolean().default(false),
    /** An older number a plan names; the page points to 111 instead. */
    superseded: z.boolean().default(false),
    confidence,
    /** Documents that mention the number. */
    mentionedInPlans: z.array(reference('plans')).default([]),
    mentionedInDirectives: z.array(reference('directives')).default([]),
    facts: z.array(hotlineFact).default([]),
    /** What happens when you call, only as far as a source says; the page says the rest is unknown. */
    onCall: z.array(z.string().min(1)).default([]),
    sources: z.array(source).default([]),
    /** GUIDANCE-FACTS.md facts the entry's text states ("7.2"); their pages are among `sources`. */
    guidanceFacts: z.array(guidanceFactId).default([]),
    /** Independent-check points of GUIDANCE-FACTS.md the text states, by their bold phrase. */
    checkPoints: z.array(checkPoint).default([]),
  });
}
