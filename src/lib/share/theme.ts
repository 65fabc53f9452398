/**
 * The theme's colours for what is drawn outside CSS (the preview cards): read from the `@theme`
 * block of `src/styles/global.css`, so the cards use the same tokens as the pages. Read from the
 * project folder (builds and tests run there), once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN = /--color-([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi;

let colours: Map<string, string> | undefined;

/** A theme colour by its token name (`brand-900` for `--color-brand-900`). */
export function themeColour(name: string): string {
  colours ??= new Map(
    [...readFileSync(join(process.cwd(), 'src', 'styles', 'global.css'), 'utf8').matchAll(TOKEN)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const value = colours.get(name);
  if (!value) throw new Error(`src/styles/global.css has no colour token --color-${name}`);
  return value;
}
