import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL } from '../../src/lib/site-url';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs a real production build of a fixture content folder, away from dist/ and the cache. */
function buildFixture(name: string) {
  const scratch = mkdtempSync(join(tmpdir(), `vte-${name}-`));
  try {
    const result = spawnSync(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        VTE_CONTENT_DIR: join(ROOT, 'tests', 'fixtures', name, 'content'),
        VTE_OUT_DIR: join(scratch, 'dist'),
        VTE_CACHE_DIR: join(scratch, 'cache'),
        SITE_URL: LOCAL_SITE_URL,
        CI: 'true',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('strict production build', () => {
  it('fails on a citation it recognises but cannot resolve, naming the file, line and citation', () => {
    const { status, output } = buildFixture('unknown-citation');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /tests\/fixtures\/unknown-citation\/content\/plans\/kh-thu-nghiem\.mdx:\d+: citation "Quyết định số 9999\/QĐ-TTg" cannot be resolved/,
    );
    // The resolvable citation in the same file is not reported.
    expect(output).not.toContain('citation "Chỉ thị số 20-CT/TW"');
  }, 130_000);

  it('fails on bad frontmatter, naming the file, the field and what was expected', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('kh-thu-nghiem');
    expect(output).toMatch(/issued/);
    expect(output).toContain('expected a date written YYYY-MM-DD');
    expect(output).toContain('plans → kh-thu-nghiem');
  }, 130_000);
});
