import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leanEntry, planBody } from '../../src/lib/markdown-loader';

describe('the plans the content store keeps', () => {
  const entry = {
    id: 'ke-hoach-a',
    data: { title: 'A', issuer: 'LĐLĐ' },
    body: '## KẾ HOẠCH\n\nVăn bản "gốc"...',
    filePath: 'content/plans/ke-hoach-a.mdx',
    digest: 'abc',
    rendered: {
      html: '<h2>KẾ HOẠCH</h2>',
      metadata: {
        headings: [{ depth: 2, slug: 'ke-hoach', text: 'KẾ HOẠCH' }],
        frontmatter: { title: 'A', issuer: 'LĐLĐ', citations: [{ id: 'd1' }] },
        imagePaths: [],
      },
    },
  };

  it('keep what pages read: data, HTML, headings and the recorded citations, not the source again', () => {
    const lean = leanEntry(entry);
    expect(lean).not.toHaveProperty('body');
    expect(lean.rendered?.metadata?.frontmatter).toEqual({ citations: [{ id: 'd1' }] });
    expect(lean).toMatchObject({ id: entry.id, data: entry.data, filePath: entry.filePath, digest: entry.digest });
    expect(lean.rendered?.html).toBe(entry.rendered.html);
    expect(lean.rendered?.metadata?.headings).toEqual(entry.rendered.metadata.headings);
    // An entry that was not rendered stays as it is, without its source.
    const { rendered: _rendered, ...plain } = entry;
    expect(leanEntry(plain)).toEqual({
      id: entry.id,
      data: entry.data,
      filePath: entry.filePath,
      digest: entry.digest,
    });
  });
});

describe('a plan source read back for the Word file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vte-body-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the text after the frontmatter, trimmed, character for character', async () => {
    const file = join(dir, 'plan.mdx');
    const text = 'Số: 60/KH-LĐLĐ\n\n“Ngoặc kép” và "thẳng"... -- giữ nguyên';
    writeFileSync(file, `---\ntitle: "A: b"\nissuer: LĐLĐ\n---\n\n${text}\n\n`);
    expect(await planBody(relative(process.cwd(), file))).toBe(text);
  });

  it('reads a real plan as the text after its closing "---" line, trimmed', async () => {
    const path = 'content/plans/60-kh-ldld-binh-thuan-2018.mdx';
    const source = readFileSync(path, 'utf8');
    expect(source.startsWith('---\n')).toBe(true);
    const close = source.indexOf('\n---\n', 3);
    expect(await planBody(path)).toBe(source.slice(close + '\n---\n'.length).trim());
  });
});
