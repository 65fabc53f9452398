import { expect, test, type Page } from '@playwright/test';
import { templatePages } from '../support/dist';

/**
 * Narrow screens and large text, on one page of every template (the fullest of each: see
 * `templatePages()`) and the 404 page, each test in one browser context going from page to page.
 *
 * - At 320 px wide, and again with the text at 200% (the root font size, which is what Android's
 *   font scale sets): nothing scrolls sideways, no two controls or headings overlap, and the red
 *   safety bar is one row and at most 15% of the screen.
 * - Every control shows a focus ring with at least 3:1 contrast against what is around it, on
 *   every background (the red bar included), at both sizes.
 */
const NOT_FOUND = '/khong-co-trang-nay/';
const PAGES = [...templatePages().map((t) => t.path), NOT_FOUND];
/** A 320 px phone (the smallest in use), 568 px tall. */
const PHONE = { width: 320, height: 568 };

/** What breaks the layout of the page as it stands, one line each. Runs in the page. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push(`scrolls sideways: ${root.scrollWidth} px wide in ${width} px`);

  const visible = (el: Element) => {
    // Not drawn: hidden, or inside a closed <details> (whose content Chromium lays out but skips).
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const box = el.getBoundingClientRect();
    // Visually hidden text (1 px) is not drawn.
    return box.width > 2 && box.height > 2;
  };

  // The safety bar: one row of controls, at most 15% of the screen's height.
  const bar = document.querySelector('.safety-bar');
  if (!bar) problems.push('no safety bar');
  else {
    const height = bar.getBoundingClientRect().height;
    if (height > 0.15 * innerHeight)
      problems.push(`safety bar is ${Math.round(height)} px, over 15% of ${innerHeight} px`);
    const controls = [...bar.querySelectorAll('a')].filter(visible).map((a) => a.getBoundingClientRect());
    const top = Math.min(...controls.map((b) => b.top));
    const bottom = Math.max(...controls.map((b) => b.bottom));
    const tallest = Math.max(...controls.map((b) => b.height));
    if (bottom - top > tallest + 1) problems.push(`safety bar wraps: its controls span ${Math.round(bottom - top)} px`);
    for (const b of controls) if (b.right > width || b.left < 0) problems.push('a safety bar control is off screen');
  }

  // No two controls or headings overlap (line by line, so that wrapped links are compared as drawn).
  // Elements in a sideways scroller are only compared where the scroller shows them.
  const items = [
    ...document.querySelectorAll('a[href], button, input, select, textarea, summary, h1, h2, h3, h4, th, td'),
  ].filter(visible);
  const clip = (el: Element, box: DOMRect) => {
    let [left, right] = [box.left, box.right];
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') {
        const b = p.getBoundingClientRect();
        [left, right] = [Math.max(left, b.left), Math.min(right, b.right)];
      }
    }
    return { left, right, top: box.top, bottom: box.bottom };
  };
  const boxes = items.map((el) => ({
    el,
    rects: [...el.getClientRects()].map((r) => clip(el, r)).filter((r) => r.right - r.left > 1 && r.bottom - r.top > 1),
  }));
  const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const hit = a.rects.some((r) =>
        b.rects.some(
          (s) =>
            Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 &&
            Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1,
        ),
      );
      if (hit) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
    }
  }
  return problems;
}

/**
 * Focuses each control in turn (after one Tab, so that focus is shown as for a keyboard) and
 * measures its ring against what is drawn just outside it. Runs in the page.
 */
