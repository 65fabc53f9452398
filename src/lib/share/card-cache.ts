/**
 * Preview cards by content hash. A card is drawn only when no image for the same tree exists in
 * the cache, which lives in `node_modules/.cache/` so that a fresh clone or CI run that restores
 * node_modules keeps it, and survives `dist/` being cleaned. The build copies the images its pages
 * name into `dist/` (`src/integrations/share-cards.ts`).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cardKey, renderCard, type CardElement } from './card';

/** `VTE_CARD_CACHE` moves it (the tests use a scratch folder to count what is drawn). */
export const CARD_CACHE_DIR =
  process.env['VTE_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'vi-tre-em', 'cards');

export const cachedCardFile = (key: string, dir = CARD_CACHE_DIR) => join(dir, `${key}.png`);

/**
 * Cards being drawn, by file, shared through `globalThis`: the pages are rendered by Astro's built
 * bundle, which holds its own copy of this module, and the integration that waits for the cards
 * at the end of the build (`share-cards.ts`) imports another.
 */
interface Drawing {
  pending: Map<string, Promise<boolean>>;
  inFlight: Set<Promise<unknown>>;
  failures: unknown[];
}
const STATE = Symbol.for('vi-tre-em.card-cache');
const state = ((globalThis as { [STATE]?: Drawing })[STATE] ??= {
  pending: new Map(),
  inFlight: new Set(),
  failures: [],
});

/**
 * How many cards may be drawing while pages go on rendering. sharp rasterises on libuv's threads,
 * so a page's card is drawn on another core while the next pages render; the bound keeps memory
 * flat with thousands of pages (a page waits for a free slot).
 */
const IN_FLIGHT = Math.max(2, availableParallelism() * 2);

function draw(tree: CardElement, file: string, dir: string): Promise<boolean> {
  let drawing = state.pending.get(file);
  if (!drawing) {
    drawing = (async () => {
      try {
        const png = await renderCard(tree);
        await mkdir(dir, { recursive: true });
        const part = `${file}.${process.pid}.part`;
        await writeFile(part, png);
        await rename(part, file);
        return true;
      } finally {
        state.pending.delete(file);
      }
    })();
    state.pending.set(file, drawing);
  }
  return drawing;
}

/**
 * The key of the card for `tree`, drawing it first when the cache does not have it. `drawn` says
 * whether it was drawn now. The file appears whole or not at all (written aside, then renamed),
 * so two builds sharing a cache never read half an image.
 */
export async function cachedCard(tree: CardElement, dir = CARD_CACHE_DIR): Promise<{ key: string; drawn: boolean }> {
  const key = cardKey(tree);
  const file = cachedCardFile(key, dir);
  const drawing = state.pending.get(file);
  if (drawing) return { key, drawn: await drawing };
  if (existsSync(file)) return { key, drawn: false };
  return { key, drawn: await draw(tree, file, dir) };
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
  const job: Promise<unknown> = draw(tree, file, dir)
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
