import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guidance quotes its sources word for word. Every passage in curly quotes (“…”) in an article
 * must appear exactly in a plan's original text (content/originals/), in a content entry
 * (directives, hotlines, programs), or in the short list below from FACTS.
 */
const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Quoted in guidance from shared/reference/FACTS.md §5 (Tháng hành động themes), not held in content/. */
const FACTS_QUOTES = [
  'Chung tay bảo vệ trẻ em, phòng chống xâm hại trẻ em',
  'Chung tay bảo đảm thực hiện quyền trẻ em, bảo vệ trẻ em trong thiên tai, dịch bệnh',
  'Chung tay bảo vệ trẻ em, hãy lên tiếng phòng, chống xâm hại, bạo lực trẻ em',
  'Chung tay giảm thiểu tổn hại trẻ em',
  'Hành động thiết thực, ưu tiên nguồn lực cho trẻ em',
  'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
];

/** Whitespace folded and Markdown emphasis dropped, as text is compared across formats. */
const normalise = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** The outermost “…” passages of a text; a quote may contain a quoted title (“… “Tết trung thu” …”). */
function curlyQuotes(text: string): string[] {
  const quotes: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === '”' && depth > 0) {
      depth--;
      if (depth === 0) quotes.push(text.slice(start, i));
    }
  }
  return quotes;
}

const read = (dir: string, ext: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(CONTENT, dir, f), 'utf8') }));

const corpus = [
  ...read('originals', '.txt'),
  ...read('directives', '.yaml'),
  ...read('hotlines', '.yaml'),
  ...read('programs', '.yaml'),
]
  .map((f) => normalise(f.text))
  .concat(FACTS_QUOTES);

describe('curlyQuotes', () => {
  it('reads outer quotes, with a quoted title inside', () => {
    expect(curlyQuotes('a “b “c” d” e “f”')).toEqual(['b “c” d', 'f']);
  });
});

describe('guidance quotes', () => {
  const articles = read('guidance', '.mdx').map((a) => ({ ...a, body: a.text.replace(/^---[\s\S]*?\n---\n/, '') }));

  it('there are articles with quotes to check', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.flatMap((a) => curlyQuotes(a.body)).length).toBeGreaterThan(0);
  });

  for (const article of articles) {
    it(`${article.file}: every quoted passage is in a source, word for word`, () => {
      const missing = curlyQuotes(article.body)
        .map(normalise)
        .filter((quote) => !corpus.some((source) => source.includes(quote)));
      expect(missing).toEqual([]);
    });
  }
});
