import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/lib/content';
import { lookup } from '../../src/lib/site';
import { buildTimeline } from '../../src/lib/timeline-data';

/** Just the fields buildTimeline reads, shaped like content entries. */
const plan = (id: string, data: { issued?: string; year: number; programs?: string[]; number?: string }) => ({
  id,
  data: {
    title: id,
    issuer: 'Cơ quan',
    province: 'Lạng Sơn',
    implements: [],
    ...data,
    programs: (data.programs ?? []).map((p) => ({ id: p, collection: 'programs' })),
  },
});
const directive = (id: string, issued: string) => ({
  id,
  data: { number: `${id}/QĐ-TTg`, kind: 'Quyết định', title: id, issuer: 'Thủ tướng Chính phủ', issued },
});
const program = (
  id: string,
  theme: string,
  period: { start?: number; end?: number; label: string },
  decision?: string,
) => ({
  id,
  data: { name: id, theme, period, ...(decision ? { decision: { id: decision, collection: 'directives' } } : {}) },
});

const entries = {
  plans: [
    plan('undated', { year: 2020, programs: ['p-2016'] }),
    plan('dated', { issued: '2020-03-01', year: 2020, number: '1/KH' }),
  ],
  directives: [directive('846', '2020-07-20'), directive('2361', '2015-12-22'), directive('830', '2021-06-01')],
  programs: [
    program('p-2016', 'bao-ve', { start: 2016, end: 2020, label: '2016–2020' }, '2361'),
    program('p-net', 'moi-truong-mang', { start: 2021, end: 2025, label: '2021–2025' }, '830'),
    program('p-2030', 'tong-the', { end: 2030, label: 'đến năm 2030' }, '830'),
  ],
};
const site = {
  ...entries,
  plansServing: (id: string) => entries.plans.filter((p) => p.data.programs.some((r) => r.id === id)),
  plan: lookup(entries.plans, 'plans'),
  directive: lookup(entries.directives, 'directives'),
  caveat: () => undefined,
} as unknown as Site;

describe('buildTimeline', () => {
  const model = buildTimeline(site, '2020-06-15');
  const year = (y: number) => model.years.find((e) => e.year === y)!;

  it('lists an undated plan after the dated documents of its inferred year', () => {
    expect(year(2020).docs.map((d) => d.id)).toEqual(['dated', '846', 'undated']);
    expect(year(2020).docs[2]).toMatchObject({ kind: 'plan', year: 2020, date: undefined });
  });

  it('puts today between the documents before and after it', () => {
    expect(year(2020).todayAt).toBe(1);
    expect(year(2021).todayAt).toBeUndefined();
  });

  it('names documents issued before 2016 apart, and program starts and ends in their years', () => {
    expect(model.before.map((d) => d.id)).toEqual(['2361']);
    expect(year(2016).starts.map((r) => r.program.id)).toEqual(['p-2016']);
    expect(year(2020).ends.map((r) => r.program.id)).toEqual(['p-2016']);
  });

  it('groups programs by theme, general programs with protection, sorted by the year drawn from', () => {
    const bv = model.groups.find((g) => g.id === 'bao-ve')!;
    expect(bv.rows.map((r) => [r.program.id, r.status, r.drawnFrom])).toEqual([
      ['p-2016', 'ongoing', 2016],
      ['p-2030', 'upcoming', 2021],
    ]);
  });

  it('lists what runs on the day with the plans serving it, and what is still to come hidden', () => {
    expect(model.year).toBe(2020);
    expect(model.running.map((r) => [r.row.program.id, r.now, r.plans.map((p) => p.id)])).toEqual([
      ['p-2016', true, ['undated']],
      ['p-2030', false, []],
      ['p-net', false, []],
    ]);
    const later = buildTimeline(site, '2022-01-10');
    expect(later.year).toBe(2022);
    // The 2016–2020 program has ended; both others run.
    expect(later.running.map((r) => [r.row.program.id, r.now])).toEqual([
      ['p-2030', true],
      ['p-net', true],
    ]);
    expect(buildTimeline(site, '2031-01-01').running).toEqual([]);
  });

  it('counts the directives of each year for the strip, in the middle of the year', () => {
    expect(model.directiveYears).toEqual([
      { year: 2020, count: 1, position: expect.closeTo(30, 0) },
      { year: 2021, count: 1, position: expect.closeTo(36.67, 0) },
    ]);
  });

  it('keeps only the documents around a theme when filtered', () => {
    const net = buildTimeline(site, '2020-06-15', 'moi-truong-mang');
    expect(net.groups.map((g) => g.id)).toEqual(['moi-truong-mang']);
    expect(net.years.flatMap((y) => y.docs.map((d) => d.id))).toEqual(['830']);
    expect(net.planMarkers).toEqual([]);
  });
});
