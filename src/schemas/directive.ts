import { z } from 'astro/zod';
import { confidence, documentKind, documentNumber, isoDate, level, period, source, type ReferenceFn } from './shared';

/**
 * What the page at `textUrl` is, so that the link says what the reader will find there:
 * - `official`: the text on the government's own portal (vanban.chinhphu.vn and the like);
 * - `legal-database`: the text in a legal database that is not an official site;
 * - `excerpt`: part of the text only (one chapter);
 * - `article`: a news or portal article about the document, not its text.
 */
export const TEXT_KINDS = ['official', 'legal-database', 'excerpt', 'article'] as const;

/** The fields of a document that may carry their own confidence. */
export const CAVEATABLE_FIELDS = ['signer', 'issued', 'inForce', 'period'] as const;

export function createDirectiveSchema(reference: ReferenceFn) {
  return z
    .object({
      /** Số hiệu exactly as the reference or the citing plan writes it. */
      number: documentNumber,
      kind: documentKind,
      /** Issuing body, e.g. "Thủ tướng Chính phủ". */
      issuer: z.string().min(1, 'expected the issuing body'),
      /** Signer, only where a source names one. */
      signer: z.string().min(1).optional(),
      /** Date of issue (or of passing, for a law). */
      issued: isoDate.optional(),
      /** Date it takes effect, where a source gives it. */
      inForce: isoDate.optional(),
      /** Full title (trích yếu), as the source words it. */
      title: z.string().min(1, 'expected the full title (trích yếu)'),
      /** A short name people use, e.g. "Luật Trẻ em". */
      shortName: z.string().min(1).optional(),
      /**
       * Names the plans use for this document instead of its number, each exactly as a plan or the
       * reference facts word it ("Luật Trẻ em", a program's name). Citations by these names link here.
       */
      names: z.array(z.string().min(3, 'expected a name of at least three characters')).default([]),
      /** Documents this one says it implements, as its title or the reference facts state. */
      implements: z.array(reference('directives')).default([]),
      level,
      /** Province, for local documents. */
      province: z.string().min(1).optional(),
      /** Program period, where the document approves one. */
      period: period.optional(),
      /** How sure the facts are. `as-cited` documents are known only from a plan. */
      confidence,
      /**
       * A field a source gives with less certainty than the rest ("signer: med" where FACTS.md marks
       * the signer "(Med)"); the field is shown with that caveat wherever it appears.
       */
      fieldConfidence: z
        .partialRecord(
          z.enum(CAVEATABLE_FIELDS, { error: `expected one of: ${CAVEATABLE_FIELDS.join(', ')}` }),
          confidence,
        )
        .default({}),
      /** The plan through which an `as-cited` document is known. */
      knownFrom: reference('plans').optional(),
      /** Further facts from shared/reference, each a short sentence. */
      notes: z.array(z.string().min(1)).default([]),
      sources: z.array(source).default([]),
      /**
       * Where to read the document: the government's own portal page where the team has found one,
       * or else the source FACTS.md gives. The page labels the link with that site's name.
       */
      textUrl: z.url({ error: 'expected a full http(s) URL' }).optional(),
      /** What the page at `textUrl` is (see TEXT_KINDS). */
      textKind: z.enum(TEXT_KINDS, { error: `expected one of: ${TEXT_KINDS.join(', ')}` }).optional(),
      /** The document that replaced this one, as the reference facts say; its status is then "Hết hiệu lực". */
      replacedBy: z
        .object({
          directive: reference('directives'),
          /** How sure the reference facts are of the replacement. */
          confidence,
        })
        .optional(),
    })
    .refine((d) => (d.textUrl === undefined) === (d.textKind === undefined), {
      message: 'expected textUrl and textKind together (the link and what kind of page it is)',
      path: ['textKind'],
    })
    .refine((d) => d.confidence !== 'as-cited' || d.knownFrom !== undefined, {
      message: 'expected knownFrom (the citing plan) for a document known only as cited',
      path: ['knownFrom'],
    })
    .superRefine((d, ctx) => {
      for (const field of Object.keys(d.fieldConfidence) as (typeof CAVEATABLE_FIELDS)[number][]) {
        if (d[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `expected a ${field} for fieldConfidence.${field} to qualify (the document has none)`,
            path: ['fieldConfidence', field],
          });
        }
      }
    });
}
