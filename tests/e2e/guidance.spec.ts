import { expect, test } from '@playwright/test';
import { readArticles } from '../support/guidance-articles';

/**
 * What only a browser can tell: where the first steps land on a phone's first screen. The rest of
 * each article's checks read dist/ (tests/dist/guidance.test.ts); axe runs on every page
 * (pages.spec.ts).
 */
const slugs = readArticles().map((a) => a.id);
/** The article a frightened parent opens from the home page. */
const ABUSE = 'khi-nghi-ngo-tre-bi-xam-hai';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test(`the first steps of "${ABUSE}" are on the first screen, without scrolling`, async ({ page }) => {
    await page.goto(`/huong-dan/${ABUSE}/`);
    const steps = page.getByRole('article').getByRole('list').first().getByRole('listitem');
    // The first numbered step (call 113 / 115) is whole within the first 640 px.
    const first = await steps.first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(640);
    await expect(steps.first()).toContainText('113');
    await expect(steps.first().getByRole('link', { name: '113' })).toHaveAttribute('href', 'tel:113');
  });

  test('every article opens with its first step on the first screen', async ({ page }) => {
    const late: string[] = [];
    for (const slug of slugs) {
      await page.goto(`/huong-dan/${slug}/`);
      // The article's first block is a heading and its numbered steps, not a preamble.
      const top = await page.getByRole('article').locator('ol').first().locator('li').first().boundingBox();
      if (top === null || top.y >= 640 - 40) late.push(`${slug}: first step at ${top?.y ?? 'nowhere'}`);
    }
    expect(late).toEqual([]);
  });
});

test.describe('the safety bar', () => {
  const urgent = `/huong-dan/${readArticles().find((a) => a.frontmatter['urgent'] === true)!.id}/`;

  test('stays one row on a 360 px phone: quick exit and the call button side by side', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    for (const path of ['/', urgent, '/duong-day-nong/']) {
      await page.goto(path);
      const exit = await page
        .getByRole('complementary', { name: 'Thoát nhanh' })
        .getByRole('link')
        .first()
        .boundingBox();
      const call = await page
        .getByRole('complementary', { name: 'Đường dây nóng bảo vệ trẻ em' })
        .getByRole('link', { name: /Gọi 111/ })
        .boundingBox();
      expect(exit && call, path).toBeTruthy();
      // Same row: their vertical extents overlap, and the call button is right of the exit.
      expect(call!.y, path).toBeLessThan(exit!.y + exit!.height);
      expect(exit!.y, path).toBeLessThan(call!.y + call!.height);
      expect(call!.x + call!.width, path).toBeLessThanOrEqual(360);
    }
  });

  test('on a wide screen, its question leads to what to do when a child may be abused', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/van-ban/');
    const bar = page.getByRole('complementary', { name: 'Đường dây nóng bảo vệ trẻ em' });
    await bar.getByRole('link', { name: 'Trẻ em cần giúp đỡ, bị xâm hại, bạo lực?' }).click();
    await expect(page).toHaveURL(new RegExp(`${urgent}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Khi nghi ngờ trẻ bị xâm hại/);
  });
});
