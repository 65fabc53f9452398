import { lunarToSolar } from './lunar';
import type { Occurrence } from './next-occurrence';

export { nextOccurrence, type Occurrence } from './next-occurrence';

/** When a campaign moment falls each year (mirrors the campaign schema's `date`). */
export type CampaignDate =
  | { kind: 'fixed'; start: string; end?: string | undefined }
  | { kind: 'lunar'; month: number; day: number }
  | { kind: 'unfixed' };

/** The moment's solar dates in each of `years`; none for a moment no source dates. */
export function occurrences(date: CampaignDate, years: readonly number[]): Occurrence[] {
  switch (date.kind) {
    case 'fixed':
      return years.map((year) => ({ year, start: `${year}-${date.start}`, end: `${year}-${date.end ?? date.start}` }));
    case 'lunar':
      return years.map((year) => {
        const day = lunarToSolar(year, date.month, date.day);
        return { year, start: day, end: day };
      });
    case 'unfixed':
      return [];
  }
}
