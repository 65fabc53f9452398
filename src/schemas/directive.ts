import { z } from 'astro/zod';
import { confidence, documentKind, documentNumber, isoDate, level, period, source, type ReferenceFn } from './shared';

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
