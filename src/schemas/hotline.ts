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
      /** The date from which it holds for the line, where a source gives it (never before `since`). */
      from: isoDate.optional(),
      /**
       * For a fact that is a rule (a decree's article): the date the rule took effect, which may be
       * before the line began. Shown as that ("quy định có hiệu lực từ …"), never as the line's date.
       */
      ruleInForce: isoDate.optional(),
      /** "Tính đến năm …": the year a source last confirmed it, for facts that may change. */
      asOfYear: year.optional(),
    })
    .refine((f) => [f.from, f.ruleInForce, f.asOfYear].filter((v) => v !== undefined).length <= 1, {
      message: 'expected at most one of from, ruleInForce and asOfYear',
      path: ['asOfYear'],
    }),
]);
export type HotlineFact = z.infer<typeof hotlineFact>;

export function createHotlineSchema(reference: ReferenceFn) {
  return z
    .object({
      /** The number as people write it ("111", "0243.525.662"). */
      number: z.string().regex(/^[0-9][0-9. ]*[0-9]$/, 'expected a phone number of digits, dots and spaces'),
      /** Name of the line or service. */
      name: z.string().min(1, 'expected the name of the line'),
      /** What to call it for. */
      purpose: z.string().min(1, 'expected what the line is for'),
      /** Who runs it, with an "as of" where it changed. */
      operator: z.string().min(1).optional(),
      /** Where the line serves, only where a source says; absent when none does (the page then says nothing). */
      scope: z.enum(['toan-quoc', 'dia-phuong'], { error: 'expected "toan-quoc" or "dia-phuong"' }).optional(),
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
      /** An older number a plan names; the page points to 111 instead, and never offers it as a call. */
      superseded: z.boolean().default(false),
      /**
       * Set when FACTS.md §4 marks the number unverified: why it may not connect as printed. The site
       * then shows the number only as text, with this note: never a call link, a call button or on
       * the poster.
       */
      unverified: z.string().min(1, 'expected why the number may not connect as printed').optional(),
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
    })
    .superRefine((h, ctx) => {
      // A fact about the line cannot hold before the line began: a rule's date is `ruleInForce`.
      h.facts.forEach((fact, i) => {
        if (typeof fact === 'string' || fact.from === undefined || h.since === undefined) return;
        if (fact.from < h.since) {
          ctx.addIssue({
            code: 'custom',
            message: `from ${fact.from} is before the line began (since ${h.since}): a fact about the line cannot hold before then; for the date a rule took effect, use ruleInForce`,
            path: ['facts', i, 'from'],
          });
        }
      });
    });
}
