/**
 * The search indexer's page readers: threads (`reader-worker.ts`) that read the built pages, count
 * their words and write their records, one per core, so that reading the site is not held to one
 * core while Pagefind works in its own process. A page stays with the thread that read it until its
 * record is asked for. What they give back does not depend on which thread read which page: counts
 * are summed, and each record is made from its page alone and the common words.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Thread } from '../threads.ts';
import type { PageRead, ReaderRequest, Tally } from './reader-worker.ts';
import { Dictionary } from './suggest.ts';

/** The worker's file, run by Node as it is (builds and benchmarks run in the project folder). */
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'search', 'reader-worker.ts');

/** One thread per core, at most four. */
const READERS = Math.max(1, Math.min(4, availableParallelism()));

type ReaderThread = Thread<ReaderRequest, object>;

export class PageReaders {
  private readonly threads: ReaderThread[];
  /** The thread holding each page read and not yet recorded. */
  private readonly holders = new Map<string, ReaderThread>();

  constructor(count = READERS) {
    this.threads = Array.from(
      { length: count },
      () => new Thread<ReaderRequest, object>(WORKER_FILE, 'A search reader'),
    );
  }

  /** Reads a page (`name` names it in errors) on the least busy thread. */
  async read(file: string, name: string): Promise<PageRead> {
    const thread = this.threads.reduce((a, b) => (b.pending < a.pending ? b : a));
    const read = (await thread.ask({ kind: 'read', file, name })) as PageRead;
    if (read.indexed) this.holders.set(file, thread);
    return read;
  }

  /** On how many of the pages read each indexed word is, and the dictionary of their words. */
  async tally(): Promise<{ pagesWith: Map<string, number>; dictionary: Dictionary }> {
    const pagesWith = new Map<string, number>();
    const dictionary = new Dictionary();
    for (const tally of (await Promise.all(this.threads.map((t) => t.ask({ kind: 'tally' })))) as Tally[]) {
      for (const [word, pages] of tally.pagesWith) pagesWith.set(word, (pagesWith.get(word) ?? 0) + pages);
      dictionary.merge(tally.dictionary);
    }
    return { pagesWith, dictionary };
  }

  /** The site's common words, which open every record from now on. */
  async useCommon(words: readonly string[]): Promise<void> {
    await Promise.all(this.threads.map((t) => t.ask({ kind: 'common', words })));
  }

  /** The record of a page read before (`recordHtml`); the thread then lets the page go. */
  async record(file: string): Promise<string> {
    const thread = this.holders.get(file);
    if (!thread) throw new Error(`Search index: ${file} was not read`);
    this.holders.delete(file);
    return ((await thread.ask({ kind: 'record', file })) as { html: string }).html;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}
