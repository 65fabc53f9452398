import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { directives } from '../support/content';
import { distFiles, fileFor, page, siteOrigin, sitemapPaths, urlPath } from '../support/dist';
import { all, attr, text, type HtmlDocument, type HtmlElement } from '../support/html';
import { qrSvg, readQrSvg } from '../support/qr';
import { PLAN_FILTERS, SECTIONS } from '../../src/lib/routes';

/**
 * What a page shows when its link is shared, and what it prints: the Open Graph and Twitter tags,
 * a 1200×630 PNG preview card that exists, and a QR code that a camera reads as the page's own
 * address. Every page of the build, the 404 page too.
 */
const origin = siteOrigin();
const PAGES = [...sitemapPaths(), '/404.html'];

const meta = (doc: HtmlDocument, key: string) =>
  all(doc, (el) => el.name === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key)).map((el) =>
    attr(el, 'content')!,
  );
const canonical = (doc: HtmlDocument) =>
  all(doc, (el) => el.name === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href')!);

/** The width of the SVG a QR path is drawn in (htmlparser2 writes attribute names in lower case). */
const viewBoxSize = (path: HtmlElement) => Number(attr(path.parent as HtmlElement, 'viewbox')!.split(' ')[2]);

/** The lists of every value of a plan filter (`/ke-hoach/tinh/`), which are not documents. */
const filterIndexes = new Set(Object.values(PLAN_FILTERS).map((segment) => `${SECTIONS.plans}${segment}/`));
/** Document pages are `article`s: plans, directives and guidance. */
const isArticle = (path: string) =>
  /^\/(ke-hoach|van-ban|huong-dan)\/[a-z0-9-]+\/$/.test(path) && !filterIndexes.has(path);

describe('every page shares with its own address and a preview card', () => {
  it('the build was made for a real address, not a placeholder', () => {
    expect(origin).not.toMatch(/\.example$|example\.(com|org|net)$/);
  });

  it.each(PAGES)('%s', async (path) => {
    const doc = page(path);
    // The 404 page is served at any missing address: it names none as its own.
    const urls = path === '/404.html' ? [] : [new URL(path, origin).href];
    expect(canonical(doc)).toEqual(urls);
    expect(meta(doc, 'og:url')).toEqual(urls);
    expect(meta(doc, 'og:type')).toEqual([isArticle(path) ? 'article' : 'website']);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(doc, 'og:image:width')).toEqual(['1200']);
    expect(meta(doc, 'og:image:height')).toEqual(['630']);
    // The card's words, said: the page's own heading among them.
    const [alt] = meta(doc, 'og:image:alt');
    expect(alt).toContain(text(all(doc, (el) => el.name === 'h1')[0]!));

    const [image] = meta(doc, 'og:image');
    expect(image!.startsWith(`${origin}/anh/`), image).toBe(true);
    const file = fileFor(new URL(image!).pathname);
    expect(file, `${image} is in dist/`).toBeDefined();
    // Decoded whole, not only its header read.
    const { info } = await sharp(file!).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect((await sharp(file!).metadata()).format).toBe('png');
  });

  it('cards differ where pages differ: each plan has its own', () => {
    const images = sitemapPaths()
      .filter((p) => /^\/ke-hoach\/[a-z0-9-]+\/$/.test(p) && !/\/(nam|tinh|co-quan)\//.test(p))
      .map((p) => meta(page(p), 'og:image')[0]);
    expect(images.length).toBeGreaterThan(1);
    expect(new Set(images).size).toBe(images.length);
  });

  it('dist/anh/ holds only the cards pages name', () => {
    const named = new Set(PAGES.map((p) => new URL(meta(page(p), 'og:image')[0]!).pathname));
    expect(distFiles('.png').map(urlPath).sort()).toEqual([...named].sort());
  });
});

describe('what is known only from a plan’s citation says so', () => {
  const asCited = directives().filter((d) => d.confidence === 'as-cited');
  it('there are such documents', () => expect(asCited.length).toBeGreaterThan(0));
  it.each(asCited.map((d) => d.id))('/van-ban/%s/: on its card and at the top of its printout', (id) => {
    const doc = page(`/van-ban/${id}/`);
    expect(meta(doc, 'og:image:alt')[0]).toContain('theo dẫn chiếu tại');
    const header = all(doc, (el) => el.attribs['data-print-header'] !== undefined)[0]!;
    expect(text(header)).toContain('theo dẫn chiếu tại');
  });
});

describe('the QR code of every page', () => {
  it.each(PAGES.filter((p) => p !== '/404.html'))('%s: a camera reads it as the page’s address', async (path) => {
    const doc = page(path);
    const paths = all(doc, (el) => el.name === 'path' && attr(el, 'id') === 'ma-qr');
    expect(paths).toHaveLength(1);
    const size = viewBoxSize(paths[0]!);
    expect(await readQrSvg(qrSvg(size, attr(paths[0]!, 'd')!))).toBe(canonical(doc)[0]);
    // The share bar shows the same drawing on demand, by reference.
    for (const use of all(doc, (el) => el.name === 'use')) expect(attr(use, 'href')).toMatch(/^#ma-qr/);
  });

  it('the 404 page, served at any missing address, prints none: no code, no address', () => {
    const doc = page('/404.html');
    expect(all(doc, (el) => el.name === 'path' && attr(el, 'id') === 'ma-qr')).toEqual([]);
    const header = all(doc, (el) => el.attribs['data-print-header'] !== undefined)[0]!;
    expect(text(header)).not.toContain(origin);
  });

  it.each(['/duong-day-nong/in/', ...sitemapPaths().filter((p) => /^\/chien-dich\/[a-z0-9-]+\/in\/$/.test(p))])(
    '%s: the poster’s code leads to the page the poster is about',
    async (path) => {
      const poster = all(page(path), (el) => 'data-poster' in el.attribs)[0]!;
      const [drawn] = all(poster, (el) => el.name === 'path' && attr(el, 'id') !== undefined);
      const read = await readQrSvg(qrSvg(viewBoxSize(drawn!), attr(drawn!, 'd')!));
      expect(read).toBe(new URL(path.replace(/in\/$/, ''), origin).href);
      expect(text(poster)).toContain(read!.replace(/^https?:\/\//, ''));
    },
  );
});

describe('nothing printed or shared names a placeholder domain', () => {
  it.each(distFiles('.html').concat(distFiles('.xml'), distFiles('.json'), distFiles('.txt')).map(urlPath))(
    '%s',
    (path) => {
      const body = readFileSync(fileFor(path) ?? `${path}`, 'utf8');
      expect(body).not.toMatch(/vitreem\.example|\.example\/|\.invalid\//);
    },
  );
});
