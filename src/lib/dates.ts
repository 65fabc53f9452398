/**
 * Dates are stored as YYYY-MM-DD strings (the schemas check the form) and shown the way Vietnamese
 * documents write them. This is the one place that takes such a string apart.
 */
import { format, ui } from './i18n.ts';

export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** YYYY-MM-DD, the one form dates are stored in. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2018-04-20` → `{ year: 2018, month: 4, day: 20 }`; anything else is an error naming the value. */
export function parseDate(iso: string): DateParts {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whether a string is a date written YYYY-MM-DD. */
export const isIsoDate = (text: string) => ISO_DATE.test(text);

/** Whether a YYYY-MM-DD string names a day that exists (not 2021-02-30). */
export function isCalendarDate(iso: string): boolean {
  if (!isIsoDate(iso)) return false;
  const { year, month, day } = parseDate(iso);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const yearOf = (iso: string) => parseDate(iso).year;

/** Midnight UTC at the start of the day. */
export function utcDate(iso: string): Date {
  const { year, month, day } = parseDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

const two = (n: number) => String(n).padStart(2, '0');

/** `2018-04-20` → `20/04/2018`. */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseDate(iso);
  return `${two(day)}/${two(month)}/${year}`;
}

/** `2018-04-20` → `ngày 20 tháng 4 năm 2018`, as in a document header. */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseDate(iso);
  return format(ui.dates.long, { day, month, year });
}

/** One day (`20/04/2018`), or a span of days (`01/06/2025 – 30/06/2025`). */
export const formatDateSpan = (start: string, end: string) =>
  start === end ? formatDateShort(start) : `${formatDateShort(start)} – ${formatDateShort(end)}`;

/** When a document was issued: its date, or for an undated document only the (inferred) year. */
export interface IssueDate {
  issued?: string | undefined;
  year?: number | undefined;
}

/**
 * Orders documents by date, newest or oldest first. A document known only by its year goes after
 * the dated documents of that year in either order: its year is inferred from the documents it
 * follows (plan 002 implements a letter of 20/7/2020). A document with neither counts as year 0.
 */
export function byIssueDate<T>(
  order: 'newest' | 'oldest',
  when: (item: T) => IssueDate = (item) => item as IssueDate,
): (a: T, b: T) => number {
  const sign = order === 'newest' ? -1 : 1;
  return (a, b) => {
    const x = when(a);
    const y = when(b);
    const year = (d: IssueDate) => (d.issued !== undefined ? yearOf(d.issued) : (d.year ?? 0));
    const byYear = year(x) - year(y);
    if (byYear !== 0) return sign * byYear;
    if (x.issued !== undefined && y.issued !== undefined) return sign * x.issued.localeCompare(y.issued);
    return (x.issued === undefined ? 1 : 0) - (y.issued === undefined ? 1 : 0);
  };
}
