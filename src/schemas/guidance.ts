import { z } from 'astro/zod';
import { isoDate, type ReferenceFn } from './shared';

export const AUDIENCES = ['cha-me-cnvcld', 'can-bo-cong-doan', 'tre-em'] as const;

/** A fact's number in docs/reference/GUIDANCE-FACTS.md: topic, dot, number ("1.23"). */
export const guidanceFactId = z
  .string({ error: 'expected a GUIDANCE-FACTS.md fact number such as "1.23"' })
  .regex(/^[1-9]\d*\.[1-9]\d*$/, 'expected a GUIDANCE-FACTS.md fact number such as "1.23" (in quotes)');

/**
 * A point of the "Independent check" in GUIDANCE-FACTS.md, named by its bold phrase without the
 * fact numbers after it ("Medical care comes first, evidence second").
 */
export const checkPoint = z
  .string({ error: 'expected the bold phrase of an Independent-check point' })
  .trim()
  .min(3, 'expected the bold phrase of an Independent-check point, such as "Anonymous reports"');

/** A fact in docs/reference/FACTS.md: "§", the section number, then the row or bullet it is ("§4 111"). */
export const referenceFactKey = z
  .string({ error: 'expected a FACTS.md fact such as "§4 111"' })
  .regex(/^§[1-9]\d*(?: \S.*)?$/, 'expected a FACTS.md fact such as "§4 111" or "§6": "§", section, row');

/** A web page an article rests on; the article ends with it as a link. */
export const externalSource = z.strictObject(
  {
    /** What the page is, in Vietnamese, with its publisher: "Nghị định 56/2017/NĐ-CP, Điều 25 (thuvienphapluat.vn)". */
    label: z.string({ error: 'expected a label for the page' }).trim().min(1, 'expected a label for the page'),
    /** The page's address, exactly as the fact entry gives it. */
    url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) address, as the fact entry gives it' }),
    /** The facts this page supports: GUIDANCE-FACTS ids, Independent-check points or FACTS.md facts. */
    facts: z
      .array(z.string().trim().min(1))
      .min(1, 'expected the facts this page supports, such as ["1.23"]: a source is listed for a fact'),
  },
  { error: unknownFields('an external source', 'label, url, facts') },
);
export type ExternalSource = z.infer<typeof externalSource>;

/** The message for a field the schema does not know: a misspelt field must not be silently dropped. */
function unknownFields(what: string, fields: string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field ${(issue.keys ?? []).join(', ')} in ${what} (expected: ${fields})`
      : undefined;
}

const GUIDANCE_FIELDS =
  'title, summary, audience, urgent, sourcePlans, sourceDirectives, hotlines, guidanceFacts, checkPoints, referenceFacts, externalSources, updated';

export function createGuidanceSchema(reference: ReferenceFn) {
  return z
    .strictObject(
      {
        /** The article's title, which is also its heading. */
        title: z.string().min(1, 'expected the article’s title'),
        /** One or two plain sentences shown in lists and previews. */
        summary: z.string().min(1, 'expected a one-sentence summary'),
        /** Who the article is written for. */
        audience: z
          .array(z.enum(AUDIENCES, { error: `expected one of: ${AUDIENCES.join(', ')}` }))
          .min(1, 'expected at least one audience'),
        /**
         * The article for a child who may be in danger ("Khi nghi ngờ trẻ bị xâm hại"): the home
         * page's red box, the hotline page and the safety bar link it, and it is listed first. One
         * article has it.
         */
        urgent: z.boolean().default(false),
        /** Plans the article rests on. */
        sourcePlans: z.array(reference('plans')).default([]),
        /** Directives and laws the article rests on (entries of the site). */
        sourceDirectives: z.array(reference('directives')).default([]),
        /** Hotlines shown in the article's "Cần giúp ngay?" box, as call buttons. */
        hotlines: z.array(reference('hotlines')).default([]),
        /** GUIDANCE-FACTS.md facts the article states, by number ("1.23"). */
        guidanceFacts: z.array(guidanceFactId).default([]),
        /** Independent-check points of GUIDANCE-FACTS.md the article states, by their bold phrase. */
        checkPoints: z.array(checkPoint).default([]),
        /** FACTS.md facts the article states ("§4 111"). */
        referenceFacts: z.array(referenceFactKey).default([]),
        /** Web pages the facts come from, listed at the end of the article as links. */
        externalSources: z.array(externalSource).default([]),
        /** The date the article was last checked against its sources ("Cập nhật"). */
        updated: isoDate,
      },
      { error: unknownFields('a guidance article', GUIDANCE_FIELDS) },
    )
    .superRefine((g, ctx) => {
      const sources =
        g.sourcePlans.length + g.sourceDirectives.length + g.guidanceFacts.length + g.referenceFacts.length;
      if (sources === 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected at least one source: sourcePlans, sourceDirectives, guidanceFacts or referenceFacts',
          path: ['sourcePlans'],
        });
      }
      const duplicates = <T>(values: T[]) => values.filter((v, i) => values.indexOf(v) !== i);
      for (const field of ['guidanceFacts', 'checkPoints', 'referenceFacts'] as const) {
        for (const value of new Set(duplicates(g[field]))) {
          ctx.addIssue({ code: 'custom', message: `"${value}" is listed twice`, path: [field] });
        }
      }
      const urls = g.externalSources.map((s) => s.url);
      urls.forEach((url, i) => {
        if (urls.indexOf(url) !== i) {
          ctx.addIssue({
            code: 'custom',
            message: `${url} is listed twice: list a page once, with every fact it supports`,
            path: ['externalSources', i, 'url'],
          });
        }
      });
      const listed = new Set<string>([...g.guidanceFacts, ...g.checkPoints, ...g.referenceFacts]);
      g.externalSources.forEach((s, i) => {
        s.facts.forEach((fact, j) => {
          if (!listed.has(fact)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${fact}" is not among the article's guidanceFacts, checkPoints or referenceFacts`,
              path: ['externalSources', i, 'facts', j],
            });
          }
        });
      });
    });
}
