import { join, resolve } from 'node:path';

/**
 * The content folder every part of the build reads (the collections, the citation plugin, the
 * originals offered for download): `VTE_CONTENT_DIR` when set, as fixture builds and the
 * many-plans benchmark do, otherwise `content/`. A relative path is taken from the working
 * directory, which is the project root for every npm script and test run.
 */
export const CONTENT_DIR = resolve(process.env['VTE_CONTENT_DIR'] || 'content');

/** A path inside the content folder: `contentPath('originals', file)`. */
export const contentPath = (...parts: string[]) => join(CONTENT_DIR, ...parts);
