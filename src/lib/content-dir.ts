import { existsSync, readdirSync } from 'node:fs';
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

/**
 * Files in a collection folder that its loader would skip without a word: any file that is not an
 * entry (`*.<extension>`), other than hidden ones such as `.gitkeep`. Directives and hotlines were
 * YAML before they became MDX; a YAML entry left there would silently vanish from the site.
 */
export function strayFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((file) => !file.startsWith('.') && !file.endsWith(`.${extension}`));
}

/** Stops the build when a collection folder holds a file its loader would skip. */
export function assertNoStrayFiles(folder: string, extension: string, dir = contentPath(folder)): void {
  const stray = strayFiles(dir, extension);
  if (stray.length > 0) {
    throw new Error(
      `content/${folder}: ${stray.join(', ')}: expected only .${extension} entries here${
        extension === 'mdx' ? ' (the fields as frontmatter between --- lines, then the text)' : ''
      }; see content/README.md`,
    );
  }
}
