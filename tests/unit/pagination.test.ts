import { describe, expect, it } from 'vitest';
import { format, ui } from '../../src/lib/i18n';
import { laterPages, pageCount, pageNumbers, paginate } from '../../src/lib/pagination';
import {
  FILTER_VALUES_SHOWN,
  planFilterIndex,
  planFilterIndexPages,
  planList,
  planCacheKey,
  planListPages,
  PLANS_PER_PAGE,
} from '../../src/lib/pages/plans';
import { pagedPath } from '../../src/lib/routes';
import { assembleSite } from '../../src/lib/site';
import { citations, collections, fixtureSite } from './site-fixture';

describe('pagination', () => {
  it('cuts a list into pages, page 1 at the list’s own path', () => {
    const href = (n: number) => pagedPath('/ke-hoach/', n);
    const { items, pagination } = paginate([1, 2, 3, 4, 5], 2, 2, href);
    expect(items).toEqual([3, 4]);
    expect(pagination).toMatchObject({
      page: 2,
      pages: 3,
      previous: '/ke-hoach/',
      next: '/ke-hoach/trang/3/',
    });
    expect(paginate([1], 1, 2, href).pagination).toMatchObject({ pages: 1, previous: undefined, next: undefined });
    expect(paginate([], 1, 2, href).items).toEqual([]);
  });

  it('names the list and the page it does not have', () => {
    expect(() => paginate([1, 2, 3], 3, 2, (n) => pagedPath('/ke-hoach/nam/2021/', n))).toThrow(
      '/ke-hoach/nam/2021/: no page 3 (the list has 2)',
    );
  });

  it('shows the first and last pages and two either side of the current one, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(10, 200)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 200]);
    expect(pageNumbers(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
    expect(laterPages(101, 50)).toEqual([2, 3]);
    expect(laterPages(50, 50)).toEqual([]);
  });
});

/** The fixture site and `count` more plans, two to a province and an issuer, in 2020 and 2021. */
function manyPlans(count: number) {
  const plans = Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    filePath: `content/plans/p${i}.mdx`,
    data: {
      title: `T${i}`,
      issuer: `Issuer ${Math.floor(i / 2)}`,
      province: `Tỉnh ${String(Math.floor(i / 2)).padStart(2, '0')}`,
      year: 2020 + (i % 2),
      issued: `${2020 + (i % 2)}-01-${String((i % 28) + 1).padStart(2, '0')}`,
      implements: [],
      programs: [],
    },
  }));
  return fixtureSite({ plans: [...collections().plans, ...plans] });
}

