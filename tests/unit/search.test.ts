import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/integrations/search-index';
import { documentFields, facetOptions, fieldsHtml, pageFields } from '../../src/lib/search/fields';
import { markTerms } from '../../src/lib/search/highlight';
import { readPage } from '../../src/lib/search/page';
import { byTitle, resultHref, runTiers, searchPlan, titleCoverage, type Ranked } from '../../src/lib/search/query';
import { indexWords, metaWeights, recordHtml, wordWeight } from '../../src/lib/search/record';
import {
  displayText,
  indexedDisplay,
  indexedPair,
  indexSpelling,
  pair,
  pairs,
  syllables,
} from '../../src/lib/search/text';

/**
 * These tests state what the index and the queries do, not how words are spelt inside the index:
 * expected index words are made with the module's own `pair`, `indexedPair` and `syllables`, so the
 * spelling can change while the behaviour holds.
 */

/** How Pagefind compares words: tone marks (and anything else that decomposes) folded away. */
const pagefindFold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
/** The query-side pair of a two-syllable text, as a query asks for it. */
const queryPair = (text: string) => {
  const [first, second] = syllables(text);
  return pair(first!, second!);
};

describe('indexed spelling', () => {
  it('spells đ so that Pagefind folds it to d like a tone mark, keeps the marks, and shows it as written', () => {
    // Typed with or without marks, and with d for đ, the folded word is the same.
    for (const typed of ['Đoàn', 'đoàn', 'doan', 'Doan'])
      expect(pagefindFold(indexSpelling(typed))).toBe(pagefindFold(indexSpelling('Đoàn')));
    expect(pagefindFold(indexSpelling('Đuối'))).toBe('duoi');
    // The exact spelling stays apart from the unmarked one, for Pagefind's exact-match bonus.
    expect(indexSpelling('Đoàn')).not.toBe(indexSpelling('Doan'));
    expect(indexSpelling('trẻ')).not.toBe(indexSpelling('tre'));
    // What comes back from the index reads as it was written.
    expect(displayText(indexedDisplay('Đào Văn Truyền, đuối nước'))).toBe('Đào Văn Truyền, đuối nước');
    expect(displayText(syllables('Đào Văn Truyền').join(' '))).toBe('đào văn truyền');
  });

  it('cuts document numbers into the same syllables however they are written', () => {
    const cut = (text: string) => syllables(text).map((s) => s.normalize('NFD').replace(/\p{M}/gu, ''));
    for (const spelling of ['1863/QĐ-TTg', '1863/QD-TTG', '1863 QĐ TTg', '1863-qd-ttg']) {
      expect(cut(spelling)).toEqual(['1863', 'qd', 'ttg']);
    }
    expect(syllables('Chỉ thị số 28-CT/TW')).toEqual(['chỉ', 'thị', 'số', '28', 'ct', 'tw']);
  });

  it('pairs adjacent syllables, also across "số" before a number', () => {
    expect(pairs(['trẻ', 'em'])).toEqual([indexedPair('trẻ', 'em')]);
    const [quyết, định, số, n] = syllables('Quyết định số 1863');
    expect(pairs([quyết!, định!, số!, n!])).toEqual([
      indexedPair(quyết!, định!),
      indexedPair(định!, số!),
      indexedPair(định!, n!),
      indexedPair(số!, n!),
    ]);
    // So `quyết định 1863`, as people type it, asks for a pair the citation's page holds.
    const typed = syllables('quyết định 1863');
    expect(pairs([quyết!, định!, số!, n!])).toContain(indexedPair(typed[1]!, typed[2]!));
  });

  it('keeps pairs apart from single words in Pagefind’s prefix matching', () => {
    const [trẻ, em, có] = syllables('trẻ em có');
    // One word to Pagefind: nothing it would split on.
    expect(indexedPair(trẻ!, em!)).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
    // A one-syllable query matches words by prefix, and must not match every pair starting with it.
    expect(indexedPair(em!, có!).startsWith(em!)).toBe(false);
    expect(pagefindFold(indexedPair(em!, có!)).startsWith(pagefindFold(em!))).toBe(false);
    // A query's pair finds the indexed pair by prefix, also while the last syllable is being typed.
    expect(indexedPair(trẻ!, em!).startsWith(pair(trẻ!, em!))).toBe(true);
    expect(
      pagefindFold(indexedPair('công', indexSpelling('đoàn'))).startsWith(pagefindFold(queryPair('cong doa'))),
    ).toBe(true);
    // Pagefind falls back to the longest indexed word a query word starts with: a short pair must
    // not stand in for a longer one (`ttg 234` is not `ttg 2`).
    expect(pair('ttg', '234').startsWith(indexedPair('ttg', '2'))).toBe(false);
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
    expect(words.filter((w) => w === indexedPair('tết', 'trung'))).toHaveLength(1);
    expect(words).toEqual(expect.arrayContaining(syllables('CNVCLĐ')));
    expect(new Set(words).size).toBe(words.length);
  });

  it('weights words by heading and, slowly, by how often the page uses them', () => {
    // Once in a block, a word has the block's weight; a heading outweighs body text.
    expect(wordWeight(1, 1)).toBe(1);
    expect(wordWeight(7, 1)).toBe(7);
    // More uses weigh more, by less each time, and never as much as a heading does.
    const body = [1, 2, 4, 8, 16].map((count) => wordWeight(1, count));
    for (let i = 1; i < body.length; i++) expect(body[i]).toBeGreaterThan(body[i - 1]!);
    expect(body[4]! - body[3]!).toBeLessThanOrEqual(body[1]! - body[0]!);
    expect(wordWeight(1, 64)).toBeLessThan(wordWeight(7, 1));
    // Within Pagefind's range, however often a page repeats a word.
    expect(wordWeight(10, 2 ** 20)).toBeLessThanOrEqual(10);
    // A word counts over the whole page and takes its heaviest block: "tết trung" is once in the
    // heading and twice in the text.
    const weightOf = (word: string) =>
      [...recordHtml(page).matchAll(/<p data-pagefind-weight="([\d.]+)">([^<]*)<\/p>/g)]
        .filter((m) => m[2]!.split(' ').includes(word))
        .map((m) => Number(m[1]));
    expect(weightOf(indexedPair('tết', 'trung'))).toEqual([wordWeight(7, 3)]);
    expect(weightOf(indexSpelling('vui'))).toEqual([wordWeight(1, 1)]);
  });

  it('indexes the number with its kind, and the fields people search for in their own weighted fields', () => {
    const html = recordHtml(page);
    const meta = Object.fromEntries(
      [...html.matchAll(/data-pagefind-meta="([^:"]+):([^"]*)"/g)].map((m) => [m[1]!, m[2]!.split(' ')]),
    );
    // Shown as written.
    expect(meta['ky']?.join(' ')).toBe('Phan Thị Thu Hằng');
    // The number is searchable as people cite it, with its kind, in any spelling.
    const weighted = Object.keys(meta).filter((key) => metaWeights()[key]! > 0);
    const numberField = weighted.find((key) => indexWords('kế hoạch 45').every((w) => meta[key]!.includes(w)));
    expect(numberField).toBeDefined();
    expect(meta[numberField!]).toEqual(expect.arrayContaining(indexWords('45/KH-LĐLĐ')));
    expect(meta[numberField!]).toEqual(expect.arrayContaining(indexWords('kế hoạch 45 kh lđlđ')));
    // The signer is searchable too, ranking below the number: the document that *is* 45/KH-LĐLĐ
    // outranks a page that only names its signer.
    const signerField = weighted.find(
      (key) => key !== numberField && indexWords('phan thị thu hằng').every((w) => meta[key]!.includes(w)),
    );
    expect(signerField).toBeDefined();
    expect(metaWeights()[numberField!]).toBeGreaterThan(metaWeights()[signerField!]!);
    expect(Math.max(...Object.values(metaWeights()))).toBe(metaWeights()[numberField!]);
    // What is only shown (title, number as written, signer's name) does not rank.
    for (const shown of ['title', 'so', 'ky']) expect(metaWeights()[shown]).toBe(0);
    // An undated page still sorts by date: after every dated one, newest first.
    const sortKey = /data-pagefind-sort="ngay:([^"]*)"/.exec(html)?.[1];
    expect(sortKey).toBeDefined();
    expect([sortKey!, '2016-01-01', '1945-09-02'].sort().reverse().at(-1)).toBe(sortKey);
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
    // People type `qd 1863`: after Pagefind's folding, the same words.
    expect(indexWords('QĐ 1863').map(pagefindFold)).toEqual(indexWords('qd 1863').map(pagefindFold));
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
        {
          name: 'phrase',
          query: `${queryPair('Đào Văn')} ${queryPair('Văn Truyền')}`,
          highlight: ['Đào Văn Truyền'],
        },
        { name: 'apart', query: syllables('Đào Văn Truyền').join(' '), highlight: ['Đào', 'Văn', 'Truyền'] },
      ],
      enough: 1,
    });
    expect(await plan('  111 ')).toEqual({ tiers: [{ name: 'phrase', query: '111', highlight: ['111'] }], enough: 1 });
    expect((await plan('qd 1863')).tiers.map((t) => t.query)).toEqual([queryPair('qd 1863'), 'qd 1863']);
    expect((await plan(' ,. ')).tiers).toEqual([]);
  });

  it('cuts a longer query into the two-syllable words that pages use', async () => {
    const { tiers, enough } = await plan('phòng, chống xâm hại trẻ em', {
      [queryPair('phòng chống')]: 30,
      [queryPair('xâm hại')]: 40,
      [queryPair('trẻ em')]: 60,
      [queryPair('chống xâm')]: 12,
    });
    expect(tiers[0]).toEqual({
      name: 'words',
      query: [queryPair('phòng chống'), queryPair('xâm hại'), queryPair('trẻ em')].join(' '),
      highlight: ['phòng chống', 'xâm hại', 'trẻ em'],
    });
    expect(tiers[1]!.name).toBe('apart');
    expect(enough).toBe(10);
    // The common words win over the pairs that straddle them.
    const cut = await plan('làm gì khi trẻ bị xâm hại', {
      [queryPair('làm gì')]: 5,
      [queryPair('khi trẻ')]: 3,
      [queryPair('trẻ bị')]: 6,
      [queryPair('bị xâm')]: 8,
      [queryPair('xâm hại')]: 40,
    });
    expect(cut.tiers[0]!.query).toBe([queryPair('làm gì'), 'khi', queryPair('trẻ bị'), queryPair('xâm hại')].join(' '));
    const vì = await plan('vì trẻ em giai đoạn', { [queryPair('vì trẻ')]: 9, [queryPair('giai đoạn')]: 30 });
    expect(vì.tiers[0]!.query).toBe([queryPair('vì trẻ'), 'em', queryPair('giai đoạn')].join(' '));
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
    const phrase = queryPair('đuối nước');
    const apart = syllables('đuối nước').join(' ');
    const { shown, searched } = await shownFor('đuối nước', {}, { [phrase]: ['a'], [apart]: ['b', 'a'] });
    expect(searched).toEqual([phrase]);
    expect(shown).toEqual([['a']]);
  });

  it('loosens a short query when no page has the phrase', async () => {
    const { shown } = await shownFor('qd 1863', {}, { 'qd 1863': ['x', 'y'] });
    expect(shown).toEqual([['x', 'y']]);
  });

  it('adds the pages with the words apart after a long query’s few matches', async () => {
    const { shown, searched } = await shownFor(
      'a b c d',
      { [queryPair('a b')]: 2, [queryPair('c d')]: 2 },
      { [`${queryPair('a b')} ${queryPair('c d')}`]: ['p'], 'a b c d': ['x', 'p'] },
    );
    expect(searched).toEqual([`${queryPair('a b')} ${queryPair('c d')}`, 'a b c d']);
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
