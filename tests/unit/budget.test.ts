import { describe, expect, it } from 'vitest';
import { FLOORS, judgeScale, STAGES, type BuildFigures } from '../../scripts/scale/figures';
import {
  judge,
  KB,
  KINDS,
  kindOf,
  largest,
  LIMITS,
  ruleFor,
  type Kind,
  type PageMeasure,
} from '../../scripts/budget/rules';

const SEARCH = '/tim-kiem/';
const bytes = (by: Partial<Record<Kind, number>>) =>
  Object.fromEntries(KINDS.map((k) => [k, by[k] ?? 0])) as Record<Kind, number>;
const measure = (over: Partial<PageMeasure> = {}): PageMeasure => ({
  template: '/ke-hoach/[slug]',
  path: '/ke-hoach/a/',
  status: 200,
  bytes: bytes({ html: 9 * KB, css: 4 * KB }),
  requests: 2,
  results: 0,
  scriptRequests: [],
  inlineScriptBytes: 1000,
  fonts: [],
  otherOrigins: [],
  cspViolations: [],
  ...over,
});
const check = (m: PageMeasure) => judge(m, ruleFor(m, SEARCH));

describe('page-weight budget', () => {
  it('sorts requests by kind, telling Pagefind’s engine, index and results apart', () => {
    expect(kindOf('/ke-hoach/a/')).toBe('html');
    expect(kindOf('/_astro/Base.x.css')).toBe('css');
    expect(kindOf('/_astro/index.x.js')).toBe('js');
    expect(kindOf('/pagefind/pagefind.js')).toBe('search engine');
    expect(kindOf('/pagefind/pagefind-worker.js')).toBe('search engine');
    expect(kindOf('/pagefind/wasm.unknown.pagefind')).toBe('search engine');
    expect(kindOf('/pagefind/index/vi_1.pf_index')).toBe('search index');
    expect(kindOf('/pagefind/pagefind-entry.json')).toBe('search index');
    expect(kindOf('/pagefind/fragment/vi_1.pf_fragment')).toBe('search results');
    expect(kindOf('/pagefind/pagefind-highlight.js')).toBe('js');
    expect(kindOf('/fonts/be-vietnam.woff2')).toBe('font');
    expect(kindOf('/favicon.svg')).toBe('image');
  });

  it('passes a light reading page', () => {
    expect(check(measure())).toEqual([]);
  });

  it('fails a page over 20 KB on a first visit', () => {
    expect(check(measure({ bytes: bytes({ html: 17 * KB, css: 4 * KB }) }))).toEqual([
      expect.stringContaining('21.0 KB on a first visit, over 20 KB'),
    ]);
  });

  it('fails a reading page that requests JavaScript, but not the search page', () => {
    const scripted = { scriptRequests: ['/_astro/share.js'] };
    expect(check(measure(scripted))).toEqual([expect.stringContaining('requests JavaScript: /_astro/share.js')]);
    expect(check(measure({ ...scripted, template: '/tim-kiem', path: SEARCH }))).toEqual([]);
  });

  it('holds a search with a query to 60 KB besides the engine and results, each with its own limit', () => {
    const search = (by: Partial<Record<Kind, number>>, results = 5) =>
      check(measure({ template: '/tim-kiem?q=', path: `${SEARCH}?q=tre`, results, bytes: bytes(by) }));
    expect(ruleFor({ path: `${SEARCH}?q=tre`, template: '' }, SEARCH).limit).toBe(LIMITS.searchWithQuery);
    expect(
      search({ html: 10 * KB, 'search index': 40 * KB, 'search engine': 80 * KB, 'search results': 30 * KB }),
    ).toEqual([]);
    expect(search({ html: 10 * KB, 'search index': 51 * KB })).toEqual([expect.stringContaining('over 60 KB')]);
    expect(search({ 'search engine': 101 * KB })).toEqual([expect.stringContaining('the search engine takes')]);
    expect(search({ 'search results': 51 * KB })).toEqual([expect.stringContaining('over 10 KB a result')]);
  });

  it('fails a web font that hides text while it loads, and passes one that swaps', () => {
    const font = (display: string) => measure({ fonts: [{ url: '/f.woff2', display }] });
    expect(check(font('swap'))).toEqual([]);
    expect(check(font('optional'))).toEqual([]);
    expect(check(font(''))).toEqual([expect.stringContaining('blocks rendering (font-display: auto)')]);
    expect(check(font('block'))).toEqual([expect.stringContaining('blocks rendering')]);
  });

  it('fails a request to another origin and a refused script', () => {
    expect(check(measure({ otherOrigins: ['https://fonts.example/a.css'] }))).toEqual([
      expect.stringContaining('another origin: https://fonts.example/a.css'),
    ]);
    expect(check(measure({ cspViolations: ['script-src-elem refused inline'] }))).toEqual([
      expect.stringContaining('Content-Security-Policy: script-src-elem'),
    ]);
  });

  it("measures each template's largest page", () => {
    expect(largest(['a', 'ccc', 'bb'], (s) => s.length)).toBe('ccc');
    expect(largest([], () => 0)).toBeUndefined();
  });
});

describe('scale floors', () => {
  const figures = (seconds: number, pages: number, peakGb = 2): BuildFigures => ({
    seconds,
    cpuSeconds: seconds,
    peakBytes: peakGb * 2 ** 30,
    stages: Object.fromEntries(STAGES.map((s) => [s, seconds / STAGES.length])) as BuildFigures['stages'],
    peaks: {},
    pages,
    files: pages,
    dist: {},
  });

  const page = (bytes: number) => ({ path: 'van-ban/x/index.html', bytes });

  it('meets them: 10,000 plans in time and memory, linear, a cheap rebuild, no page growing', () => {
    const verdicts = judgeScale([
      { plans: 1000, cold: { ...figures(60, 1500), largestPage: page(90_000) }, rebuild: figures(20, 1501) },
      {
        plans: 10_000,
        cold: { ...figures(500, 11_000), largestPage: page(FLOORS.largestPageBytes) },
        rebuild: figures(100, 11_001),
      },
    ]);
    expect(verdicts.every((v) => v.ok)).toBe(true);
    expect(verdicts).toHaveLength(6);
  });

  it('names a page that grows with the collection', () => {
    const [verdict] = judgeScale([
      { plans: 10_000, cold: { ...figures(500, 11_000), largestPage: page(17_403_971) } },
    ]).filter((v) => !v.ok);
    expect(verdict?.text).toContain('the largest page is van-ban/x/index.html, 16,996 KB');
  });

  it('names each floor a run misses', () => {
    const verdicts = judgeScale([
      { plans: 1000, cold: figures(40, 1500) },
      { plans: 10_000, cold: figures(FLOORS.seconds + 60, 11_000, 9), rebuild: figures(600, 11_001) },
    ]);
    expect(verdicts.filter((v) => !v.ok).map((v) => v.text)).toEqual([
      expect.stringContaining('build cold in 11.0 min'),
      expect.stringContaining('peak memory 9.00 GB'),
      expect.stringContaining('CPU time per page'),
      expect.stringContaining('a rebuild after one new plan takes 600 s'),
    ]);
  });
});
