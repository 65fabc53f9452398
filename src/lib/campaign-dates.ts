import { midAutumnDate, lunarToSolar } from './lunar';

/** When a campaign moment falls each year (mirrors the campaign schema's `date`). */
export type CampaignDate =
  | { kind: 'fixed'; start: string; end?: string | undefined }
  | { kind: 'lunar'; month: number; day: number }
  | { kind: 'unfixed' };

export interface Occurrence {
  year: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (the same as start for a one-day moment). */
  end: string;
}

/** The moment's solar dates in each of `years`; none for a moment no source dates. */
export function occurrences(date: CampaignDate, years: readonly number[]): Occurrence[] {
  switch (date.kind) {
    case 'fixed':
      return years.map((year) => ({ year, start: `${year}-${date.start}`, end: `${year}-${date.end ?? date.start}` }));
    case 'lunar':
      return years.map((year) => {
        const day =
          date.month === 8 && date.day === 15 ? midAutumnDate(year) : lunarToSolar(year, date.month, date.day);
        return { year, start: day, end: day };
      });
    case 'unfixed':
      return [];
  }
}

/**
 * The occurrence that is under way on `today` (YYYY-MM-DD) or comes next; `undefined` once the
 * listed years are over.
 */
export function nextOccurrence(list: readonly Occurrence[], today: string): Occurrence | undefined {
  return [...list].sort((a, b) => a.start.localeCompare(b.start)).find((o) => o.end >= today);
}
