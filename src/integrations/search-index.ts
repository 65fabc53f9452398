/**
 * Builds the site's search index with Pagefind's Node API once Astro has written `dist/`.
 *
 * Each page marked `data-pagefind-body` is read (`readPage`) and handed to Pagefind as a compact
 * record (`recordHtml`): every distinct syllable and syllable pair once, weighted, with `đ` spelt so
 * that Pagefind folds it like a tone mark. `src/lib/search/record.ts` says why. Any error Pagefind
 * reports fails the build.
 *
 * Two passes: the first reads every page and counts on how many pages each word is (the common
 * words open every record at fixed positions, see `recordHtml`); the second hands the records to
 * Pagefind in one fixed order (oldest first), so that a build gives the same bundle however the
 * reads finished. The syllables of the site go to a small dictionary next to the bundle, for the
 * search page's typo suggestions (`src/lib/search/suggest.ts`).
 *
 * `indexSite()` is also what `npm run bench:search` runs on the generated 10,000-plan site, so the
 * benchmark measures this exact code path.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SORT_BY_DATE } from '../lib/search/fields.ts';
import { readPage, type SearchPage } from '../lib/search/page.ts';
import { commonWords, pageWords, recordHtml, UNDATED } from '../lib/search/record.ts';
import { DICTIONARY_FILE, Dictionary } from '../lib/search/suggest.ts';

/** Where the bundle goes, relative to the site root; the search page loads it from here. */
export const BUNDLE_DIR = 'pagefind';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface IndexReport {
  pages: number;
  /** Pages skipped because they carry no `data-pagefind-body`. */
  skipped: number;
  outputPath: string;
}

/** Every Pagefind response goes through here, so no error it reports is ever dropped. */
function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  return response;
}

async function htmlFiles(dir: string, skip: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(skip + sep))
    .sort();
}

/** `ke-hoach/x/index.html` → `/ke-hoach/x/`, as the site's URLs end in a slash. */
export function pageUrl(siteDir: string, file: string): string {
  const path = relative(siteDir, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Indexes every marked page under `siteDir` into `siteDir/pagefind/`. */
export async function indexSite(siteDir: string, logger: Logger, concurrency = 32): Promise<IndexReport> {
  const outputPath = join(siteDir, BUNDLE_DIR);
  const files = await htmlFiles(siteDir, outputPath);
  let pages = 0;
  try {
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'vi' }), 'starting');
    if (!index) throw new Error('Pagefind returned no index');
    const read: { file: string; page: SearchPage }[] = [];
    const pagesWith = new Map<string, number>();
    const dictionary = new Dictionary();
    for (let i = 0; i < files.length; i += concurrency) {
      await Promise.all(
        files.slice(i, i + concurrency).map(async (file) => {
          let page;
          try {
            page = readPage(await readFile(file, 'utf8'));
          } catch (cause) {
            throw new Error(`Search index: cannot read ${relative(siteDir, file)}`, { cause });
          }
          if (!page) return;
          if (!page.meta['title']) throw new Error(`Search index: ${relative(siteDir, file)} has no h1 or title meta`);
          read.push({ file, page });
          for (const word of pageWords(page).keys()) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
          dictionary.addPage(page.blocks.map((b) => b.text));
        }),
      );
    }
    // Oldest first, then by file: Pagefind numbers pages in the order it receives them, and the
    // reads above finish in any order.
    const dated = (p: (typeof read)[number]) => p.page.sort[SORT_BY_DATE] ?? UNDATED;
    read.sort((a, b) => dated(a).localeCompare(dated(b)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const common = commonWords(pagesWith, read.length);
    // Sent in order and answered in order (the service handles one request at a time), with up to
    // `concurrency` records waiting there: the next records are made here while Pagefind reads
    // the ones before them.
    const waiting: Promise<unknown>[] = [];
    for (const { file, page } of read) {
      const added = index
        .addHTMLFile({ url: pageUrl(siteDir, file), content: recordHtml(page, common) })
        .then((response) => check(response, `indexing ${file}`));
      // Its error is thrown where it is awaited, below, not reported as unhandled before that.
      added.catch(() => undefined);
      waiting.push(added);
      if (waiting.length >= concurrency) await waiting.shift();
      pages += 1;
    }
    await Promise.all(waiting);
    if (pages === 0) throw new Error('Search index: no page is marked data-pagefind-body');
    check(await index.writeFiles({ outputPath }), 'writing the bundle');
    await writeFile(join(outputPath, DICTIONARY_FILE), dictionary.toJson());
  } finally {
    await pagefind.close();
  }
  logger.info(`Search index: ${pages} pages indexed into ${relative(process.cwd(), outputPath) || outputPath}`);
  return { pages, skipped: files.length - pages, outputPath };
}

/** The Astro integration: index `dist/` when the build is done; fail the build on any error. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'vi-tre-em:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
