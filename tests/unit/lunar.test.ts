import { getSolarDate } from '@dqcai/vn-lunar';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/lib/campaign-dates';
import { LUNAR_CHECKED_FROM, LUNAR_CHECKED_TO, midAutumnDate } from '../../src/lib/lunar';

const iso = (d: { day: number; month: number; year: number }) =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('Tết Trung thu (15/8 âm lịch)', () => {
  it('falls on the dates Vietnamese calendars give', () => {
    expect(midAutumnDate(2021)).toBe('2021-09-21');
    expect(midAutumnDate(2024)).toBe('2024-09-17');
    expect(midAutumnDate(2025)).toBe('2025-10-06');
  });

  it('agrees with a Vietnamese (UTC+7) lunar calendar for every year the site shows', () => {
    for (let year = LUNAR_CHECKED_FROM; year <= LUNAR_CHECKED_TO; year++) {
      expect(midAutumnDate(year), String(year)).toBe(iso(getSolarDate(15, 8, year, false)));
    }
  });

  it('refuses years that have not been checked against the Vietnamese calendar', () => {
    // 2034 is one such year: 26/9 in Việt Nam, 27/9 in the Chinese calendar.
    expect(iso(getSolarDate(15, 8, 2034, false))).toBe('2034-09-26');
    expect(() => midAutumnDate(2034)).toThrow('only for 2016–2030');
  });

  it('gives each campaign year its own solar date', () => {
    const list = occurrences({ kind: 'lunar', month: 8, day: 15 }, [2016, 2017]);
    expect(list).toEqual([
      { year: 2016, start: '2016-09-15', end: '2016-09-15' },
      { year: 2017, start: '2017-10-04', end: '2017-10-04' },
    ]);
  });
});
