import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { contents, headingSlug, headingSlugger, MAX_ANCHOR_LENGTH } from '../../src/lib/headings';
import { rehypeHeadingLinks } from '../../src/lib/rehype-heading-links';

describe('heading anchors', () => {
  it('fold tones and đ to ASCII, and keep roman and arabic numerals as words', () => {
    expect(headingSlug('III. TỔ CHỨC THỰC HIỆN')).toBe('iii-to-chuc-thuc-hien');
    expect(headingSlug('III. TỔ CHỨC THỰC HIỆN.')).toBe('iii-to-chuc-thuc-hien');
    expect(headingSlug('1. Mục đích, yêu cầu:')).toBe('1-muc-dich-yeu-cau');
    expect(headingSlug('Đưa trẻ đi khám và giữ chứng cứ')).toBe('dua-tre-di-kham-va-giu-chung-cu');
    expect(headingSlug('IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU')).toBe('iv-nhiem-vu-giai-phap-chu-yeu');
    expect(headingSlug('Ưu tiên ỹ ữ ặ ẵ Ơ')).toBe('uu-tien-y-u-a-a-o');
  });

  it('cut a sentence-long heading at a word, and give a heading with no letters an anchor too', () => {
    const long =
      '1. Quán triệt, triển khai thực hiện Chương trình hành động số 36 - CTr/TU về thực hiện Chỉ thị số 28-CT/TW của Bộ Chính trị';
    const slug = headingSlug(long);
    expect(slug.length).toBeLessThanOrEqual(MAX_ANCHOR_LENGTH);
    expect(slug).toBe('1-quan-triet-trien-khai-thuc-hien-chuong-trinh-hanh-dong-so');
    expect(headingSlug('* * *')).toBe('muc');
  });

  it('tell repeated headings apart, in order, and never reuse an anchor already taken', () => {
    const slug = headingSlugger(['toan-van']);
    expect(['1. Mục đích', '2. Yêu cầu', '1. Mục đích', '1. Mục đích', 'Toàn văn', '1. Mục đích 2'].map(slug)).toEqual([
      '1-muc-dich',
      '2-yeu-cau',
      '1-muc-dich-2',
      '1-muc-dich-3',
      'toan-van-2',
      '1-muc-dich-2-2',
    ]);
  });

  it('are the same on every run: each document starts afresh', () => {
    const texts = ['I. MỤC ĐÍCH', 'I. MỤC ĐÍCH', 'II. NỘI DUNG'];
    expect(texts.map(headingSlugger())).toEqual(texts.map(headingSlugger()));
  });
});

const h = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});

describe('rehypeHeadingLinks', () => {
  const run = (children: Element[]) => {
    const tree: Root = { type: 'root', children };
    rehypeHeadingLinks()(tree);
    return tree.children as Element[];
  };

  it('gives each heading its anchor and a "#" link beside it, named for the heading, with no text', () => {
    const [wrapper, paragraph] = run([h('h3', 'III. TỔ CHỨC THỰC HIỆN'), h('p', 'Văn bản.')]);
    expect(wrapper!.properties['className']).toEqual(['anchored', 'anchored-h3']);
    const [heading, link] = wrapper!.children as Element[];
    expect(heading!.properties['id']).toBe('iii-to-chuc-thuc-hien');
    expect(link!.properties).toEqual({
      href: '#iii-to-chuc-thuc-hien',
      className: ['anchor'],
      ariaLabel: 'Liên kết đến mục: III. TỔ CHỨC THỰC HIỆN',
    });
    // The link adds no character to the text: its "#" is drawn by CSS.
    expect(link!.children).toEqual([]);
    expect(paragraph!.tagName).toBe('p');
  });

  it('reads the words of a heading that holds a citation link, and numbers repeated headings', () => {
    const cited: Element = {
      type: 'element',
      tagName: 'h4',
      properties: {},
      children: [
        { type: 'text', value: '1. Thực hiện ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { href: '/van-ban/20-ct-tw/' },
          children: [{ type: 'text', value: 'Chỉ thị số 20-CT/TW' }],
        },
      ],
    };
    const wrappers = run([cited, h('h4', 'Mục đích'), h('h4', 'Mục đích')]);
    const ids = wrappers.map((w) => (w.children[0] as Element).properties['id'] as string);
    expect(ids).toEqual(['1-thuc-hien-chi-thi-so-20-ct-tw', 'muc-dich', 'muc-dich-2']);
  });
});

describe('contents', () => {
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1 ' },
    { depth: 4, slug: 'deep', text: 'deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ];
  it('lists the top level with the next level nested, and leaves other levels out', () => {
    expect(contents(headings, [2, 3])).toEqual([
      { href: '#a', text: 'A', children: [{ href: '#a1', text: 'A1', children: [] }] },
      { href: '#b', text: 'B', children: [] },
    ]);
  });
  it('keeps a sub-heading that comes before any top-level one', () => {
    expect(contents(headings, [4, 5]).map((i) => i.href)).toEqual(['#deep']);
    expect(contents([{ depth: 3, slug: 'x', text: 'x' }, ...headings], [2, 3]).map((i) => i.href)).toEqual([
      '#x',
      '#a',
      '#b',
    ]);
  });
});
