import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { citationPipeline } from '../../src/integrations/citations';
import { assertNoStrayFiles, strayFiles } from '../../src/lib/content-dir';
import { citableRegistry, readCitableDocuments } from '../../src/lib/directive-registry';

/** A copy of the real directives and plans, to change. */
const content = mkdtempSync(join(tmpdir(), 'vte-citations-'));
for (const folder of ['directives', 'plans']) {
  cpSync(join(import.meta.dirname, '..', '..', 'content', folder), join(content, folder), { recursive: true });
}
afterAll(() => rmSync(content, { recursive: true, force: true }));

const directive = (number: string) =>
  `---\nnumber: "${number}"\nkind: "Quyết định"\nissuer: "Thủ tướng Chính phủ"\ntitle: "thử"\nlevel: "trung-uong"\nconfidence: "high"\n---\n`;

describe('citableRegistry', () => {
  it('reads the documents once and keeps them until one of their files changes', () => {
    const registry = citableRegistry(content);
    const first = registry.documents();
    expect(first.some((d) => d.number === '9998/QĐ-TTg')).toBe(false);
    writeFileSync(join(content, 'directives', '9998-qd-ttg.mdx'), directive('9998/QĐ-TTg'));
    expect(registry.documents()).toBe(first);
    registry.changed(join(content, 'guidance', 'x.mdx'));
    expect(registry.documents()).toBe(first);
    registry.changed(join(content, 'directives', '9998-qd-ttg.mdx'));
    expect(registry.documents().some((d) => d.number === '9998/QĐ-TTg')).toBe(true);
  });
});

describe('readCitableDocuments', () => {
  it('reads a directive’s number, kind, date and names from its frontmatter', () => {
    const found = citableRegistry(content)
      .documents()
      .find((d) => d.id === '102-2016-qh13');
    expect(found).toEqual({
      collection: 'directives',
      id: '102-2016-qh13',
      kind: 'Luật',
      number: '102/2016/QH13',
      issued: '2016-04-05',
      names: ['Luật Trẻ em'],
    });
  });
  it('stops on an entry without frontmatter, naming the file', () => {
    const broken = mkdtempSync(join(tmpdir(), 'vte-citations-broken-'));
    try {
      cpSync(content, broken, { recursive: true });
      writeFileSync(join(broken, 'directives', 'x.mdx'), 'number: "1/QĐ-TTg"\n');
      expect(() => readCitableDocuments(broken)).toThrow(
        /directives[/\\]x\.mdx: expected frontmatter between --- lines/,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('strayFiles', () => {
  it('finds files a collection’s loader would skip, such as a YAML entry left in an MDX folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vte-stray-'));
    try {
      for (const file of ['a.mdx', 'b.yaml', '.gitkeep']) writeFileSync(join(dir, file), '');
      expect(strayFiles(dir, 'mdx')).toEqual(['b.yaml']);
      expect(() => assertNoStrayFiles('directives', 'mdx', dir)).toThrow(
        'content/directives: b.yaml: expected only .mdx entries here',
      );
      expect(strayFiles(join(dir, 'none'), 'mdx')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A paragraph citing a document the content does not have. */
const tree = (): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Thực hiện Quyết định số 9999/QĐ-TTg.' }] }],
});

/** Runs the plugin as Astro would: the integration's set-up hook first, then one file. */
function pipeline(command: 'build' | 'dev', base = '/') {
  const { integration, remarkPlugin } = citationPipeline(content, base);
  const [plugin, options] = remarkPlugin;
  const setup = integration.hooks['astro:config:setup'] as unknown as (args: { command: string }) => void;
  setup({ command });
  const warnings: string[] = [];
  const transform = plugin({ ...options, warn: (message) => warnings.push(message) });
  return { transform, warnings };
}

async function runPipeline(command: 'build' | 'dev') {
  const { transform, warnings } = pipeline(command);
  transform(tree(), new VFile({ path: join(content, 'plans', 'x.mdx') }));
  return warnings;
}

describe('citationPipeline', () => {
  it('fails a production build on a citation it cannot resolve', async () => {
    const ci = process.env['CI'];
    delete process.env['CI'];
    try {
      await expect(runPipeline('build')).rejects.toThrow(
        /x\.mdx:\d+: citation "Quyết định số 9999\/QĐ-TTg" cannot be resolved/,
      );
      expect(await runPipeline('dev')).toEqual([expect.stringContaining('Quyết định số 9999/QĐ-TTg')]);
    } finally {
      if (ci !== undefined) process.env['CI'] = ci;
    }
  });
});

describe('citation links under a sub-path', () => {
  it("start with Astro's base, as every other link on the site does", () => {
    const cited: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Thực hiện Chỉ thị số 20-CT/TW.' }] }],
    };
    const urls = (base: string) => {
      const root = structuredClone(cited);
      pipeline('build', base).transform(root, new VFile({ path: join(content, 'plans', 'x.mdx') }));
      const paragraph = root.children[0] as { children: { type: string; url?: string }[] };
      return paragraph.children.filter((n) => n.type === 'link').map((n) => n.url);
    };
    expect(urls('/')).toEqual(['/van-ban/20-ct-tw/']);
    expect(urls('/vi-tre-em')).toEqual(['/vi-tre-em/van-ban/20-ct-tw/']);
  });
});
