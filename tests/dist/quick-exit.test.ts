import { describe, expect, it } from 'vitest';
import { distFiles, page, urlPath } from '../support/dist';
import { all, attr } from '../support/html';

/** The quick-exit link as every built page has it. The browser tests follow it (quick-exit.spec.ts). */
const pages = distFiles('.html').map(urlPath);

describe('quick exit on every page', () => {
  it('every built page has one quick-exit link, with JavaScript or without', () => {
    expect(pages.length).toBeGreaterThan(0);
    const missing = pages.filter(
      (path) => all(page(path), (el) => el.name === 'a' && 'data-quick-exit' in el.attribs).length !== 1,
    );
    expect(missing).toEqual([]);
  });

  it('leaves for the same https page on another site, and tells it nothing about this one', () => {
    const links = pages.map((path) => ({
      path,
      link: all(page(path), (el) => el.name === 'a' && 'data-quick-exit' in el.attribs)[0]!,
    }));
    const targets = new Set(links.map(({ link }) => attr(link, 'href')));
    expect(targets.size).toBe(1);
    const target = new URL([...targets][0]!);
    expect(target.protocol).toBe('https:');
    const canonical = all(page('/'), (el) => el.name === 'link' && attr(el, 'rel') === 'canonical')[0]!;
    expect(target.hostname).not.toBe(new URL(attr(canonical, 'href')!).hostname);
    // No Referer header: the neutral site cannot see (or log) which page the reader left.
    expect(
      links.filter(({ link }) => !(attr(link, 'rel') ?? '').split(/\s+/).includes('noreferrer')).map((l) => l.path),
    ).toEqual([]);
  });
});
