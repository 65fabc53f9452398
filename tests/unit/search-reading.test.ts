/**
 * How the search reads what people type and shows what it found: small words, typo suggestions,
 * excerpts, and the search fields of pages that are not documents.
 */
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../src/lib/pages/search';
import { markTerms } from '../../src/lib/search/highlight';
import { readPage } from '../../src/lib/search/page';
import { DISPLAY_META, META_WEIGHTS } from '../../src/lib/search/record';
import { SECTIONS } from '../../src/lib/routes';
import { excerpt, excerptSource, SHOWN_LENGTH, SOURCE_LENGTH } from '../../src/lib/search/excerpt';
import { isFunctionWord, questionTokens } from '../../src/lib/search/language';
import {
  campaignDayNames,
  campaignFields,
  directiveFields,
  hotlinesFields,
  programFields,
} from '../../src/lib/search/site-fields';
import {
  Dictionary,
  editDistance,
  isUnknown,
  lexicon,
  suggest,
  unknownTokens,
  type DictionaryData,
} from '../../src/lib/search/suggest';
import { indexedPair, pair, tokens } from '../../src/lib/search/text';
import { fixtureSite } from './site-fixture';

describe('small words', () => {
  const question = (text: string) =>
    tokens(text)
      .filter((_, i, all) => questionTokens(all)[i])
      .map((t) => t.text);

  it('finds question phrases and question words, with or without marks', () => {
    expect(question('tre bi xam hai phai lam gi')).toEqual(['phai', 'lam', 'gi']);
    expect(question('phòng chống đuối nước như thế nào')).toEqual(['như', 'thế', 'nào']);
    expect(question('tháng hành động là tháng mấy')).toEqual(['là', 'tháng', 'mấy']);
    expect(question('báo cho ai')).toEqual(['ai']);
    expect(question('luật trẻ em')).toEqual([]);
  });

  it('takes an unmarked word for a function word only when no content word is spelt the same', () => {
    const small = (text: string) => tokens(text).map(isFunctionWord);
    expect(small('quyền và bổn phận của trẻ em')).toEqual([false, true, false, false, true, false, false]);
    expect(small('quyen va bon phan cua tre em')).toEqual([false, true, false, false, true, false, false]);
    // `có` is a function word; `co` may be `cơ` (cơ quan), `thi` may be `thị` (chỉ thị).
    expect(small('có cơ quan')).toEqual([true, false, false]);
    expect(small('co quan chi thi')).toEqual([false, false, false, false]);
  });
});

