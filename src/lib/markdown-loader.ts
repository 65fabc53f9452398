/**
 * A content loader for MDX files whose text is plain Markdown (the plans): it loads them as Astro's
 * glob loader does, but renders each one with the Markdown pipeline when the content is synced,
 * as Astro does for `.md` files, instead of compiling it into a module of the site's bundle. The
 * pipeline is the same (`markdown` in `astro.config.ts`: the citation links, the base, no smart
 * punctuation), and the HTML is kept in the content store, so:
 * - a build bundles no module per plan (with 10,000 plans, bundling them was the slowest stage of
 *   the build and the one that took the most memory);
 * - a later build renders only the plans that changed.
 *
 * "Changed" covers more than the plan's file: its HTML also depends on the base path, on the
 * documents its citations link to and on the pipeline's code. The loader adds a key of those
 * (`pipelineKey`) to each plan's digest, so any of them changing renders every plan again.
 *
 * The store keeps of each plan only what pages read: not its Markdown source (`body`), which the
 * Word export reads from the file (`planBody`), nor the plan's frontmatter a second time in the
 * rendered metadata (only the citations the remark plugin records there). Astro bundles the whole
 * store as one module that every build compiles before rendering any page, and compiling it grows
 * faster than its size: with 10,000 plans, 280 MB took about a minute, 190 MB half that.
 *
 * Only plain Markdown can be loaded this way: a plan with MDX components or expressions would
 * lose them (the importer writes none). The rendered text is the same as MDX gives, character for
 * character (`tests/dist/fidelity.test.ts`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro hands its glob loader the entry types (how to read and render each extension) with the
 * loader context; its public type does not list them, so this is checked when it runs.
 */
type GlobContext = LoaderContext & { entryTypes?: Map<string, unknown> };

/** An entry as a loader hands it to the content store. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

export function renderedAsMarkdown(loader: Loader, key: (root: string, base: string) => string): Loader {
  return {
    name: `${loader.name}-as-markdown`,
    load: (context: GlobContext) => {
      const markdown = context.entryTypes?.get('.md');
      if (!context.entryTypes || !markdown)
        throw new Error('renderedAsMarkdown: this version of Astro gives its loaders no Markdown entry type');
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', markdown);
      const extra = key(fileURLToPath(context.config.root), context.config.base);
      const { store } = context;
      const lean = new Proxy(store, {
        get: (target, property) =>
          property === 'set'
            ? (entry: DataEntry) => target.set(leanEntry(entry))
            : (Reflect.get(target, property, target) as unknown),
      });
      const inner: GlobContext = {
        ...context,
        store: lean,
        entryTypes,
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${data}\n${extra}` : { data, extra }),
      };
      return loader.load(inner);
    },
  };
}

/** What the rendered metadata keeps of a plan's frontmatter: what the remark plugins record. */
const RECORDED = ['citations'];

/** An entry as the store keeps it (see the module comment). */
export function leanEntry(entry: DataEntry): DataEntry {
  const { body: _body, rendered, ...kept } = entry;
  if (!rendered) return kept;
  const { frontmatter, ...metadata } = rendered.metadata ?? {};
  const recorded = Object.fromEntries(
    Object.entries((frontmatter ?? {}) as Record<string, unknown>).filter(([name]) => RECORDED.includes(name)),
  );
  return { ...kept, rendered: { ...rendered, metadata: { ...metadata, frontmatter: recorded } } };
}

/**
 * A plan's Markdown source, read from its file as Astro's glob loader reads it (the text after
 * the frontmatter, trimmed): the store does not keep it. `filePath` is the entry's, relative to
 * the project folder.
 */
export async function planBody(filePath: string): Promise<string> {
  const source = await readFile(resolve(process.cwd(), filePath), 'utf8');
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
}

/** Every file under a folder, sorted, as paths. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

/**
 * What a plan's HTML depends on besides its own file: the base path, the directives its citations
 * may link to, and the code and packages of the Markdown pipeline (`astro.config.ts`, `src/lib/`,
 * `src/integrations/`, the lock file).
 */
export function pipelineKey(root: string, base: string, directivesDir: string): string {
  const hash = createHash('sha256').update(base);
  const files = [
    join(root, 'astro.config.ts'),
    join(root, 'package-lock.json'),
    ...filesUnder(join(root, 'src', 'lib')),
    ...filesUnder(join(root, 'src', 'integrations')),
    ...filesUnder(directivesDir),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('base64url');
}
