import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReference } from '../support/guidance-articles';
import { quotedPassages } from '../support/reference-facts';

/**
 * Guidance quotes its sources word for word. Every passage in curly quotes (“…”) in an article
 * must appear exactly in a plan's original text (content/originals/), in a content entry
 * (directives, hotlines, programs), or among the passages the reference files (docs/reference/)
 * mark as a source's exact words: short legal wording and titles in straight quotes ("…").
 */
const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** What the reference files quote: FACTS.md (campaign themes, titles) and GUIDANCE-FACTS.md (legal wording). */
const REFERENCE_QUOTES = [readReference('FACTS.md'), readReference('GUIDANCE-FACTS.md')].flatMap(quotedPassages);

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
  ...read('directives', '.mdx'),
  ...read('hotlines', '.mdx'),
  ...read('programs', '.yaml'),
]
  .map((f) => normalise(f.text))
  .concat(REFERENCE_QUOTES.map(normalise));

describe('reference quotes', () => {
  it('are the straight-quoted passages of the reference files, one paragraph at most', () => {
    expect(quotedPassages('a "b c" d "e"\n\n"f')).toEqual(['b c', 'e']);
    // The campaign themes of FACTS §5 and the decree's "thông báo ngay" are among them.
    expect(REFERENCE_QUOTES).toContain('Chung tay giảm thiểu tổn hại trẻ em');
    expect(REFERENCE_QUOTES).toContain('trong vòng 12 giờ từ khi nhận thông tin');
  });
});

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
