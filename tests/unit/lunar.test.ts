import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/lib/campaign-dates';
import { midAutumnDate } from '../../src/lib/lunar';
import { TIMELINE_YEARS } from '../../src/lib/timeline';

/**
 * Tết Trung thu (15/8 âm lịch) in the Vietnamese calendar, for every year the site shows. The
 * Chinese calendar (lunar-javascript, reckoned at UTC+8) gives the same days for these years; the
 * two calendars first part in 2034, listed here as the year that tells them apart.
 */
const TRUNG_THU: Record<number, string> = {
  2016: '2016-09-15',
  2017: '2017-10-04',
  2018: '2018-09-24',
  2019: '2019-09-13',
  2020: '2020-10-01',
  2021: '2021-09-21',
  2022: '2022-09-10',
  2023: '2023-09-29',
  2024: '2024-09-17',
  2025: '2025-10-06',
  2026: '2026-09-25',
  2027: '2027-09-15',
  2028: '2028-10-03',
  2029: '2029-09-22',
  2030: '2030-09-12',
};

describe('Tết Trung thu (15/8 âm lịch)', () => {
  it('falls on the dates Vietnamese calendars give', () => {
    expect(midAutumnDate(2021)).toBe('2021-09-21');
    expect(midAutumnDate(2024)).toBe('2024-09-17');
    expect(midAutumnDate(2025)).toBe('2025-10-06');
  });

  it('agrees with the table for every year the site shows', () => {
    expect(TIMELINE_YEARS.filter((year) => TRUNG_THU[year] === undefined)).toEqual([]);
    for (const year of TIMELINE_YEARS) expect(midAutumnDate(year), String(year)).toBe(TRUNG_THU[year]);
  });

  it('is reckoned in Việt Nam time (UTC+7), not China time', () => {
    // That year the new moon that begins the eighth month falls on different days in Hà Nội and Beijing.
    expect(midAutumnDate(2034)).toBe('2034-09-26');
  });

  it('gives each campaign year its own solar date', () => {
    const list = occurrences({ kind: 'lunar', month: 8, day: 15 }, [2016, 2017]);
    expect(list).toEqual([
      { year: 2016, start: '2016-09-15', end: '2016-09-15' },
      { year: 2017, start: '2017-10-04', end: '2017-10-04' },
    ]);
  });
});
