import { z } from 'astro/zod';
import { ISO_DATE, isCalendarDate, isIsoDate } from '../lib/dates';

/**
 * Schemas are built by factories that receive `reference`, so that the content config can pass
 * Astro's real `reference()` and unit tests can run the same schema outside Astro.
 */
export type ReferenceFn = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;

export const COLLECTIONS = ['plans', 'directives', 'programs', 'hotlines', 'guidance', 'campaigns'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The kind of every plan (a directive's entry names its own kind). */
export const PLAN_KIND = 'Kế hoạch';

/** Kinds of document the plans cite, as Vietnamese officials name them. */
export const DOCUMENT_KINDS = [
  'Luật',
  'Nghị quyết',
  'Nghị định',
  'Chỉ thị',
  'Quyết định',
  'Chương trình hành động',
  PLAN_KIND,
  'Công văn',
  'Thông tư',
] as const;
export const documentKind = z.enum(DOCUMENT_KINDS, {
  error: `expected one of: ${DOCUMENT_KINDS.join(', ')}`,
});

/** Where a document sits: national, provincial, or within one sector or union. */
export const LEVELS = ['trung-uong', 'tinh', 'nganh'] as const;
export const level = z.enum(LEVELS, { error: `expected one of: ${LEVELS.join(', ')}` });

/** How sure we are of a fact, as in shared/reference/FACTS.md. */
export const CONFIDENCE = ['high', 'med-high', 'med', 'as-cited'] as const;
export const confidence = z.enum(CONFIDENCE, { error: `expected one of: ${CONFIDENCE.join(', ')}` });

/**
 * A document number (số hiệu) as Vietnamese documents write it: digits, then `/` or `-`, then the
 * issuer code (`60/KH-LĐLĐ`, `20-CT/TW`, `34/2014/QĐ-TTg`, `102/2016/QH13`).
 */
export const documentNumber = z
  .string({ error: 'expected a document number such as "60/KH-LĐLĐ"' })
  .trim()
  .regex(/^\d+[-/]\s?[\p{Lu}\d][\p{L}\d&/-]*$/u, 'expected a document number such as "60/KH-LĐLĐ" or "20-CT/TW"');

/** A calendar date written as YYYY-MM-DD in frontmatter; kept as a string so no time zone shifts it. */
export const isoDate = z
  .string({ error: 'expected a date written YYYY-MM-DD' })
  .regex(ISO_DATE, 'expected a date written YYYY-MM-DD')
  // A malformed value is already reported by the regex above; say one thing at a time.
  .refine((value) => !isIsoDate(value) || isCalendarDate(value), 'expected a real calendar date (YYYY-MM-DD)');

export const year = z
  .number({ error: 'expected a year such as 2021' })
  .int('expected a whole year such as 2021')
  .min(1945, 'expected a year from 1945 on')
  .max(2100, 'expected a year before 2100');

/** How a period's label says the program's orientation runs past its end. */
const ORIENTED_TO = /định hướng đến năm (\d{4})/;

/** A span of years. Either end can be unknown; the page then says so instead of guessing. */
export const period = z
  .object({
    /** First year, when a source gives it. */
    start: year.optional(),
    /** Last year, when a source gives it. */
    end: year.optional(),
    /** The period exactly as the source words it, e.g. "2021–2025, định hướng đến năm 2030". */
    label: z.string().min(1, 'expected the period as the source words it'),
    /**
     * The year a program's orientation runs to, past its end, where the label says so ("định hướng
     * đến năm 2030"): until then the program has not ended.
     */
    orientedTo: year.optional(),
  })
  .refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, {
    message: 'expected start to be no later than end',
    path: ['end'],
  })
  .refine((p) => p.orientedTo === undefined || (p.end !== undefined && p.orientedTo > p.end), {
    message: 'expected orientedTo after end (the year the orientation runs to, past the period itself)',
    path: ['orientedTo'],
  })
  .refine((p) => (p.orientedTo !== undefined) === ORIENTED_TO.test(p.label), {
    message: 'expected orientedTo exactly when the label says "định hướng đến năm …", with that year',
    path: ['orientedTo'],
  })
  .refine(
    (p) =>
      p.orientedTo === undefined || (ORIENTED_TO.exec(p.label)?.[1] ?? String(p.orientedTo)) === String(p.orientedTo),
    {
      message: 'expected orientedTo to be the year the label gives after "định hướng đến năm"',
      path: ['orientedTo'],
    },
  );

/** A public web source for a fact, shown as "Nguồn tham khảo". */
export const source = z.object({
  /** What the link is, in Vietnamese or as the site names itself. */
  label: z.string().min(1, 'expected a label for the source'),
  url: z.url({ error: 'expected a full http(s) URL' }).optional(),
});

/** Lower-case ASCII slug, as used in every URL of the site. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case ASCII slug such as "dao-van-truyen"');

/** The child-protection themes programs and plans share; the timeline groups by them. */
export const CORE_THEMES = [
  'bao-ve',
  'xam-hai-bao-luc',
  'tai-nan-thuong-tich',
  'moi-truong-mang',
  'lao-dong-tre-em',
  'dinh-duong-suc-khoe',
  'quyen-tham-gia',
  'cong-doan',
] as const;

/** A plan's topics: the shared themes plus what only plans are about. */
export const TOPICS = [...CORE_THEMES, 'chien-dich', 'hoc-tap-khuyen-hoc', 'lao-dong-nu'] as const;
export const topic = z.enum(TOPICS, { error: `expected one of: ${TOPICS.join(', ')}` });
