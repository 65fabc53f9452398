import { z } from 'astro/zod';
import { confidence, source, year, type ReferenceFn } from './shared';

/** A day of the year written MM-DD (01-06 is 1 June). */
const monthDay = z
  .string({ error: 'expected a day of the year written MM-DD, e.g. "06-01"' })
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day of the year written MM-DD, e.g. "06-01"');

/** When the moment falls each year. */
export const campaignDate = z.discriminatedUnion(
  'kind',
  [
    /** The same solar day(s) every year. */
    z.object({ kind: z.literal('fixed'), start: monthDay, end: monthDay.optional() }),
    /** A lunar-calendar day; its solar date is computed for each year, never typed in. */
    z.object({
      kind: z.literal('lunar'),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(30),
    }),
    /** Held every year, but no source gives a date (the page says so). */
    z.object({ kind: z.literal('unfixed') }),
  ],
  { error: 'expected "fixed", "lunar" or "unfixed"' },
);

/** Words quoted from a plan, exactly as the plan writes them. */
const planQuote = (reference: ReferenceFn) =>
  z.object({
    plan: reference('plans'),
    /** Verbatim text from the plan (a sentence or list item); checked against the plan by the e2e tests. */
    quote: z.string().min(1, 'expected the plan’s own words'),
  });

export function createCampaignSchema(reference: ReferenceFn) {
  return z.object({
    /** The moment’s name as Vietnamese texts write it. */
    name: z.string().min(1, 'expected the name of the moment'),
    /** Order on the campaigns page. */
    order: z.number().int().min(1),
    date: campaignDate,
    /** One plain sentence on what the moment is, from shared/reference/FACTS.md §5. */
    summary: z.string().min(1, 'expected a one-sentence summary'),
    /** How sure the date is, where FACTS.md §5 says. */
    confidence: confidence.optional(),
    /** The law that sets the moment, where one does. */
    basis: reference('directives').optional(),
    /** The basis in words, e.g. "Luật Trẻ em, Điều 11". */
    basisNote: z.string().min(1).optional(),
    /** Yearly themes, as FACTS.md lists them. */
    yearlyThemes: z
      .array(
        z.object({
          year,
          /** The theme word for word. */
          theme: z.string().min(1, 'expected the year’s theme'),
          /** Who ran it or when it was launched, where FACTS.md says. */
          note: z.string().min(1).optional(),
        }),
      )
      .default([]),
    /** How sure the yearly themes are. */
    themesConfidence: confidence.optional(),
    /** Plans that organise the moment, each with the words that say so. */
    plans: z.array(planQuote(reference)).default([]),
    /** The text offered for sharing: a plan’s own words. */
    share: planQuote(reference).optional(),
    notes: z.array(z.string().min(1)).default([]),
    sources: z.array(source).default([]),
  });
}
