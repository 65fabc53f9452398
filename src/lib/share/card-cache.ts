/**
 * Preview cards by content hash. A card is drawn only when no image for the same tree exists in
 * the cache, which lives in `node_modules/.cache/` so that a fresh clone or CI run that restores
 * node_modules keeps it, and survives `dist/` being cleaned. The build copies the images its pages
 * name into `dist/` (`src/integrations/share-cards.ts`).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardKey, renderCard, type CardElement } from './card';

/** `VTE_CARD_CACHE` moves it (the tests use a scratch folder to count what is drawn). */
export const CARD_CACHE_DIR =
  process.env['VTE_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'vi-tre-em', 'cards');

export const cachedCardFile = (key: string, dir = CARD_CACHE_DIR) => join(dir, `${key}.png`);

const pending = new Map<string, Promise<boolean>>();

/**
 * The key of the card for `tree`, drawing it first when the cache does not have it. `drawn` says
 * whether it was drawn now. The file appears whole or not at all (written aside, then renamed),
 * so two builds sharing a cache never read half an image.
 */
export async function cachedCard(tree: CardElement, dir = CARD_CACHE_DIR): Promise<{ key: string; drawn: boolean }> {
  const key = cardKey(tree);
  const file = cachedCardFile(key, dir);
  if (existsSync(file)) return { key, drawn: false };
  let drawing = pending.get(file);
  if (!drawing) {
    drawing = (async () => {
      const png = await renderCard(tree);
      await mkdir(dir, { recursive: true });
      const part = `${file}.${process.pid}.part`;
      await writeFile(part, png);
      await rename(part, file);
      return true;
    })();
    pending.set(file, drawing);
  }
  return { key, drawn: await drawing };
}
