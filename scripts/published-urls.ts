/**
 * Adds every address of the build in dist/ to content/published-urls.txt (never removes one):
 *
 *   npm run build:local && npm run urls:publish
 *
 * Run it when new pages are published (a new plan, a new section), and commit the list.
 */
import { existsSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { builtPaths, mergePublishedUrls, readPublishedUrls, PUBLISHED_URLS_FILE } from '../src/lib/published-urls.ts';
import { contentPath } from '../src/lib/content-dir.ts';

const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no build: run `npm run build:local` first');
  process.exit(1);
}
const file = contentPath(PUBLISHED_URLS_FILE);
const published = readPublishedUrls(file);
const built = builtPaths(dist);
const added = built.filter((path) => !published.includes(path));
// Written aside, then renamed: an interrupted run leaves the old list whole.
writeFileSync(`${file}.part`, mergePublishedUrls(published, built));
renameSync(`${file}.part`, file);
console.log(`${file}: ${added.length} addresses added, ${published.length + added.length} in all`);
