/**
 * Puts the preview cards into the build. Pages draw their card while they are built, into the
 * card cache (`src/lib/share/card-cache.ts`), and name it in `og:image`. Once every page is
 * written, this copies each named image from the cache to `dist/anh/`, and fails the build when a
 * page names one the cache does not hold. It reports how many were drawn in this build: with a
 * warm cache, a build after adding one plan draws one card.
 *
 * In `astro dev`, the same images are served from the cache.
 */
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_CACHE_DIR, cachedCardFile, cardsDrawn } from '../lib/share/card-cache';
import { CARDS_DIR, CARDS_FOLDER, normaliseBase, under } from '../lib/routes';

const CARD_NAME = /^[0-9a-f]{20}$/;
const OG_IMAGE = /<meta property="og:image" content="([^"]+)"/;

/**
 * The card key each built page names in `og:image`, by page file. `cardsDir` is the cards' path
 * under the build's base (this runs with the config, where Vite sets no base of its own).
 */
export async function namedCards(distDir: string, cardsDir = CARDS_DIR): Promise<Map<string, string>> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  const named = new Map<string, string>();
  // A few files read at a time; in the order of the folder listing, however the reads finish.
  for (const batch of batches(files)) {
    const found = await Promise.all(batch.map(async (file) => OG_IMAGE.exec(await readFile(file, 'utf8'))));
    for (const [i, image] of found.entries()) {
      if (!image) continue;
      const file = batch[i]!;
      const { pathname } = new URL(image[1]!);
      const key = pathname.startsWith(cardsDir) ? pathname.slice(cardsDir.length).replace(/\.png$/, '') : '';
      if (!CARD_NAME.test(key))
        throw new Error(`${relative(distDir, file)}: og:image ${image[1]} is not a preview card under ${cardsDir}`);
      named.set(relative(distDir, file), key);
    }
  }
  return named;
}

/** Files handled at a time: the disk reads ahead while each is read. */
const AT_ONCE = 32;
const batches = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / AT_ONCE) }, (_, i) => items.slice(i * AT_ONCE, (i + 1) * AT_ONCE));

export default function shareCards(cacheDir = CARD_CACHE_DIR): AstroIntegration {
  let started = Date.now();
  let cardsDir = CARDS_DIR;
  return {
    name: 'vi-tre-em:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cardsDir = under(CARDS_FOLDER, normaliseBase(config.base));
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Cards are drawn while the pages render (`requestCard`): the last ones may still be going
        // while the pages are read for the cards they name.
        const distDir = fileURLToPath(dir);
        const [named] = await Promise.all([namedCards(distDir, cardsDir), cardsDrawn()]);
        const keys = [...new Set(named.values())];
        const out = join(distDir, CARDS_FOLDER);
        await mkdir(out, { recursive: true });
        for (const key of keys) {
          if (!existsSync(cachedCardFile(key, cacheDir))) {
            const page = [...named].find(([, k]) => k === key)![0];
            throw new Error(`${page}: its preview card ${key}.png is not in the card cache (${cacheDir})`);
          }
        }
        let drawn = 0;
        for (const batch of batches(keys)) {
          await Promise.all(
            batch.map(async (key) => {
              const file = cachedCardFile(key, cacheDir);
              if ((await stat(file)).mtimeMs >= started) drawn += 1;
              await copyFile(file, join(out, `${key}.png`));
            }),
          );
        }
        logger.info(`${named.size} pages, ${keys.length} preview cards, ${drawn} drawn in this build`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const key = path.startsWith(cardsDir) ? path.slice(cardsDir.length).replace(/\.png$/, '') : '';
          const file = CARD_NAME.test(key) ? cachedCardFile(key, cacheDir) : '';
          if (!file) {
            next();
            return;
          }
          // The page that names the card may have asked for it a moment ago: wait for the drawing.
          void (existsSync(file) ? Promise.resolve() : cardsDrawn().catch(() => undefined)).then(() => {
            if (!existsSync(file)) {
              next();
              return;
            }
            response.setHeader('Content-Type', 'image/png');
            createReadStream(file).pipe(response);
          });
        });
      },
    },
  };
}