function focusRingProblems(): string[] {
  const problems: string[] = [];
  type Rgba = [number, number, number, number];
  const parse = (color: string): Rgba | undefined => {
    const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (x: Rgba, y: Rgba) => {
    const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
    return (a + 0.05) / (b + 0.05);
  };
  /** The colour drawn at a point, under `skip`: backgrounds composited from the top down to white. */
  const backgroundAt = (x: number, y: number, skip: Element): Rgba | undefined => {
    const layers: Rgba[] = [];
    for (const el of document.elementsFromPoint(x, y)) {
      if (el === skip || skip.contains(el)) continue;
      const color = parse(getComputedStyle(el).backgroundColor);
      if (!color) return undefined;
      if (color[3] > 0) layers.push(color);
      if (color[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>(
      (under, [r, g, b, a]) => [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1],
      [255, 255, 255, 1],
    );
  };
  const controls = [
    ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]'),
  ].filter((el) => el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }));
  for (const el of controls) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    el.focus();
    const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
    if (document.activeElement !== el) continue; // not focusable here (e.g. inside closed <details>)
    if (!el.matches(':focus-visible')) {
      problems.push(`${label}: no :focus-visible on keyboard focus`);
      continue;
    }
    const style = getComputedStyle(el);
    const ring = parse(style.outlineColor);
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle === 'none' || width < 2 || !ring) {
      problems.push(
        `${label}: no visible focus ring (${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor})`,
      );
      continue;
    }
    // A two-tone ring: a shadow of 2 px or more in the gap inside the outline, in another colour.
    const shadow = /^(rgba?\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/.exec(style.boxShadow);
    const inner = shadow && Number(shadow[2]) >= 2 ? parse(shadow[1]!) : undefined;
    const best = (background: Rgba) => Math.max(contrast(ring, background), inner ? contrast(inner, background) : 0);
    // Under the ring's middle line: the background it is drawn on, at the middle of each side.
    const box = el.getBoundingClientRect();
    const out = parseFloat(style.outlineOffset) + width / 2;
    const points: [number, number][] = [
      [box.left + box.width / 2, box.top - out],
      [box.left + box.width / 2, box.bottom + out],
      [box.left - out, box.top + box.height / 2],
      [box.right + out, box.top + box.height / 2],
    ];
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const background = backgroundAt(x, y, el);
      if (!background) problems.push(`${label}: a background colour the test cannot read`);
      else if (best(background) < 3) {
        problems.push(
          `${label}: focus ring ${style.outlineColor}${inner ? ` and ${shadow![1]}` : ''} on rgb(${background.slice(0, 3).join(', ')}) is ${best(background).toFixed(2)}:1`,
        );
        break;
      }
    }
  }
  return problems;
}

async function open(page: Page, path: string, largeText: boolean) {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path} status`).toBe(path === NOT_FOUND ? 404 : 200);
  // Text at 200% of the browser's default, as the reader's setting would make it. Set on the root
  // element's style (the CSSOM), which the page's Content-Security-Policy does not block, unlike a
  // <style> element added to the page.
  if (largeText) await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
}

for (const largeText of [false, true]) {
  const size = largeText ? 'with text at 200%' : 'at 100% text';
  test(`at 320 px ${size}, no page scrolls sideways or overlaps, and the safety bar is one short row`, async ({
    page,
  }) => {
    test.setTimeout(5_000 * PAGES.length);
    await page.setViewportSize(PHONE);
    for (const path of PAGES) {
      await open(page, path, largeText);
      expect.soft(await page.evaluate(layoutProblems), path).toEqual([]);
    }
  });

  test(`at 320 px ${size}, every control shows a focus ring of at least 3:1`, async ({ page }) => {
    test.setTimeout(5_000 * PAGES.length);
    await page.setViewportSize(PHONE);
    for (const path of PAGES) {
      await open(page, path, largeText);
      await page.keyboard.press('Tab');
      expect.soft(await page.evaluate(focusRingProblems), path).toEqual([]);
    }
  });
}

test('the page list covers every template, the timeline and a directive among them', () => {
  expect(PAGES).toContain('/lo-trinh/');
  expect(PAGES.some((p) => p.startsWith('/van-ban/') && p !== '/van-ban/')).toBe(true);
  expect(PAGES.length).toBeGreaterThanOrEqual(18);
});
