/**
 * A thread of the search indexer's page readers (`readers.ts`). It reads pages of the built site
 * and keeps each until its record is asked for:
 * - `read`: parses the page (`readPage`) and counts its words (on how many pages each indexed word
 *   is, and the dictionary's words); answers whether the page is indexed, and its date;
 * - `tally`: the counts of every page it has read;
 * - `common`: the site's common words, which open every record (`recordHtml`);
 * - `record`: a page's record; the page is then let go.
 */
import { readFile } from 'node:fs/promises';
import { serve } from '../threads.ts';
import { SORT_BY_DATE } from './fields.ts';
import { readPage, type SearchPage } from './page.ts';
import { pageWords, recordHtml, UNDATED } from './record.ts';
import { Dictionary, type DictionaryData } from './suggest.ts';

export type ReaderRequest =
  | { kind: 'read'; file: string; name: string }
  | { kind: 'tally' }
  | { kind: 'common'; words: readonly string[] }
  | { kind: 'record'; file: string };

export interface PageRead {
  indexed: boolean;
  /** The page's date to sort by (`UNDATED` when it has none). */
  date: string;
}

export interface Tally {
  pagesWith: [word: string, pages: number][];
  dictionary: DictionaryData;
}

const pages = new Map<string, SearchPage>();
const pagesWith = new Map<string, number>();
const dictionary = new Dictionary();
let common: readonly string[] = [];

async function read(file: string, name: string): Promise<PageRead> {
  let page;
  try {
    page = readPage(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new Error(`Search index: cannot read ${name}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (!page) return { indexed: false, date: UNDATED };
  if (!page.meta['title']) throw new Error(`Search index: ${name} has no h1 or title meta`);
  pages.set(file, page);
  for (const word of pageWords(page).keys()) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  dictionary.addPage(page.blocks.map((b) => b.text));
  return { indexed: true, date: page.sort[SORT_BY_DATE] ?? UNDATED };
}

serve<ReaderRequest, object>('reader-worker.ts', async (request) => {
  switch (request.kind) {
    case 'read':
      return read(request.file, request.name);
    case 'tally':
      return { pagesWith: [...pagesWith], dictionary: dictionary.data() } satisfies Tally;
    case 'common':
      common = request.words;
      return {};
    case 'record': {
      const page = pages.get(request.file);
      if (!page) throw new Error(`Search index: ${request.file} was not read by this thread`);
      pages.delete(request.file);
      return { html: recordHtml(page, common) };
    }
  }
});
