import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, MISSING_SITE_URL, parseSiteUrl } from '../../src/lib/site-url';
import { absoluteUrl } from '../../src/lib/routes';

const ROOT = join(import.meta.dirname, '..', '..');

describe('SITE_URL', () => {
  it('is the public origin the site builds its addresses on', () => {
    expect(parseSiteUrl('https://vitreem.vn')).toEqual({ site: 'https://vitreem.vn' });
    expect(parseSiteUrl(' https://vitreem.vn/ ')).toEqual({ site: 'https://vitreem.vn' });
    expect(parseSiteUrl(LOCAL_SITE_URL)).toEqual({ site: LOCAL_SITE_URL });
    expect(parseSiteUrl(undefined)).toEqual({});
    expect(parseSiteUrl('')).toEqual({});
    expect(absoluteUrl('/ke-hoach/a/', parseSiteUrl('https://vitreem.vn').site)).toBe('https://vitreem.vn/ke-hoach/a/');
  });

  it.each([
    ['vitreem.vn', /is not an address/],
    ['ftp://vitreem.vn', /must start with https:\/\//],
    ['https://vitreem.example', /reserved example domain/],
    ['https://example.org', /reserved example domain/],
    ['https://vitreem.vn/vi-tre-em/', /origin only/],
  ])('refuses %s with a one-line reason', (value, reason) => {
    const { site, error } = parseSiteUrl(value);
    expect(site).toBeUndefined();
    expect(error).toMatch(reason);
    expect(error).not.toContain('\n');
  });

  it('must be set for a production build: `astro build` without it stops with one line saying how', () => {
    // Away from dist/: were the check broken, this would be a whole build.
    const scratch = mkdtempSync(join(tmpdir(), 'vte-no-site-'));
    const env: Record<string, string | undefined> = {
      ...process.env,
      VTE_OUT_DIR: join(scratch, 'dist'),
      VTE_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    delete env['SITE_URL'];
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    rmSync(scratch, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes('[ERROR]'));
    expect(errors).toEqual([expect.stringContaining(MISSING_SITE_URL)]);
    expect(MISSING_SITE_URL).toContain('SITE_URL=');
  }, 130_000);
});
