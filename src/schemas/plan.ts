import { z } from 'astro/zod';
import { isIsoDate, yearOf } from '../lib/dates';
import { documentNumber, isoDate, level, period, topic, year, type ReferenceFn } from './shared';

/** Who signed the plan and in what capacity ("TM. Ban Thường vụ", "Phó Chủ tịch"). */
const signer = z.object({
  /** Full name exactly as printed under the signature. */
  name: z.string().min(1, 'expected the signer’s name'),
  /** The line that says on whose behalf, e.g. "TM. Ban Thường vụ"; absent when the plan has none. */
  onBehalfOf: z.string().min(1).optional(),
  /** Position, e.g. "Phó Chủ tịch", "Giám đốc". */
  title: z.string().min(1, 'expected the signer’s title, e.g. "Phó Chủ tịch"'),
});

export function createPlanSchema(reference: ReferenceFn) {
  return z
    .object({
      /** The plan’s own title line, under "KẾ HOẠCH". */
      title: z.string().min(1, 'expected the plan’s title'),
      /** Số hiệu without stray spaces; absent when the text gives none (plan 002). */
      number: documentNumber.optional(),
      /** Place line of the header ("Bình Thuận", "Long Biên"); absent when the text gives none. */
      place: z.string().min(1).optional(),
      /** Date of issue; absent when the text gives none. */
      issued: isoDate.optional(),
      /** Year used for lists and the timeline when there is no date; `inferred` says why. */
      year: year,
      /** How the year was found when the text has no date (shown on the page). */
      yearNote: z.string().min(1).optional(),
      /** Period the plan covers, where its text names one ("giai đoạn 2021-2030"). */
      period: period.optional(),
      /** Issuing body, written out. */
      issuer: z.string().min(1, 'expected the issuing body'),
      /** Province or city the plan belongs to. */
      province: z.string().min(1, 'expected the province, e.g. "Thái Bình"'),
      level: level.default('tinh'),
      signer,
      /** Nơi nhận, one line each, as written. */
      recipients: z.array(z.string().min(1)).min(1, 'expected at least one recipient (nơi nhận)'),
      /** Documents the plan says it implements (căn cứ / "Thực hiện …"). */
      implements: z.array(reference('directives')).default([]),
      /** National programs the plan serves. */
      programs: z.array(reference('programs')).default([]),
      topics: z.array(topic).default([]),
      /** Deadline the text gives for reports. */
      deadline: isoDate.optional(),
      contactEmail: z.email({ error: 'expected an e-mail address' }).optional(),
      /** File name of the original text in content/originals/. */
      original: z
        .string()
        .regex(
          /^[a-z0-9-]+\.txt$/,
          'expected the file name of the original in content/originals, e.g. "60-kh-ldld-2018.txt"',
        ),
    })
    .refine((plan) => plan.issued === undefined || !isIsoDate(plan.issued) || yearOf(plan.issued) === plan.year, {
      message: 'expected year to match the year of issued',
      path: ['year'],
    })
    .refine((plan) => plan.issued !== undefined || plan.yearNote !== undefined, {
      message: 'expected yearNote to say how the year is known when the plan has no date',
      path: ['yearNote'],
    });
}
