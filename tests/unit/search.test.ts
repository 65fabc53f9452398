import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/integrations/search-index';
import { documentFields, facetOptions, fieldsHtml, pageFields } from '../../src/lib/search/fields';
import { markTerms } from '../../src/lib/search/highlight';
import { readPage } from '../../src/lib/search/page';
import { byTitle, resultHref, runTiers, searchPlan, titleCoverage, type Ranked } from '../../src/lib/search/query';
import { indexWords, metaWeights, recordHtml, UNDATED, wordWeight } from '../../src/lib/search/record';
import { displayText, indexSpelling, pairs, syllables } from '../../src/lib/search/text';

describe('indexed spelling', () => {
  it('spells đ as ḏ, which Pagefind folds to d like a tone mark, and keeps the tone marks', () => {
    expect(indexSpelling('Đoàn')).toBe('ḏoàn');
    expect('ḏoàn'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('doan');
    expect(displayText('Ḏào Văn Truyền, ḏuối nước')).toBe('Đào Văn Truyền, đuối nước');
  });

  it('cuts document numbers into the same syllables however they are written', () => {
    const cut = (text: string) => syllables(text).map((s) => s.normalize('NFD').replace(/\p{M}/gu, ''));
    for (const spelling of ['1863/QĐ-TTg', '1863/QD-TTG', '1863 QĐ TTg', '1863-qd-ttg']) {
      expect(cut(spelling)).toEqual(['1863', 'qd', 'ttg']);
    }
    expect(syllables('Chỉ thị số 28-CT/TW')).toEqual(['chỉ', 'thị', 'số', '28', 'ct', 'tw']);
  });

  it('pairs adjacent syllables, also across "số" before a number', () => {
    expect(pairs(['trẻ', 'em'])).toEqual(['0qtrẻemǂ']);
    expect(pairs(['quyết', 'ḏịnh', 'số', '1863'])).toEqual(['0qquyếtḏịnhǂ', '0qḏịnhsốǂ', '0qḏịnh1863ǂ', '0qsố1863ǂ']);
  });
});

describe('readPage', () => {
  const html = `<!doctype html><html lang="vi"><body>
    <header data-pagefind-ignore><a href="/">Vì trẻ em</a></header>
    <main data-pagefind-body>
      <nav data-pagefind-ignore><a href="/">Trang chủ</a></nav>
      <h1>Kế hoạch &amp; <em>thực hiện</em></h1>
      <p data-pagefind-meta="so">60/KH-LĐLĐ</p>
      <div hidden data-pagefind-ignore><span data-pagefind-filter="nam:2018"></span><span data-pagefind-sort="ngay:2018-04-20"></span><span data-pagefind-meta="ky:Trần Văn Dũng"></span></div>
      <p data-pagefind-weight="3">Trọng <b>tâm</b><br>dòng hai</p>
      <script>var x = "<p>not text</p>";</script>
      <ul><li>Một</li><li>Hai</li></ul>
    </main>
    <footer>Chân trang</footer></body></html>`;

  it('reads only the body, with Pagefind annotations in both forms and heading weights', () => {
    const page = readPage(html)!;
    expect(page.meta).toEqual({ title: 'Kế hoạch & thực hiện', so: '60/KH-LĐLĐ', ky: 'Trần Văn Dũng' });
    expect(page.filters).toEqual({ nam: ['2018'] });
    expect(page.sort).toEqual({ ngay: '2018-04-20' });
    expect(page.blocks).toEqual([
      { text: 'Kế hoạch & thực hiện', weight: 7 },
      { text: '60/KH-LĐLĐ', weight: 1 },
      { text: 'Trọng tâm', weight: 3 },
      { text: 'dòng hai', weight: 3 },
      { text: 'Một', weight: 1 },
      { text: 'Hai', weight: 1 },
    ]);
  });

  it('skips pages without a data-pagefind-body element', () => {
    expect(readPage('<html><body><main><h1>Danh sách</h1></main></body></html>')).toBeUndefined();
  });

  it('reads valid HTML that leaves end tags implied, as browsers do', () => {
    const page = readPage('<main data-pagefind-body><h1>T</h1><div><p>x<p>y</div><ul><li>a<li>b</ul>z</main>')!;
    expect(page.blocks.map((b) => b.text)).toEqual(['T', 'x', 'y', 'a', 'b', 'z']);
    expect(readPage('<main data-pagefind-body><p>x')!.blocks).toEqual([{ text: 'x', weight: 1 }]);
  });
});

describe('the search record', () => {
  const page = {
    meta: { title: 'Tết trung thu cho con CNVCLĐ', so: '45/KH-LĐLĐ', loai: 'Kế hoạch', ky: 'Phan Thị Thu Hằng' },
    filters: { loai: ['Kế hoạch'] },
    sort: {},
    blocks: [
      { text: 'Tết trung thu cho con CNVCLĐ', weight: 7 },
      { text: 'Tổ chức Tết Trung thu. Tết trung thu vui tươi.', weight: 1 },
    ],
  };

  it('holds each word and each pair of adjacent words once', () => {
    const html = recordHtml(page);
    const words = [...html.matchAll(/<p data-pagefind-weight="[\d.]+">([^<]*)<\/p>/g)].flatMap((m) => m[1]!.split(' '));
    expect(words.filter((w) => w === 'tết')).toHaveLength(1);
    expect(words.filter((w) => w === '0qtếttrungǂ')).toHaveLength(1);
    expect(words).toContain('cnvclḏ');
    expect(new Set(words).size).toBe(words.length);
  });

  it('weights words by heading and, slowly, by how often the page uses them', () => {
    expect(wordWeight(1, 1)).toBe(1);
    expect(wordWeight(1, 4)).toBe(2);
    expect(wordWeight(7, 1024)).toBe(10);
    expect(recordHtml(page)).toMatch(/<p data-pagefind-weight="7\.75">[^<]*0qtếttrungǂ/);
  });

  it('indexes the number with its kind, and the fields people search for in their own weighted fields', () => {
    const html = recordHtml(page);
    expect(html).toContain('data-pagefind-meta="w_so:kế hoạch 45 kh lḏlḏ 0qkếhoạchǂ 0qhoạch45ǂ 0q45khǂ 0qkhlḏlḏǂ"');
    expect(html).toContain('data-pagefind-meta="ky:Phan Thị Thu Hằng"');
    expect(html).toContain('data-pagefind-meta="w_ky:phan thị thu hằng 0qphanthịǂ 0qthịthuǂ 0qthuhằngǂ"');
    expect(html).toContain(`data-pagefind-sort="ngay:${UNDATED}"`);
    expect(metaWeights()).toMatchObject({ title: 0, so: 0, w_so: 12, w_ky: 8 });
  });

  it('reads the annotations the page components write', () => {
    const fields = documentFields({
      kind: 'Quyết định',
      number: '1863/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2019-12-23',
    });
    const read = readPage(`<main data-pagefind-body><h1>QĐ 1863</h1>${fieldsHtml(fields)}</main>`)!;
    expect(read.meta).toEqual({
      title: 'QĐ 1863',
      loai: 'Quyết định',
      cq: 'Thủ tướng Chính phủ',
      so: '1863/QĐ-TTg',
      ngay: '23/12/2019',
    });
    expect(read.filters).toEqual({ loai: ['Quyết định'], 'co-quan': ['Thủ tướng Chính phủ'], nam: ['2019'] });
    expect(read.sort).toEqual({ ngay: '2019-12-23' });
    expect(indexWords('QĐ 1863')).toEqual(['qḏ', '1863', '0qqḏ1863ǂ']);
  });
});

describe('search fields', () => {
  it('files an undated plan under the year it gives', () => {
    const fields = documentFields({ kind: 'Kế hoạch', issuer: 'Sở X', province: 'Lạng Sơn', year: 2020 });
    expect(fields).toEqual({
      meta: { loai: 'Kế hoạch', cq: 'Sở X', tinh: 'Lạng Sơn', ngay: '2020' },
      filters: { loai: 'Kế hoạch', 'co-quan': 'Sở X', tinh: 'Lạng Sơn', nam: '2020' },
      sort: { ngay: '2020' },
    });
  });

  it('lists filter options with counts: years newest first, names in Vietnamese order', () => {
    const options = facetOptions([
      documentFields({ kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', issued: '2019-12-23' }),
      documentFields({ kind: 'Chỉ thị', issuer: 'Bộ Chính trị', issued: '2023-12-25' }),
      documentFields({ kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', issued: '2021-01-07' }),
      pageFields('Đường dây nóng', ['111']),
    ]);
    expect(options.nam.map((o) => o.value)).toEqual(['2023', '2021', '2019']);
    expect(options.loai).toEqual([
      { value: 'Chỉ thị', count: 1 },
      { value: 'Đường dây nóng', count: 1 },
      { value: 'Quyết định', count: 2 },
    ]);
  });
});

describe('search tiers', () => {
  /** On how many pages each pair is, for the `words` tier's cutting. */
  const plan = (query: string, pages: Record<string, number> = {}) =>
    searchPlan(query, async (word) => pages[word] ?? 0, 10);

  it('asks for a phrase when the query is a word, a name or a short phrase', async () => {
    expect(await plan('Đào Văn Truyền')).toEqual({
      tiers: [
        { name: 'phrase', query: '0qḏàovăn 0qvăntruyền', highlight: ['Đào Văn Truyền'] },
        { name: 'apart', query: 'ḏào văn truyền', highlight: ['Đào', 'Văn', 'Truyền'] },
      ],
      enough: 1,
    });
    expect(await plan('  111 ')).toEqual({ tiers: [{ name: 'phrase', query: '111', highlight: ['111'] }], enough: 1 });
    expect((await plan('qd 1863')).tiers.map((t) => t.query)).toEqual(['0qqd1863', 'qd 1863']);
    expect((await plan(' ,. ')).tiers).toEqual([]);
  });

  it('cuts a longer query into the two-syllable words that pages use', async () => {
    const { tiers, enough } = await plan('phòng, chống xâm hại trẻ em', {
      '0qphòngchống': 30,
      '0qxâmhại': 40,
      '0qtrẻem': 60,
      '0qchốngxâm': 12,
    });
    expect(tiers[0]).toEqual({
      name: 'words',
      query: '0qphòngchống 0qxâmhại 0qtrẻem',
      highlight: ['phòng chống', 'xâm hại', 'trẻ em'],
    });
    expect(tiers[1]!.name).toBe('apart');
    expect(enough).toBe(10);
    // The common words win over the pairs that straddle them.
    const cut = await plan('làm gì khi trẻ bị xâm hại', {
      '0qlàmgì': 5,
      '0qkhitrẻ': 3,
      '0qtrẻbị': 6,
      '0qbịxâm': 8,
      '0qxâmhại': 40,
    });
    expect(cut.tiers[0]!.query).toBe('0qlàmgì khi 0qtrẻbị 0qxâmhại');
    expect((await plan('vì trẻ em giai đoạn', { '0qvìtrẻ': 9, '0qgiaiḏoạn': 30 })).tiers[0]!.query).toBe(
      '0qvìtrẻ em 0qgiaiḏoạn',
    );
  });

  /** Runs `runTiers` against canned results per Pagefind query; returns what was shown, in turn. */
  async function shownFor(query: string, pages: Record<string, number>, results: Record<string, string[]>) {
    const shown: string[][] = [];
    const searched: string[] = [];
    await runTiers(
      await plan(query, pages),
      async (q) => {
        searched.push(q);
        return (results[q] ?? []).map((id) => ({ id }));
      },
      async (ranked: Ranked<{ id: string }>[]) => {
        shown.push(ranked.map((r) => r.item.id));
        return true;
      },
    );
    return { shown, searched };
  }

  it('stops a short query at the phrase when some page has it', async () => {
    const { shown, searched } = await shownFor('đuối nước', {}, { '0qḏuốinước': ['a'], 'ḏuối nước': ['b', 'a'] });
    expect(searched).toEqual(['0qḏuốinước']);
    expect(shown).toEqual([['a']]);
  });

  it('loosens a short query when no page has the phrase', async () => {
    const { shown } = await shownFor('qd 1863', {}, { 'qd 1863': ['x', 'y'] });
    expect(shown).toEqual([['x', 'y']]);
  });

  it('adds the pages with the words apart after a long query’s few matches', async () => {
    const { shown, searched } = await shownFor(
      'a b c d',
      { '0qab': 2, '0qcd': 2 },
      { '0qab 0qcd': ['p'], 'a b c d': ['x', 'p'] },
    );
    expect(searched).toEqual(['0qab 0qcd', 'a b c d']);
    expect(shown).toEqual([['p'], ['p', 'x']]);
  });

  it('lifts the page whose title is the query within a tier, never across tiers', () => {
    expect(titleCoverage('Luật Trẻ em số 102/2016/QH13', 'luat tre em')).toBeCloseTo(3 / 7);
    expect(titleCoverage('Quyền và bổn phận của trẻ em theo Luật Trẻ em 2016', 'luat tre em')).toBeCloseTo(3 / 10);
    const page = [
      { id: 'guide', tier: 0, score: 19.5, title: 'Quyền và bổn phận của trẻ em theo Luật Trẻ em 2016' },
      { id: 'law', tier: 0, score: 19.2, title: 'Luật Trẻ em số 102/2016/QH13' },
      { id: 'named', tier: 1, score: 50, title: 'Luật trẻ em' },
    ];
    expect(byTitle(page, 'luật trẻ em', (p) => p).map((p) => p.id)).toEqual(['law', 'guide', 'named']);
  });

  it('links a result with what to highlight there', () => {
    expect(resultHref('/van-ban/1863-qd-ttg/', ['1863/QĐ-TTg'])).toBe(
      '/van-ban/1863-qd-ttg/?pagefind-highlight=1863%2FQ%C4%90-TTg',
    );
    expect(resultHref('/duong-day-nong/', [])).toBe('/duong-day-nong/');
  });
});

describe('markTerms', () => {
  const marked = (text: string, terms: string[]) =>
    markTerms(text, terms)
      .filter((s) => s.hit)
      .map((s) => s.text);

  it('marks folded matches, across punctuation, with the last syllable as a prefix', () => {
    expect(marked('Phòng, chống bạo lực, xâm hại trẻ em', ['phong chong bao luc'])).toEqual(['Phòng, chống bạo lực']);
    expect(marked('Công đoàn ngành Y tế', ['cong doa'])).toEqual(['Công đoàn']);
    expect(marked('Quyết định số 1863/QĐ-TTg', ['1863/QD-TTG'])).toEqual(['1863/QĐ-TTg']);
    expect(marked('Tết Trung thu', [])).toEqual([]);
  });
});

describe('pageUrl', () => {
  it('gives the URL a built file is served at', () => {
    expect(pageUrl('/site', '/site/ke-hoach/a/index.html')).toBe('/ke-hoach/a/');
    expect(pageUrl('/site', '/site/index.html')).toBe('/');
  });
});