describe('typo suggestions', () => {
  const data: DictionaryData = [
    ['trẻ', 60],
    ['em', 62],
    ['xâm', 20],
    ['hại', 20],
    ['hai', 30],
    ['hoa', 8],
    ['đuối', 6],
    ['dưới', 12],
    ['nước', 30],
    ['mục', 50],
    ['dục', 55],
    ['trung', 25],
    ['thu', 22],
  ];
  const known = lexicon(data);
  /** Pages per pair: the real pairs of the fixture site. */
  const pairs = new Map([
    [pair('xam', 'hại'), 15],
    [pair('xâm', 'hại'), 15],
    [pair('duoi', 'nước'), 6],
    [pair('tre', 'em'), 60],
    [pair('trẻ', 'em'), 60],
  ]);
  const pagesWith = async (word: string) =>
    [...pairs].find(
      ([p]) => p.normalize('NFD').replace(/\p{M}/gu, '') === word.normalize('NFD').replace(/\p{M}/gu, ''),
    )?.[1] ?? 0;

  it('counts edits, a swap of two letters as one', () => {
    expect(editDistance('hia', 'hai')).toBe(1);
    expect(editDistance('nuc', 'nuoc')).toBe(1);
    expect(editDistance('thuu', 'thu')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('builds the dictionary from the pages: words as written, on how many pages, no numbers or abbreviations', () => {
    const dictionary = new Dictionary();
    dictionary.addPage(['Trẻ em, trẻ em', 'QĐ 1863 của LĐLĐ']);
    dictionary.addPage(['trẻ nhỏ']);
    expect(dictionary.data()).toEqual([
      ['trẻ', 2],
      ['của', 1],
      ['em', 1],
      ['nhỏ', 1],
    ]);
    expect(JSON.parse(dictionary.toJson())).toEqual(dictionary.data());
  });

  it('knows words tone-insensitively, and a word still being typed', () => {
    const [xam, hia] = tokens('xam hia');
    expect(isUnknown(xam!, known, false)).toBe(false);
    expect(isUnknown(hia!, known, false)).toBe(true);
    // The last word may be the beginning of a word.
    expect(isUnknown(tokens('trun')[0]!, known, true)).toBe(false);
    expect(isUnknown(tokens('trun')[0]!, known, false)).toBe(true);
    // Numbers, abbreviations and single letters are never typos.
    expect(unknownTokens('1863 QĐ a', known)).toEqual([]);
  });

  it('suggests the closest known word that makes a pair with its neighbour, in the query’s own spelling', async () => {
    expect(await suggest('xam hia', known, pagesWith)).toBe('xam hai');
    expect(await suggest('xâm hịa', known, pagesWith)).toBe('xâm hại');
    // `nuc` is one edit from `nước`, `mục` and `dục`: the pair with `duoi` decides.
    expect(await suggest('duoi nuc', known, pagesWith)).toBe('duoi nuoc');
    expect(await suggest('tre en', known, pagesWith)).toBe('tre em');
    expect(await suggest('Tết trung thuu', known, pagesWith)).toBe('Tết trung thu');
  });

  it('prefers a word that makes a pair some page has to a closer one that makes none', async () => {
    const withNuoi = lexicon([...data, ['nuôi', 80]]);
    // `nuoix` is one edit from `nuôi` and two from `nước`; only `đuối nước` is on the pages.
    expect(await suggest('duoi nuoix', withNuoi, pagesWith)).toBe('duoi nuoc');
    expect(await suggest('nuoix', withNuoi, pagesWith)).toBe('nuoi');
  });

  it('suggests nothing when every word is known, or nothing is close enough', async () => {
    expect(await suggest('xâm hại trẻ em', known, pagesWith)).toBeUndefined();
    expect(await suggest('qwxyz', known, pagesWith)).toBeUndefined();
  });

  it('asks the index about pairs as the index spells them', async () => {
    const asked: string[] = [];
    await suggest('xam hia', known, async (word) => {
      asked.push(word);
      return 0;
    });
    expect(asked).toContain(pair('xam', 'hai'));
    expect(asked.every((word) => !word.endsWith(indexedPair('a', 'b').slice(-1)))).toBe(true);
  });
});

describe('excerpts', () => {
  const blocks = [
    { text: 'Tết Trung thu', weight: 7 },
    { text: 'Thông tin', weight: 6 },
    { text: 'Số: 45/KH-LĐLĐ', weight: 1 },
    {
      text: 'Tổ chức các hoạt động Tết Trung thu cho con CNVCLĐ an toàn. Ưu tiên trẻ em có hoàn cảnh đặc biệt khó khăn, trẻ em khuyết tật.',
      weight: 1,
    },
    { text: 'Báo cáo kết quả về Liên đoàn Lao động quận trước ngày 30/9 để tổng hợp chung.', weight: 1 },
  ];

  it('keeps the page’s opening sentences, not its title, headings or labels', () => {
    const source = excerptSource(blocks, 'Tết Trung thu');
    expect(source.startsWith('Tổ chức các hoạt động')).toBe(true);
    expect(source).toContain('Báo cáo kết quả');
    expect(source).not.toContain('45/KH');
    const long = excerptSource([{ text: 'chữ '.repeat(400), weight: 1 }], undefined);
    expect(long.length).toBeLessThanOrEqual(SOURCE_LENGTH + 1);
    expect(long.endsWith('…')).toBe(true);
  });

  it('takes the page’s article when it has one, and never the data of a <dl>', () => {
    const page = readPage(`<main data-pagefind-body><h1>Kế hoạch 63</h1>
      <p>Dành cho: cha mẹ, cán bộ công đoàn và người lao động</p>
      <dl><dt>Người ký</dt><dd>Phó Chủ tịch công đoàn ngành y tế tỉnh: Đào Văn Truyền</dd></dl>
      <article><p>Thái Bình, ngày 17 tháng 5 năm 2021</p><p>Thực hiện kế hoạch của Liên đoàn Lao động tỉnh về công tác trẻ em.</p></article>
    </main>`)!;
    expect(page.blocks.map((b) => b.in)).toEqual([undefined, undefined, 'dl', 'dl', 'article', 'article']);
    // The article's sentence; not the audience line, the signer, or the place and date.
    expect(excerptSource(page.blocks, page.meta['title'])).toBe(
      'Thực hiện kế hoạch của Liên đoàn Lao động tỉnh về công tác trẻ em.',
    );
    const noArticle = readPage(`<main data-pagefind-body><h1>T</h1><dl><dd>một hai ba bốn năm sáu bảy</dd></dl>
      <p>Ngày 15 tháng 8 âm lịch, ngày dương lịch đổi theo từng năm.</p></main>`)!;
    expect(excerptSource(noArticle.blocks, 'T')).toBe('Ngày 15 tháng 8 âm lịch, ngày dương lịch đổi theo từng năm.');
  });

  it('lets only the last word typed be unfinished', () => {
    const marked = (text: string, terms: string[]) =>
      markTerms(text, terms)
        .filter((s) => s.hit)
        .map((s) => s.text);
    expect(marked('Phan Thị Thu Hằng, Ban Thường vụ', ['thu'])).toEqual(['Thu', 'Thường']);
    expect(marked('Phan Thị Thu Hằng, Ban Thường vụ', ['thu', 'hang'])).toEqual(['Thu', 'Hằng']);
  });

  it('shows the sentence with the most searched words, marked', () => {
    const source = excerptSource(blocks, 'Tết Trung thu');
    const shown = excerpt(source, ['khuyết tật', 'trẻ em']);
    const text = shown.map((s) => s.text).join('');
    expect(text).toContain('Ưu tiên trẻ em');
    expect(shown.filter((s) => s.hit).map((s) => s.text)).toEqual(['trẻ em', 'trẻ em', 'khuyết tật']);
    // Abbreviations both ways, as the search matches them.
    expect(
      excerpt(source, ['ldld'])
        .filter((s) => s.hit)
        .map((s) => s.text),
    ).toEqual(['Liên đoàn Lao động']);
  });

  it('falls back to the opening, unmarked, and cuts a long sentence around the first hit', () => {
    const source = excerptSource(blocks, 'Tết Trung thu');
    const none = excerpt(source, ['đuối nước']);
    expect(none.every((s) => !s.hit)).toBe(true);
    expect(none[0]!.text.startsWith('Tổ chức')).toBe(true);
    const long = `${'một hai ba bốn năm sáu bảy tám chín mười '.repeat(10)}đuối nước ${'một hai ba '.repeat(20)}`;
    const cut = excerpt(long, ['đuối nước']);
    const text = cut.map((s) => s.text).join('');
    expect(text.length).toBeLessThanOrEqual(SHOWN_LENGTH + 2);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(cut.some((s) => s.hit && s.text === 'đuối nước')).toBe(true);
    expect(excerpt('', ['x'])).toEqual([]);
  });
});

describe('search fields of pages that are not documents', () => {
  it('names a campaign by its day as people type it, from its date', () => {
    expect(campaignDayNames({ kind: 'fixed', start: '06-01' })).toEqual(['1/6', 'ngày 1 tháng 6']);
    expect(campaignDayNames({ kind: 'fixed', start: '06-28' })).toEqual(['28/6', 'ngày 28 tháng 6']);
    // A month-long campaign is named by its month; its first day is another campaign's.
    expect(campaignDayNames({ kind: 'fixed', start: '06-01', end: '06-30' })).toEqual(['tháng 6']);
    expect(campaignDayNames({ kind: 'lunar', month: 8, day: 15 })).toEqual(['15/8 âm lịch', 'ngày 15 tháng 8 âm lịch']);
    expect(campaignDayNames({ kind: 'unfixed' })).toEqual([]);
    const site = fixtureSite();
    const day = site.campaigns.find((c) => c.data.date.kind === 'fixed' && !c.data.date.end)!;
    expect(campaignFields(day).meta.aka).toBe('1/6 · ngày 1 tháng 6');
  });

  it('lists the hotlines’ names for ranking, and their numbers as written and as dialled', () => {
    const site = fixtureSite();
    const fields = hotlinesFields(site);
    for (const h of site.hotlines) {
      expect(fields.meta.aka).toContain(h.data.name);
      expect(fields.meta.so).toContain(h.data.number);
    }
  });
});

describe('search fields say how sure the site is, as the pages do', () => {
  it('a document known only as cited names the plan it is known from; a sure one says nothing', () => {
    const site = fixtureSite();
    expect(directiveFields(site, site.directive('d2')).meta.tc).toBe(
      'theo dẫn chiếu tại Kế hoạch “Title undated-2020”',
    );
    expect(directiveFields(site, site.directive('d1')).meta.tc).toBeUndefined();
    expect(programFields(site, site.program('p')).meta.tc).toBeUndefined();
  });

  it('a medium-confidence document says so, and the caveat is shown in results, not ranked', () => {
    const site = fixtureSite();
    const d1 = site.directive('d1');
    const med = { ...d1, data: { ...d1.data, confidence: 'med' as const } };
    expect(directiveFields(site, med).meta.tc).toBe('mức tin cậy trung bình');
    expect(DISPLAY_META).toContain('tc');
    expect(Object.keys(META_WEIGHTS)).not.toContain('tc');
  });
});

describe('the search page model', () => {
  it('points to the lists and the national line, and gives the script its strings', () => {
    const site = fixtureSite();
    for (const plan of site.plans) Object.assign(plan.data, { signer: { name: 'Người Ký', title: 'Chủ tịch' } });
    const model = searchPage(site);
    expect(model.lists.map((l) => l.href)).toEqual(
      expect.arrayContaining([SECTIONS.plans, SECTIONS.directives, SECTIONS.guidance, SECTIONS.hotlines]),
    );
    expect(model.hotline).toBe(site.nationalHotline.data.number);
    expect(model.strings.filtersActive).toContain('{count}');
    expect(model.options.tinh.map((o) => o.value)).toEqual(
      [...new Set(site.plans.map((p) => p.data.province).filter(Boolean))].sort((a, b) => a!.localeCompare(b!, 'vi')),
    );
  });
});