describe('plan lists at scale', () => {
  it('list at most a page of plans, and every plan once across the pages', () => {
    const site = manyPlans(PLANS_PER_PAGE * 2);
    const first = planList(site);
    expect(first.plans).toHaveLength(PLANS_PER_PAGE);
    expect(first.total).toBe(site.plans.length);
    expect(first.pagination.pages).toBe(3);
    const later = planListPages(site).filter((p) => !p.active);
    expect(later.map((p) => p.page)).toEqual([2, 3]);
    const all = [first, ...later.map((p) => planList(site, undefined, p.page))].flatMap((l) => l.plans);
    expect(all.map((p) => p.id)).toEqual(site.plans.map((p) => p.id));
    expect(planList(site, undefined, 3).title).toBe(
      format(ui.pagination.titled, { title: ui.plans.title, page: 3, pages: 3 }),
    );
  });

  it('give every page of a list the first page’s preview card, so it is drawn once', () => {
    const site = manyPlans(PLANS_PER_PAGE * 3);
    expect(planList(site, undefined, 3).card).toEqual(planList(site).card);
    expect(planList(site).card).toEqual({ title: ui.plans.title });
    const year = { filter: 'year', value: '2021' } as const;
    expect(planList(site, year, 2).card).toEqual(planList(site, year).card);
    expect(planList(site, year).card).not.toEqual(planList(site).card);
    expect(planFilterIndex(site, 'province', 2, 20).card).toEqual(planFilterIndex(site, 'province', 1, 20).card);
  });

  it('page a filtered list the same way, at its own path', () => {
    const site = manyPlans(PLANS_PER_PAGE * 3);
    const year = planList(site, { filter: 'year', value: '2021' }, 2);
    expect(year.pagination.previous).toBe('/ke-hoach/nam/2021/');
    expect(year.plans).toHaveLength(year.total - PLANS_PER_PAGE);
    expect(year.plans.every((p) => p.data.year === 2021)).toBe(true);
    expect(planListPages(site).filter((p) => p.active?.filter === 'year')).toEqual([
      { active: { filter: 'year', value: '2021' }, page: 2 },
      { active: { filter: 'year', value: '2020' }, page: 2 },
    ]);
  });

  it('show a bounded number of filter values, the most used, and link to all of them', () => {
    const site = manyPlans(60);
    const provinces = planList(site).filters[1]!;
    const count = site.planFacets.province.length;
    expect(count).toBeGreaterThan(FILTER_VALUES_SHOWN);
    expect(provinces.links).toHaveLength(FILTER_VALUES_SHOWN);
    // The most used first: every province shown has at least as many plans as any left out.
    const shown = new Set(provinces.links.map((l) => l.label));
    const least = Math.min(...provinces.links.map((l) => l.count!));
    expect(site.planFacets.province.filter((v) => !shown.has(v.label) && v.count > least)).toEqual([]);
    expect(provinces.more).toEqual({ href: '/ke-hoach/tinh/', label: format(ui.plans.filterMore, { count }) });
    // Years fit: all shown, no link to more.
    expect(planList(site).filters[0]!.links).toHaveLength(2);
    expect(planList(site).filters[0]!.more).toBeUndefined();
    // A rarely used value stays among the links on its own list, marked as the current one.
    const last = site.planFacets.province.find((v) => !shown.has(v.label))!;
    const own = planList(site, { filter: 'province', value: last.value }).filters[1]!;
    expect(own.links).toHaveLength(FILTER_VALUES_SHOWN + 1);
    expect(own.links.filter((l) => l.current).map((l) => l.label)).toEqual([last.label]);
  });

  it('list every value of a filter on its own pages', () => {
    const site = manyPlans(60);
    const index = planFilterIndex(site, 'province', 1, 20);
    expect(index.values).toHaveLength(20);
    expect(index.values.map((v) => v.label)).toEqual(site.planFacets.province.slice(0, 20).map((v) => v.label));
    expect(index.values.find((v) => v.label === 'Tỉnh 00')).toMatchObject({
      href: '/ke-hoach/tinh/tinh-00/',
      count: 2,
    });
    expect(index.pagination.next).toBe('/ke-hoach/tinh/trang/2/');
    expect(planFilterIndexPages(site)).toEqual([
      { filter: 'year', page: 1 },
      { filter: 'province', page: 1 },
      { filter: 'issuer', page: 1 },
    ]);
  });
});

describe('incremental builds', () => {
  /** The fixture with a digest on every entry, as the content layer gives them. */
  const site = (change: (c: ReturnType<typeof collections>) => void = () => {}) => {
    const c = collections();
    for (const list of Object.values(c)) for (const e of list as { digest?: string }[]) e.digest = 'v1';
    change(c);
    return assembleSite(c, citations);
  };
  const key = (s: ReturnType<typeof site>, id = 'dated-2021') => planCacheKey(s, s.plan(id));

  it("keep a plan's page while nothing it shows changes, another plan included", () => {
    expect(key(site())).toBe(key(site()));
    expect(key(site((c) => ((c.plans[0] as { digest: string }).digest = 'v2')))).toBe(key(site()));
  });

  it('build it again when the plan, or a directive, program, hotline, guide or campaign changes', () => {
    const changed = (pick: (c: ReturnType<typeof collections>) => unknown) =>
      key(site((c) => ((pick(c) as { digest: string }).digest = 'v2')));
    expect(changed((c) => c.plans.find((p) => p.id === 'dated-2021'))).not.toBe(key(site()));
    expect(changed((c) => c.directives[1])).not.toBe(key(site()));
    expect(changed((c) => c.programs[0])).not.toBe(key(site()));
    expect(changed((c) => c.hotlines[0])).not.toBe(key(site()));
    expect(changed((c) => c.guidance[0])).not.toBe(key(site()));
    expect(changed((c) => c.campaigns[0])).not.toBe(key(site()));
  });

  it('build it again when a plan its text cites changes (its label is on the page)', () => {
    const citing = new Map(citations);
    citing.set('dated-2021', [
      ...(citations.get('dated-2021') ?? []),
      {
        collection: 'plans',
        id: 'dated-2020',
        text: 'Kế hoạch số 1/KH',
        line: 4,
        anchor: 'trich-dan-dated-2020-1',
        sentence: { before: 'Theo ', text: 'Kế hoạch số 1/KH', after: '.' },
      },
    ]);
    const withCitation = (digest: string) => {
      const c = collections();
      for (const list of Object.values(c)) for (const e of list as { digest?: string }[]) e.digest = 'v1';
      (c.plans.find((p) => p.id === 'dated-2020') as { digest: string }).digest = digest;
      const s = assembleSite(c, citing);
      return planCacheKey(s, s.plan('dated-2021'));
    };
    expect(withCitation('v2')).not.toBe(withCitation('v1'));
  });
});
