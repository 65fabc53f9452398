import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrences } from '../../src/lib/campaign-dates';
import { THEME_GROUPS, themeGroupOf } from '../../src/lib/theme-groups';
import { directiveStatus } from '../../src/lib/directive-status';
import {
  datePosition,
  issuedBy,
  midYearPosition,
  placeMarkers,
  programBar,
  programStatus,
  todayInVietnam,
  todaySide,
  yearStartPosition,
} from '../../src/lib/timeline';
import { THEMES } from '../../src/schemas/program';

describe('programStatus', () => {
  const period = { start: 2021, end: 2025 };
  it('is upcoming before the start year, ongoing through the end year, ended after it', () => {
    expect(programStatus(period, '2020-12-31')).toBe('upcoming');
    expect(programStatus(period, '2021-01-01')).toBe('ongoing');
    expect(programStatus(period, '2025-12-31')).toBe('ongoing');
    expect(programStatus(period, '2026-01-01')).toBe('ended');
  });
  it('uses the decision date when only the end year is known ("đến năm 2030")', () => {
    expect(programStatus({ end: 2030 }, '2021-09-09', '2021-09-10')).toBe('upcoming');
    expect(programStatus({ end: 2030 }, '2021-09-10', '2021-09-10')).toBe('ongoing');
    expect(programStatus({ end: 2030 }, '2031-01-01', '2021-09-10')).toBe('ended');
  });
  it('does not guess when the period is unknown', () => {
    expect(programStatus({}, '2025-01-01', '2024-10-14')).toBe('unknown');
    expect(programStatus({ end: 2030 }, '2025-01-01')).toBe('unknown');
    expect(programStatus(undefined, '2025-01-01')).toBe('unknown');
  });
  it('never calls a program ended while its orientation runs ("định hướng đến năm 2030")', () => {
    const period = { start: 2021, end: 2025, orientedTo: 2030 };
    expect(programStatus(period, '2025-12-31')).toBe('ongoing');
    expect(programStatus(period, '2026-01-01')).toBe('oriented');
    expect(programStatus(period, '2030-12-31')).toBe('oriented');
    expect(programStatus(period, '2031-01-01')).toBe('ended');
  });
  it('never says whether a program known only as cited ran: only its cited period is known', () => {
    for (const today of ['2013-01-01', '2016-06-01', '2026-11-30']) {
      expect(programStatus({ start: 2014, end: 2018 }, today, undefined, true)).toBe('unconfirmed');
    }
  });
  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => programStatus(period, '01/01/2025')).toThrow('expected a date written YYYY-MM-DD');
  });
});

describe('axis positions', () => {
  it('runs from 1 January 2016 to the end of 2030', () => {
    expect(yearStartPosition(2016)).toBe(0);
    expect(yearStartPosition(2031)).toBe(100);
    expect(datePosition('2016-01-01')).toBeCloseTo(0, 1);
    expect(datePosition('2030-12-31')).toBeCloseTo(100, 1);
  });
  it('places a day in proportion to the time since 2016', () => {
    // 2023-07-02 is the middle of the 15-year axis (8 years … 7.5 years in).
    expect(datePosition('2023-07-02')).toBeCloseTo(50, 0);
    expect(datePosition('2021-01-01')).toBeGreaterThanOrEqual(yearStartPosition(2021));
    expect(datePosition('2021-01-01')).toBeLessThan(yearStartPosition(2021) + 0.1);
  });
});

describe('programBar', () => {
  it('covers whole years, start year to end year inclusive', () => {
    expect(programBar({ start: 2021, end: 2025 })).toEqual({
      from: yearStartPosition(2021),
      to: yearStartPosition(2026),
      reachesIn: false,
      reachesOut: false,
      openStart: false,
    });
  });
  it('shows where a program that started before 2016 reaches in', () => {
    expect(programBar({ start: 2012, end: 2020 })).toMatchObject({
      from: 0,
      to: yearStartPosition(2021),
      reachesIn: true,
    });
  });
  it('leaves out programs wholly before 2016', () => {
    expect(programBar({ start: 2011, end: 2015 })).toBeUndefined();
  });
  it('draws a period known only by its end from the decision year, marked open', () => {
    expect(programBar({ end: 2030 }, 2021)).toMatchObject({ from: yearStartPosition(2021), to: 100, openStart: true });
    expect(programBar({ end: 2030 })).toBeUndefined();
    expect(programBar({}, 2024)).toBeUndefined();
  });
});

