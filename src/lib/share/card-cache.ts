/**
 * Preview cards by content hash. A card is drawn only when no image for the same tree exists in
 * the cache, which lives in `node_modules/.cache/` so that a fresh clone or CI run that restores
 * node_modules keeps it, and survives `dist/` being cleaned. The build copies the images its pages
 * name into `dist/` (`src/integrations/share-cards.ts`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cardKey, projectRequire, type CardElement } from './card';
import { ThreadPool } from '../threads';
import type { CardJob } from './card-worker.ts';

/** `VTE_CARD_CACHE` moves it (the tests use a scratch folder to count what is drawn). */
export const CARD_CACHE_DIR =
  process.env['VTE_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'vi-tre-em', 'cards');

export const cachedCardFile = (key: string, dir = CARD_CACHE_DIR) => join(dir, `${key}.png`);

/**
 * Cards are drawn in worker threads (`card-worker.ts`), so that laying out, rasterising and
 * encoding them never holds up the thread that renders pages: on two cores, pages render on one
 * while cards are drawn on the other. One worker per core but one, at least one, at most four.
 */
const WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** The worker's file, run by Node as it is (the project folder: builds and tests run there). */
const WORKER_FILE = join(process.cwd(), 'src', 'lib', 'share', 'card-worker.ts');

/**
 * Cards being drawn, by file, and the threads drawing them, shared through `globalThis`: the pages
 * are rendered by Astro's built bundle, which holds its own copy of this module, and the
 * integration that waits for the cards at the end of the build (`share-cards.ts`) imports another.
 */
interface Drawing {
  pending: Map<string, Promise<boolean>>;
  inFlight: Set<Promise<unknown>>;
  failures: unknown[];
  threads?: ThreadPool<CardJob, object>;
}
const STATE = Symbol.for('vi-tre-em.card-cache');
const state = ((globalThis as { [STATE]?: Drawing })[STATE] ??= {
  pending: new Map(),
  inFlight: new Set(),
  failures: [],
});

/**
 * How many cards may be queued or drawing while pages go on rendering. A queued card is its
 * element tree (about a kilobyte), so pages never wait for the cards: they go on drawing while the
 * search index is built, and the build waits for the last ones at its end (`cardsDrawn`). The bound
 * only keeps memory finite on a site far larger than any we build.
 */
const IN_FLIGHT = 50_000;

/** Sends a card to the card threads, started as they are needed. */
async function drawInThread(tree: CardElement, file: string): Promise<void> {
  if (!state.threads) {
    // sharp's native libraries stay loaded for the life of the process when the main thread holds
    // them too; a worker that loads them alone may unload them under another at exit.
    projectRequire('sharp');
    state.threads = new ThreadPool<CardJob, object>(WORKER_FILE, 'The card worker', WORKERS);
  }
  await state.threads.ask({ tree, file });
}

function draw(tree: CardElement, file: string): Promise<boolean> {
  let drawing = state.pending.get(file);
  if (!drawing) {
    drawing = drawInThread(tree, file)
      .then(() => true)
      .finally(() => state.pending.delete(file));
    state.pending.set(file, drawing);
  }
  return drawing;
}

/**
 * The key of the card for `tree`, drawing it first when the cache does not have it. `drawn` says
 * whether it was drawn now. The file appears whole or not at all (`writeCard`), so two builds
 * sharing a cache never read half an image.
 */
export async function cachedCard(tree: CardElement, dir = CARD_CACHE_DIR): Promise<{ key: string; drawn: boolean }> {
  const key = cardKey(tree);
  const file = cachedCardFile(key, dir);
  const drawing = state.pending.get(file);
  if (drawing) return { key, drawn: await drawing };
  if (existsSync(file)) return { key, drawn: false };
  return { key, drawn: await draw(tree, file) };
}

/**
 * The key of the card for `tree`, at once: a card the cache lacks is drawn in the background, and
 * `cardsDrawn()` waits for every one (the build does, before it copies them into `dist/`).
 */
export async function requestCard(tree: CardElement, dir = CARD_CACHE_DIR): Promise<string> {
  const key = cardKey(tree);
  const file = cachedCardFile(key, dir);
  if (state.pending.has(file) || existsSync(file)) return key;
  while (state.inFlight.size >= IN_FLIGHT) await Promise.race(state.inFlight);
  const job: Promise<unknown> = draw(tree, file)
    .catch((error: unknown) => state.failures.push(error))
    .finally(() => state.inFlight.delete(job));
  state.inFlight.add(job);
  return key;
}

/** Waits for every card `requestCard` started; throws the first failure (a glyph no font has). */
export async function cardsDrawn(): Promise<void> {
  await Promise.all([...state.inFlight]);
  const [failure] = state.failures.splice(0);
  if (failure !== undefined) throw failure;
}
