import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/integrations/search-index';
import { documentFields, facetOptions, fieldsHtml, pageFields } from '../../src/lib/search/fields';
import { markTerms } from '../../src/lib/search/highlight';
import { readPage } from '../../src/lib/search/page';
import {
  byTitle,
  resultHref,
  runTiers,
  searchPlan,
  titleCoverage,
  type QueryFields,
  type Ranked,
} from '../../src/lib/search/query';
import { commonWords, GAP, indexWords, metaWeights, recordHtml, wordWeight } from '../../src/lib/search/record';
import {
  displayText,
  fold,
  indexedDisplay,
  indexedPair,
  indexSpelling,
  pair,
  pairs,
  syllables,
  tokens,
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

  it('indexes no word that a pair starts with, so no page stands in for a pair no page has', () => {
    // Pagefind falls back to the longest loaded word that a missing query word starts with: a page
    // with the number 0 (a link's 127.0.0.1) answered every pair no page has once its chunk loaded.
    const pairWord = indexedPair(...(syllables('đuối nước') as [string, string]));
    const words = syllables('http://127.0.0.1:4321/ 0 đồng, 00, 000, 0/6, 10, 0q');
    expect(words.filter((word) => pairWord.startsWith(pagefindFold(word)) || pairWord.startsWith(word))).toEqual([]);
    expect(words).not.toContain('0');
    // Typed, zero is still found: query and index spell it the same.
    expect(syllables('0')).toEqual(syllables('00'));
    expect(words).toContain(syllables('0')[0]);
  });

  it('cuts document numbers into the same syllables however they are written, run together or apart', () => {
    const cut = (text: string) => syllables(text).map(pagefindFold);
    const qd1863 = ['1863', 'quyet', 'dinh', 'thu', 'tuong'];
    for (const spelling of ['1863/QĐ-TTg', '1863/QD-TTG', '1863 QĐ TTg', '1863-qd-ttg']) {
      expect(cut(spelling)).toEqual(qd1863);
    }
    // Kind and number run together, in either order: the same syllables as written apart.
    expect(cut('QĐ1863')).toEqual(cut('QĐ 1863'));
    expect(cut('qd1863')).toEqual(cut('quyết định 1863'));
    expect(cut('1863qd')).toEqual(cut('1863 QĐ'));
    expect(syllables('Chỉ thị số 28-CT/TW')).toEqual(syllables('chỉ thị số 28 chỉ thị trung ương'));
  });

  it('reads the abbreviations documents use as their words, both ways', () => {
    for (const [short, long] of [
      ['CNVCLĐ', 'công nhân viên chức lao động'],
      ['LĐLĐ', 'liên đoàn lao động'],
      ['ldld', 'Liên đoàn Lao động'],
      ['TLĐ', 'tổng liên đoàn'],
      ['CĐ', 'công đoàn'],
      ['UBND', 'ủy ban nhân dân'],
      ['BCH', 'ban chấp hành'],
      ['QĐ', 'quyết định'],
      ['CT', 'chỉ thị'],
      ['KH', 'kế hoạch'],
      ['NĐ', 'nghị định'],
      ['TTg', 'thủ tướng'],
    ]) {
      expect(syllables(short!).map(pagefindFold), short).toEqual(syllables(long!).map(pagefindFold));
    }
    // A token that is also a Vietnamese syllable is never taken for an abbreviation.
    expect(syllables('tu từ tư')).toEqual(['tu', 'từ', 'tư']);
  });

  it('writes a day or a month without its leading zero, so 01/6 is 1/6', () => {
    expect(syllables('01/6')).toEqual(syllables('1/6'));
    expect(syllables('ngày 01 tháng 06')).toEqual(syllables('ngày 1 tháng 6'));
    // Longer numbers (years, phone numbers, document numbers) stay as written.
    expect(syllables('0243525662 2018 06/QĐ-TTg')[0]).toBe('0243525662');
  });

  it('keeps where each token stands in the text as written', () => {
    const [ldld, phu] = tokens('LĐLĐ Phú');
    expect(ldld).toMatchObject({ text: 'LĐLĐ', start: 0, end: 4 });
    expect(ldld!.syllables).toHaveLength(4);
    expect(phu).toMatchObject({ text: 'Phú', start: 5, end: 8, syllables: ['phú'] });
    expect(fold('Đường ḎẬP')).toBe('duong dap');
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
    // A pair that ends in a number is exact: `1/6` is not the beginning of `1/60`.
    expect(indexedPair('1', '60').startsWith(pair('1', '6'))).toBe(false);
    expect(pair('1', '6')).toBe(indexedPair('1', '6'));
    // Two numbers side by side are not one number: `1/6` is not `16 tuổi`.
    expect(indexedPair('16', 'tuổi').startsWith(pair('1', '6').slice(0, -1))).toBe(false);
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

  /** The words of a record with their weights, in order. */
  const recordWords = (html: string) =>
    [...html.matchAll(/<span data-pagefind-weight="([\d.]+)">([^<]*)<\/span>/g)].flatMap((m) =>
      m[2]!.split(' ').map((word) => ({ word, weight: Number(m[1]) })),
    );

  it('holds each word and each pair of adjacent words once', () => {
    const html = recordHtml(page);
    const words = recordWords(html).map((w) => w.word);
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
      recordWords(recordHtml(page))
        .filter((w) => w.word === word)
        .map((w) => w.weight);
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

  it('opens with the site’s common words at the same place on every page, a gap where one is missing', () => {
    const pagesWith = new Map([
      ['trẻ', 9],
      ['em', 10],
      [indexedPair('trẻ', 'em'), 8],
      ['hiếm', 1],
    ]);
    const common = commonWords(pagesWith, 10);
    // Most common first; a word on one page of ten is not common.
    expect(common).toEqual(['em', 'trẻ', indexedPair('trẻ', 'em')]);
    const children = { ...page, blocks: [...page.blocks, { text: 'Vì trẻ em', weight: 1 }] };
    const other = { ...page, blocks: [{ text: 'em bé', weight: 1 }] };
    const place = (html: string) => recordWords(html).map((w) => w.word);
    const [a, b] = [place(recordHtml(children, common)), place(recordHtml(other, common))];
    // Same positions for the common words; a page without `trẻ` has a gap in its place.
    expect(a.slice(0, 3)).toEqual(common);
    expect(b.slice(0, 3)).toEqual(['em', GAP, GAP]);
    // Pagefind indexes no gap: it has no letter or digit.
    expect(GAP).not.toMatch(/[\p{L}\p{N}]/u);
    // Every word of the page is still there once.
    expect(a.filter((w) => w !== GAP).sort()).toEqual(place(recordHtml(children)).sort());
  });

  it('keeps a short passage of the page’s text to cut excerpts from', () => {
    const html = recordHtml({
      ...page,
      blocks: [
        { text: 'Tết trung thu cho con CNVCLĐ', weight: 7 },
        { text: 'Mục đích', weight: 5 },
        { text: 'Số: 45/KH-LĐLĐ', weight: 1 },
        { text: 'Tổ chức các hoạt động Tết Trung thu cho con CNVCLĐ an toàn, thiết thực.', weight: 1 },
      ],
    });
    const passage = /data-pagefind-meta="ex:([^"]*)"/.exec(html)?.[1];
    expect(passage).toBe('Tổ chức các hoạt ḏộng Tết Trung thu cho con CNVCLḎ an toàn, thiết thực.');
    expect(metaWeights()['ex']).toBe(0);
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
  const fields: QueryFields = {
    provinces: ['Bình Thuận', 'Phú Yên', 'Thái Bình'],
    years: ['2018', '2021', '2024'],
    kinds: ['Chỉ thị', 'Quyết định', 'Kế hoạch'],
  };
  /** On how many pages each pair is, for the `words` tier's cutting. */
  const plan = (query: string, pages: Record<string, number> = {}) =>
    searchPlan(query, async (word) => pages[word] ?? 0, 10, fields);
  const phraseOf = (text: string) => {
    const words = syllables(text);
    return words
      .slice(1)
      .map((w, i) => pair(words[i]!, w))
      .join(' ');
  };

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
    expect((await plan(' ,. ')).tiers).toEqual([]);
  });

  it('reads a number typed with its kind, run together or apart, as the same phrase', async () => {
    const phrase = phraseOf('quyết định 1863');
    for (const typed of ['qd 1863', 'QĐ1863', 'qd1863', 'quyết định 1863']) {
      expect((await plan(typed)).tiers[0]!.query, typed).toBe(phrase);
    }
    expect((await plan('1863qd')).tiers[0]!.query).toBe(phraseOf('1863 quyết định'));
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
      highlight: ['phòng, chống', 'xâm hại', 'trẻ em'],
    });
    expect(tiers[1]!.name).toBe('apart');
    expect(enough).toBe(10);
    // The common words win over the pairs that straddle them.
    const cut = await plan('nghi ngờ khi trẻ bị xâm hại', {
      [queryPair('nghi ngờ')]: 5,
      [queryPair('ngờ khi')]: 1,
      [queryPair('trẻ bị')]: 6,
      [queryPair('bị xâm')]: 8,
      [queryPair('xâm hại')]: 40,
    });
    expect(cut.tiers[0]!.query).toBe([queryPair('nghi ngờ'), queryPair('trẻ bị'), queryPair('xâm hại')].join(' '));
    const vì = await plan('vì trẻ em giai đoạn', { [queryPair('vì trẻ')]: 9, [queryPair('giai đoạn')]: 30 });
    expect(vì.tiers[0]!.query).toBe([queryPair('vì trẻ'), 'em', queryPair('giai đoạn')].join(' '));
  });

  it('sets question words aside and drops function words that stand alone', async () => {
    const pages = { [queryPair('tre bi')]: 6, [queryPair('xam hai')]: 40, [queryPair('lam gi')]: 9 };
    // `phải làm gì` asks a question: pages need not have it.
    const question = await plan('tre bi xam hai phai lam gi', pages);
    expect(question.tiers.map((t) => t.query)).toEqual([
      [queryPair('tre bi'), queryPair('xam hai')].join(' '),
      syllables('tre bi xam hai').join(' '),
    ]);
    // `của` and `và` alone are not asked for; a pair with one is not a word of a long query.
    const rights = await plan('quyền và bổn phận của trẻ em', {
      [queryPair('quyền và')]: 50,
      [queryPair('bổn phận')]: 3,
      [queryPair('của trẻ')]: 50,
      [queryPair('trẻ em')]: 60,
    });
    expect(rights.tiers[0]!.query).toBe(['quyền', queryPair('bổn phận'), queryPair('trẻ em')].join(' '));
    expect(rights.tiers[1]!.query).toBe(syllables('quyền bổn phận trẻ em').join(' '));
    // Typed without marks, a word that may be a content word stays: `co quan` is `cơ quan`.
    expect((await plan('co quan nha nuoc cap tinh')).tiers[1]!.query).toBe(
      syllables('co quan nha nuoc cap tinh').join(' '),
    );
    // A query of nothing but small words is searched as typed.
    expect((await plan('là gì')).tiers[0]!.query).toBe(phraseOf('là gì'));
    expect((await plan('của và')).tiers.map((t) => t.query)).toEqual([
      phraseOf('của và'),
      syllables('của và').join(' '),
    ]);
  });

  it('lists the documents of a province, and of a year with it, first', async () => {
    const list = await plan('binh thuan 2018');
    expect(list.tiers[0]).toEqual({
      name: 'fields',
      query: null,
      filters: { tinh: 'Bình Thuận', nam: '2018' },
      highlight: [],
    });
    expect(list.tiers.slice(1).map((t) => t.name)).toEqual(['phrase', 'apart']);
    // With other words, the province's pages that have them, the province's words asked too.
    const ldld = await plan('ldld phu yen');
    expect(ldld.tiers[0]).toMatchObject({ name: 'fields', filters: { tinh: 'Phú Yên' } });
    expect(ldld.tiers[0]!.query).toContain(queryPair('liên đoàn'));
    expect(ldld.tiers[0]!.query).toContain(queryPair('phu yen'));
    // A year alone, or a range of years, is no filter: programs are filed under no year.
    expect((await plan('tai nạn thương tích 2016')).tiers[0]!.name).not.toBe('fields');
    expect((await plan('bình thuận 2018-2020')).tiers[0]!.filters).toEqual({ tinh: 'Bình Thuận' });
  });

  it('asks for a document’s number with its kind: `chỉ thị 20` is the pair `thị 20`', async () => {
    const { tiers } = await plan('chi thi 20 bo chinh tri', {
      [queryPair('chi thi')]: 30,
      [queryPair('chinh tri')]: 20,
    });
    expect(tiers[0]!.query!.split(' ')).toContain(pair('thi', '20'));
    expect(tiers[0]!.query!.split(' ')).not.toContain('20');
  });

  /** Runs `runTiers` against canned results per Pagefind query; returns what was shown, in turn. */
  async function shownFor(query: string, pages: Record<string, number>, results: Record<string, string[]>) {
    const shown: string[][] = [];
    const searched: (string | null)[] = [];
    await runTiers(
      await plan(query, pages),
      async (tier) => {
        searched.push(tier.query);
        return (results[tier.query ?? ''] ?? []).map((id) => ({ id }));
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
    const apart = syllables('qd 1863').join(' ');
    const { shown } = await shownFor('qd 1863', {}, { [apart]: ['x', 'y'] });
    expect(shown).toEqual([['x', 'y']]);
  });

  it('adds the pages with the words apart after a long query’s few matches', async () => {
    const { shown, searched } = await shownFor(
      'an bo ca do',
      { [queryPair('an bo')]: 2, [queryPair('ca do')]: 2 },
      { [`${queryPair('an bo')} ${queryPair('ca do')}`]: ['p'], 'an bo ca do': ['x', 'p'] },
    );
    expect(searched).toEqual([`${queryPair('an bo')} ${queryPair('ca do')}`, 'an bo ca do']);
    expect(shown).toEqual([['p'], ['p', 'x']]);
  });

  it('lifts the page whose title is the query within a tier, never across tiers', () => {
    expect(titleCoverage('Luật Trẻ em số 102/2016/QH13', 'luat tre em')).toBeCloseTo(3 / 9);
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
    expect(marked('Quyết định số 1863/QĐ-TTg', ['qd1863'])).toEqual(['Quyết định số 1863']);
    expect(marked('Tết Trung thu', [])).toEqual([]);
  });

  it('marks an abbreviation for its words, and the words for the abbreviation', () => {
    expect(marked('Liên đoàn Lao động tỉnh Phú Yên', ['ldld'])).toEqual(['Liên đoàn Lao động']);
    expect(marked('Kế hoạch 40/KH-LĐLĐ', ['liên đoàn lao động'])).toEqual(['LĐLĐ']);
  });
});

describe('pageUrl', () => {
  it('gives the URL a built file is served at', () => {
    expect(pageUrl('/site', '/site/ke-hoach/a/index.html')).toBe('/ke-hoach/a/');
    expect(pageUrl('/site', '/site/index.html')).toBe('/');
  });
});