describe('placeMarkers', () => {
  it('places dated documents at their day and undated ones mid-year, flagged as inferred', () => {
    const markers = placeMarkers([
      { id: 'a', date: '2018-04-20', year: 2018 },
      { id: 'b', year: 2020 },
    ]);
    expect(markers.map((m) => [m.item.id, m.position, m.inferred])).toEqual([
      ['a', datePosition('2018-04-20'), false],
      ['b', datePosition('2020-07-02'), true],
    ]);
  });
  it('leaves out documents outside 2016–2030', () => {
    expect(placeMarkers([{ id: 'old', date: '2012-11-05', year: 2012 }])).toEqual([]);
  });
  it('puts markers that are close together in different lanes, in date order', () => {
    const markers = placeMarkers([
      { id: 'c', date: '2021-08-24', year: 2021 },
      { id: 'a', date: '2021-05-12', year: 2021 },
      { id: 'b', date: '2021-05-17', year: 2021 },
      { id: 'd', date: '2024-04-23', year: 2024 },
    ]);
    expect(markers.map((m) => [m.item.id, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
    ]);
  });
});

describe('today on the page', () => {
  it('goes after the documents of its year issued by then (undated ones come last)', () => {
    const dates = ['2021-01-07', '2021-06-01', '2021-09-10', undefined];
    expect(issuedBy(dates, '2021-01-06')).toBe(0);
    expect(issuedBy(dates, '2021-06-01')).toBe(2);
    expect(issuedBy(dates, '2021-12-31')).toBe(3);
  });
  it('is labelled on the side of its line with more room', () => {
    expect(todaySide(10)).toBe('start');
    expect(todaySide(70)).toBe('end');
  });
  it('puts a document known by its year in the middle of that year', () => {
    expect(midYearPosition(2023)).toBeCloseTo(50, 0);
  });
});

describe('directiveStatus', () => {
  it('says a replaced document is no longer in force, whatever else it has', () => {
    expect(directiveStatus({ inForce: '2014-07-15', replacedBy: {} }, '2026-01-01')).toEqual({ kind: 'repealed' });
  });
  it('says a period that is over has ended, and a running one is not a status in law', () => {
    const period = { start: 2021, end: 2025, label: '2021–2025' };
    expect(directiveStatus({ period }, '2026-01-01')).toEqual({ kind: 'ended', period: 'ended' });
    expect(directiveStatus({ period }, '2024-01-01')).toEqual({ kind: 'unknown', period: 'ongoing' });
  });
  it('says in force only from the date the facts give', () => {
    expect(directiveStatus({ inForce: '2017-06-01' }, '2017-05-31').kind).toBe('unknown');
    expect(directiveStatus({ inForce: '2017-06-01' }, '2017-06-01').kind).toBe('in-force');
    expect(directiveStatus({}, '2026-01-01').kind).toBe('unknown');
  });
});

describe('todayInVietnam', () => {
  it('is the date at UTC+7', () => {
    expect(todayInVietnam(new Date('2025-05-31T16:59:59Z'))).toBe('2025-05-31');
    expect(todayInVietnam(new Date('2025-05-31T17:00:00Z'))).toBe('2025-06-01');
  });
});

describe('theme groups', () => {
  it('put every schema theme in exactly one group', () => {
    for (const theme of THEMES) {
      expect(THEME_GROUPS.filter((g) => (g.themes as readonly string[]).includes(theme))).toHaveLength(1);
    }
    expect(themeGroupOf('tong-the')).toBe('bao-ve');
    expect(themeGroupOf('cong-doan')).toBe('cong-doan');
  });
});

describe('campaign dates', () => {
  it('repeats fixed days every year', () => {
    expect(occurrences({ kind: 'fixed', start: '06-01', end: '06-30' }, [2016, 2030])).toEqual([
      { year: 2016, start: '2016-06-01', end: '2016-06-30' },
      { year: 2030, start: '2030-06-01', end: '2030-06-30' },
    ]);
    expect(occurrences({ kind: 'fixed', start: '06-28' }, [2024])).toEqual([
      { year: 2024, start: '2024-06-28', end: '2024-06-28' },
    ]);
  });
  it('gives no dates for a moment no source dates', () => {
    expect(occurrences({ kind: 'unfixed' }, [2024])).toEqual([]);
  });
  it('finds the occurrence under way or next', () => {
    const list = occurrences({ kind: 'fixed', start: '06-01', end: '06-30' }, [2025, 2026]);
    expect(nextOccurrence(list, '2025-06-15')?.year).toBe(2025);
    expect(nextOccurrence(list, '2025-07-01')?.year).toBe(2026);
    expect(nextOccurrence(list, '2026-07-01')).toBeUndefined();
  });
});
