import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { CitableDocument } from '../../src/lib/citations';
import { MAX_SENTENCE, sentenceAround, type CitingSentence } from '../../src/lib/citing-sentence';
import { remarkCitations, type RecordedCitation } from '../../src/lib/remark-citations';

/** The sentence around the first occurrence of `cited` in `text`. */
function around(text: string, cited: string): CitingSentence {
  const start = text.indexOf(cited);
  if (start < 0) throw new Error(`"${cited}" is not in the text`);
  return sentenceAround(text, start, start + cited.length);
}
const whole = (s: CitingSentence) => `${s.before}${s.text}${s.after}`;

describe('the sentence a citation stands in', () => {
  it('is the whole sentence, cut at the citation, with other sentences left out', () => {
    const text =
      'Mục đích của kế hoạch. Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ. Câu sau.';
    expect(around(text, 'Quyết định số 23/QĐ-TTg')).toEqual({
      before: 'Thực hiện ',
      text: 'Quyết định số 23/QĐ-TTg',
      after: ' ngày 07/01/2021 của Thủ tướng Chính phủ.',
    });
  });

  it('does not end at the dots of a number or a date, only before a new sentence', () => {
    const text = 'Gọi Trung tâm - 0243.525.662 theo Kế hoạch số 45/KH-LĐLĐ ngày 24/8/2021. Hết.';
    expect(whole(around(text, 'Kế hoạch số 45/KH-LĐLĐ'))).toBe(
      'Gọi Trung tâm - 0243.525.662 theo Kế hoạch số 45/KH-LĐLĐ ngày 24/8/2021.',
    );
  });

  it('ends at a hard line break', () => {
    expect(whole(around('Tiêu đề\n\nThực hiện Luật Trẻ em', 'Luật Trẻ em'))).toBe('Thực hiện Luật Trẻ em');
  });

  it('is cut to the clauses around the citation when long, and says where it was cut', () => {
    const clause = (n: number) =>
      `điều thứ ${n} của một danh sách rất dài các văn bản được dẫn chiếu trong kế hoạch này`;
    const text = `Theo tinh thần ${clause(1)}; ${clause(2)}; Luật Trẻ em năm 2016; ${clause(3)}; ${clause(4)}.`;
    const cut = around(text, 'Luật Trẻ em');
    expect(cut.before.startsWith('… ')).toBe(true);
    expect(cut.after.endsWith(' …')).toBe(true);
    expect(whole(cut).length).toBeLessThanOrEqual(MAX_SENTENCE + 4);
    // The clause alone is too short to read: the clauses beside it come with it.
    expect(whole(cut)).toContain(clause(2));
    // Every word shown is the text's own, in order.
    expect(text).toContain(whole(cut).replace(/^… /, '').replace(/ …$/, ''));
  });

  it('is cut to a window of words when even the clause is long', () => {
    const words = Array.from({ length: 120 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} Chỉ thị số 20-CT/TW ${words}.`;
    const cut = around(text, 'Chỉ thị số 20-CT/TW');
    expect(whole(cut).length).toBeLessThanOrEqual(MAX_SENTENCE + 4);
    expect(cut.before).toMatch(/^… từ\d+ /);
    expect(cut.after).toMatch(/ từ\d+ …$/);
    expect(text).toContain(whole(cut).replace(/^… /, '').replace(/ …$/, ''));
  });

  it('shows runs of white space as one space', () => {
    expect(whole(around('Thực  hiện\nLuật Trẻ em.', 'Luật Trẻ em'))).toBe('Thực hiện Luật Trẻ em.');
  });
});

const DOCUMENTS: CitableDocument[] = [
  { collection: 'directives', id: '23-qd-ttg', kind: 'Quyết định', number: '23/QĐ-TTg', issued: '2021-01-07' },
  { collection: 'directives', id: '102-2016-qh13', kind: 'Luật', number: '102/2016/QH13', names: ['Luật Trẻ em'] },
  { collection: 'plans', id: '45-kh-ldld-long-bien-2021', kind: 'Kế hoạch', number: '45/KH-LĐLĐ' },
];

/** Runs the plugin on Markdown, as the file at `path`: the tree, and what it recorded. */
function run(markdown: string, path = '/content/plans/x.mdx') {
  const tree: Root = fromMarkdown(markdown);
  const file = new VFile({ path });
  remarkCitations({ documents: () => DOCUMENTS, strict: () => true })(tree, file);
  const links: Link[] = [];
  visit(tree, 'link', (link: Link) => void links.push(link));
  const recorded = (file.data as { astro: { frontmatter: { citations: RecordedCitation[] } } }).astro.frontmatter
    .citations;
  return { links, recorded };
}

describe('remarkCitations', () => {
  it('gives every citation link an id: the document cited and its count in the text', () => {
    const { links, recorded } = run(
      'Thực hiện **Quyết định số 23/QĐ-TTg** và Luật Trẻ em.\n\n- Tuyên truyền Quyết định số 23/QĐ-TTg; Luật Trẻ em năm 2016.',
    );
    const ids = links.map((l) => (l.data as { hProperties: Record<string, string> }).hProperties['id']);
    expect(ids).toEqual([
      'trich-dan-23-qd-ttg-1',
      'trich-dan-102-2016-qh13-1',
      'trich-dan-23-qd-ttg-2',
      'trich-dan-102-2016-qh13-2',
    ]);
    expect(recorded.map((c) => c.anchor)).toEqual(ids);
    expect(links.map((l) => l.url)).toEqual([
      '/van-ban/23-qd-ttg/',
      '/van-ban/102-2016-qh13/',
      '/van-ban/23-qd-ttg/',
      '/van-ban/102-2016-qh13/',
    ]);
  });

  it('records the sentence around each citation, across bold text and the links it made', () => {
    const { recorded } = run('Mở đầu. Thực hiện **Quyết định số 23/QĐ-TTg** và Luật Trẻ em năm 2016 của Quốc hội.');
    expect(recorded.map((c) => c.sentence)).toEqual([
      { before: 'Thực hiện ', text: 'Quyết định số 23/QĐ-TTg', after: ' và Luật Trẻ em năm 2016 của Quốc hội.' },
      { before: 'Thực hiện Quyết định số 23/QĐ-TTg và ', text: 'Luật Trẻ em năm 2016', after: ' của Quốc hội.' },
    ]);
  });

  it('does not link a document to itself, plan or directive', () => {
    expect(run('Kế hoạch số 45/KH-LĐLĐ này.', '/content/plans/45-kh-ldld-long-bien-2021.mdx').links).toEqual([]);
    expect(run('Quyết định số 23/QĐ-TTg phê duyệt.', '/content/directives/23-qd-ttg.mdx').links).toEqual([]);
    // A directive's text may cite a plan, which links to the plan.
    expect(run('Theo Kế hoạch số 45/KH-LĐLĐ.', '/content/directives/23-qd-ttg.mdx').links.map((l) => l.url)).toEqual([
      '/ke-hoach/45-kh-ldld-long-bien-2021/',
    ]);
  });
});
