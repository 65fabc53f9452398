/**
 * Builds the site's search index with Pagefind's Node API once Astro has written `dist/`.
 *
 * Each page marked `data-pagefind-body` is read (`readPage`) and handed to Pagefind as a compact
 * record (`recordHtml`): every distinct syllable and syllable pair once, weighted, with `đ` spelt so
 * that Pagefind folds it like a tone mark. `src/lib/search/record.ts` says why. Any error Pagefind
 * reports fails the build.
 *
 * Two passes, both on reader threads (`src/lib/search/readers.ts`, one per core) while Pagefind
 * works in its own process: the first reads every page and counts on how many pages each word is
 * (the common words open every record at fixed positions, see `recordHtml`); the second makes the
 * records and hands them to Pagefind in one fixed order (oldest first), so that a build gives the
 * same bundle however the reads finished. The syllables of the site go to a small dictionary next
 * to the bundle, for the search page's typo suggestions (`src/lib/search/suggest.ts`).
 *
 * `indexSite()` is also what `npm run bench:search` runs on the generated 10,000-plan site, so the
 * benchmark measures this exact code path.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PageReaders } from '../lib/search/readers.ts';
import { commonWords } from '../lib/search/record.ts';
import { DICTIONARY_FILE } from '../lib/search/suggest.ts';

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
  const readers = new PageReaders();
  const started = performance.now();
  let timings = { read: 0, indexed: 0, written: 0 };
  let pages = 0;
  try {
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'vi' }), 'starting');
    if (!index) throw new Error('Pagefind returned no index');
    // The reader threads read every page, `concurrency` waiting at a time.
    const read: { file: string; date: string }[] = [];
    for (let i = 0; i < files.length; i += concurrency) {
      await Promise.all(
        files.slice(i, i + concurrency).map(async (file) => {
          const { indexed, date } = await readers.read(file, relative(siteDir, file));
          if (indexed) read.push({ file, date });
        }),
      );
    }
    const { pagesWith, dictionary } = await readers.tally();
    const readAt = performance.now();
    // Oldest first, then by file: Pagefind numbers pages in the order it receives them, and the
    // reads above finish in any order.
    read.sort((a, b) => a.date.localeCompare(b.date) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    await readers.useCommon(commonWords(pagesWith, read.length));
    // Sent in order and answered in order (the service handles one request at a time), with up to
    // `concurrency` records waiting there, and as many being made by the reader threads: the next
    // records are made while Pagefind reads the ones before them. Errors are thrown where each is
    // awaited, not reported as unhandled before that.
    const made: Promise<string>[] = [];
    const waiting: Promise<unknown>[] = [];
    let next = 0;
    for (const { file } of read) {
      while (next < read.length && made.length < concurrency) {
        const record = readers.record(read[next++]!.file);
        record.catch(() => undefined);
        made.push(record);
      }
      const content = await made.shift()!;
      const added = index
        .addHTMLFile({ url: pageUrl(siteDir, file), content })
        .then((response) => check(response, `indexing ${file}`));
      added.catch(() => undefined);
      waiting.push(added);
      if (waiting.length >= concurrency) await waiting.shift();
      pages += 1;
    }
    await Promise.all(waiting);
    if (pages === 0) throw new Error('Search index: no page is marked data-pagefind-body');
    const indexedAt = performance.now();
    check(await index.writeFiles({ outputPath }), 'writing the bundle');
    await writeFile(join(outputPath, DICTIONARY_FILE), dictionary.toJson());
    timings = { read: readAt - started, indexed: indexedAt - readAt, written: performance.now() - indexedAt };
  } finally {
    await Promise.all([readers.close(), pagefind.close()]);
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  logger.info(
    `Search index: ${pages} pages indexed into ${relative(process.cwd(), outputPath) || outputPath} ` +
      `(pages read ${seconds(timings.read)}, records to Pagefind ${seconds(timings.indexed)}, ` +
      `bundle written ${seconds(timings.written)})`,
  );
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
