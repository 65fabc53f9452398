import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { citationPipeline } from '../../src/integrations/citations';
import { citableRegistry } from '../../src/lib/directive-registry';

/** A copy of the real directives and plans, to change. */
const content = mkdtempSync(join(tmpdir(), 'vte-citations-'));
for (const folder of ['directives', 'plans']) {
  cpSync(join(import.meta.dirname, '..', '..', 'content', folder), join(content, folder), { recursive: true });
}
afterAll(() => rmSync(content, { recursive: true, force: true }));

const directive = (number: string) =>
  `number: "${number}"\nkind: "Quyết định"\nissuer: "Thủ tướng Chính phủ"\ntitle: "thử"\nlevel: "trung-uong"\nconfidence: "high"\n`;

describe('citableRegistry', () => {
  it('reads the documents once and keeps them until one of their files changes', () => {
    const registry = citableRegistry(content);
    const first = registry.documents();
    expect(first.some((d) => d.number === '9998/QĐ-TTg')).toBe(false);
    writeFileSync(join(content, 'directives', '9998-qd-ttg.yaml'), directive('9998/QĐ-TTg'));
    expect(registry.documents()).toBe(first);
    registry.changed(join(content, 'guidance', 'x.mdx'));
    expect(registry.documents()).toBe(first);
    registry.changed(join(content, 'directives', '9998-qd-ttg.yaml'));
    expect(registry.documents().some((d) => d.number === '9998/QĐ-TTg')).toBe(true);
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
