import { describe, expect, it } from 'vitest';
import { byIssueDate, formatDateSpan, isCalendarDate, parseDate, utcDate, type IssueDate } from '../../src/lib/dates';
import { nextOccurrenceText } from '../../src/lib/next-occurrence';

describe('parseDate', () => {
  it('takes a YYYY-MM-DD date apart, and names any other value', () => {
    expect(parseDate('2021-08-24')).toEqual({ year: 2021, month: 8, day: 24 });
    expect(() => parseDate('24/08/2021')).toThrow('expected a date written YYYY-MM-DD, got "24/08/2021"');
  });
  it('tells a real day from one that does not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-2-3')).toBe(false);
  });
  it('gives midnight UTC, so no time zone moves the day', () => {
    expect(utcDate('2021-08-24').toISOString()).toBe('2021-08-24T00:00:00.000Z');
  });
  it('writes a span of days, or one day', () => {
    expect(formatDateSpan('2025-06-01', '2025-06-30')).toBe('01/06/2025 – 30/06/2025');
    expect(formatDateSpan('2025-06-01', '2025-06-01')).toBe('01/06/2025');
  });
});

describe('byIssueDate', () => {
  const docs: (IssueDate & { id: string })[] = [
    { id: 'undated-2020', year: 2020 },
    { id: '2021-01', issued: '2021-01-05' },
    { id: '2020-07', issued: '2020-07-20' },
    { id: 'no-date-at-all' },
    { id: '2020-03', issued: '2020-03-01', year: 2020 },
  ];
  const order = (o: 'newest' | 'oldest') => [...docs].sort(byIssueDate(o)).map((d) => d.id);

  it('puts an undated document after the dated ones of its year, newest first', () => {
    expect(order('newest')).toEqual(['2021-01', '2020-07', '2020-03', 'undated-2020', 'no-date-at-all']);
  });
  it('and oldest first', () => {
    expect(order('oldest')).toEqual(['no-date-at-all', '2020-03', '2020-07', 'undated-2020', '2021-01']);
  });
  it('reads the date through an accessor', () => {
    const items = [{ when: { issued: '2019-01-01' } }, { when: { issued: '2022-01-01' } }];
    expect(items.sort(byIssueDate('newest', (i) => i.when)).map((i) => i.when.issued)).toEqual([
      '2022-01-01',
      '2019-01-01',
    ]);
  });
});

describe('nextOccurrenceText', () => {
  const strings = { now: 'Đang diễn ra: {date}', next: 'Lần tới: {date}', none: 'Không còn' };
  // Out of order on purpose: the next one is the earliest that has not ended.
  const list = [
    { start: '2026-06-01', end: '2026-06-30', label: 'tháng 6/2026' },
    { start: '2025-06-01', end: '2025-06-30', label: 'tháng 6/2025' },
  ];
  it('says what is on now, what comes next, and when nothing is left', () => {
    expect(nextOccurrenceText(list, '2025-06-15', strings)).toBe('Đang diễn ra: tháng 6/2025');
    expect(nextOccurrenceText(list, '2025-05-31', strings)).toBe('Lần tới: tháng 6/2025');
    expect(nextOccurrenceText(list, '2025-07-01', strings)).toBe('Lần tới: tháng 6/2026');
    expect(nextOccurrenceText(list, '2026-07-01', strings)).toBe('Không còn');
  });
});
