import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldsHtml, documentFields } from '../../src/lib/search/fields';
import { readPage } from '../../src/lib/search/page';
import { PageReaders } from '../../src/lib/search/readers';
import { commonWords, pageWords, recordHtml, UNDATED } from '../../src/lib/search/record';
import { Dictionary } from '../../src/lib/search/suggest';

/** A built page as the indexer finds it. */
const page = (title: string, text: string, issued?: string) =>
  `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p>${fieldsHtml(
    documentFields({ kind: 'Kế hoạch', issuer: 'Liên đoàn Lao động tỉnh Phú Yên', issued }),
  )}</main></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'vte-readers-'));
const files: Record<string, string> = {
  'a.html': page('Kế hoạch phòng, chống đuối nước trẻ em', 'Bảo vệ trẻ em trong công nhân, viên chức.', '2021-05-12'),
  'b.html': page('Tháng hành động vì trẻ em', 'Chăm sóc, giáo dục và bảo vệ trẻ em; gọi 111.', '2019-06-01'),
  'c.html': page('Xâm hại trẻ em: phải làm gì', 'Gọi ngay Tổng đài 111, miễn phí.'),
  'd.html': '<!doctype html><html lang="vi"><body><main><h1>Trang không đánh dấu</h1></main></body></html>',
  'e.html':
    '<!doctype html><html lang="vi"><body><main data-pagefind-body><p>Không có tiêu đề</p></main></body></html>',
};
for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const indexed = ['a.html', 'b.html', 'c.html'];

describe('the search indexer’s page readers', () => {
  it.each([1, 3])('give, on %i thread(s), the counts and records the indexer makes from each page alone', async (n) => {
    const readers = new PageReaders(n);
    try {
      const reads = await Promise.all(indexed.map((name) => readers.read(join(dir, name), name)));
      expect(reads).toEqual([
        { indexed: true, date: '2021-05-12' },
        { indexed: true, date: '2019-06-01' },
        { indexed: true, date: UNDATED },
      ]);
      expect(await readers.read(join(dir, 'd.html'), 'd.html')).toEqual({ indexed: false, date: UNDATED });

      const pages = indexed.map((name) => readPage(files[name]!)!);
      const pagesWith = new Map<string, number>();
      const dictionary = new Dictionary();
      for (const p of pages) {
        for (const word of pageWords(p).keys()) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
        dictionary.addPage(p.blocks.map((b) => b.text));
      }
      const tally = await readers.tally();
      expect(new Map([...tally.pagesWith].sort())).toEqual(new Map([...pagesWith].sort()));
      expect(tally.dictionary.toJson()).toBe(dictionary.toJson());

      const common = commonWords(pagesWith, pages.length);
      expect(common.length).toBeGreaterThan(0);
      await readers.useCommon(common);
      for (const [i, name] of indexed.entries()) {
        expect(await readers.record(join(dir, name))).toBe(recordHtml(pages[i]!, common));
      }
      // A record is made once: the page is let go.
      await expect(readers.record(join(dir, 'a.html'))).rejects.toThrow('was not read');
    } finally {
      await readers.close();
    }
  });

  it('name the page they cannot read, and the page that has no title', async () => {
    const readers = new PageReaders(2);
    try {
      await expect(readers.read(join(dir, 'e.html'), 'e.html')).rejects.toThrow(
        'Search index: e.html has no h1 or title meta',
      );
      await expect(readers.read(join(dir, 'missing.html'), 'missing.html')).rejects.toThrow(
        /Search index: cannot read missing\.html: ENOENT/,
      );
      // The thread goes on reading.
      expect((await readers.read(join(dir, 'a.html'), 'a.html')).indexed).toBe(true);
    } finally {
      await readers.close();
    }
  });
});
