import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { page as builtPage } from '../support/dist';
import { all, attr } from '../support/html';

/** The quick exit's own announcements (a page can have other status lines, such as the share bar's). */
const quickExitStatus = (page: Page) => page.getByRole('complementary', { name: 'Thoát nhanh' }).getByRole('status');

/**
 * Quick exit. No test reaches the network: the neutral site and a stand-in "page before" are
 * served locally by page.route(), and any other outside request is aborted. That every built page
 * has the link, to an https page on another site, is read from dist/ (tests/dist/quick-exit.test.ts).
 */
/** Where the quick-exit link of the built home page goes. */
const NEUTRAL_URL = attr(all(builtPage('/'), (el) => el.name === 'a' && 'data-quick-exit' in el.attribs)[0]!, 'href')!;
const NEUTRAL = new URL(NEUTRAL_URL);
const BEFORE = 'https://trang-truoc.example/';

/** The reader is on the neutral site, over https, and no longer on this one. */
async function expectLeft(page: Page) {
  await expect(page).toHaveURL(NEUTRAL_URL);
  const now = new URL(page.url());
  expect(now.protocol).toBe('https:');
  expect(now.hostname).not.toBe('127.0.0.1');
}

async function stubOutside(context: BrowserContext, hold?: Promise<void>) {
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.host === NEUTRAL.host) {
        await hold;
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>Neutral</title><p>neutral</p>',
        });
      }
      if (url.href === BEFORE)
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>Before</title><p>before</p>',
        });
      return route.abort();
    },
  );
}

/** Opens a stand-in outside page, then the site page, so Back has somewhere to go. */
async function openAfterOutsidePage(page: Page, path: string) {
  await page.goto(BEFORE);
  await page.goto(path);
}

const exitButton = (page: Page) =>
  page.getByRole('complementary', { name: 'Thoát nhanh' }).getByRole('link', { name: 'Thoát nhanh' });

test('the button leaves for the neutral site, and Back does not return to the site', async ({ page, context }) => {
  await stubOutside(context);
  await openAfterOutsidePage(page, '/huong-dan/khi-nghi-ngo-tre-bi-xam-hai/');
  await exitButton(page).click();
  await expectLeft(page);
  await expect(page).toHaveTitle('Neutral');
  await page.goBack();
  await expect(page).toHaveURL(BEFORE);
  expect(page.url()).not.toContain('127.0.0.1');
});

test('pressing Shift three times leaves, announcing the count, and blanks the page at once', async ({
  page,
  context,
}) => {
  // The neutral site's answer is held back until the test has seen our page go blank.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await stubOutside(context, held);
  let reportBlank: (state: [number, string]) => void = () => {};
  const blanked = new Promise<[number, string]>((resolve) => (reportBlank = resolve));
  await page.exposeBinding('reportBlank', (_source, children: number, title: string) => reportBlank([children, title]));
  await page.addInitScript(() => {
    if (location.hostname !== '127.0.0.1') return;
    const page = window as unknown as { reportBlank: (children: number, title: string) => Promise<void> };
    window.addEventListener('load', () => {
      new MutationObserver(() => {
        if (document.body.childElementCount === 0)
          void page.reportBlank(document.body.childElementCount, document.title);
      }).observe(document.body, { childList: true });
    });
  });
  await openAfterOutsidePage(page, '/duong-day-nong/');

  await page.keyboard.press('Shift');
  await expect(quickExitStatus(page)).toHaveText('Nhấn Shift thêm 2 lần để thoát nhanh.');
  await page.keyboard.press('Shift');
  await expect(quickExitStatus(page)).toHaveText('Nhấn Shift thêm 1 lần để thoát nhanh.');
  await page.keyboard.press('Shift');

  // Blank, with no title, before the neutral site has answered.
  expect(await blanked).toEqual([0, '']);
  release();
  await expectLeft(page);
  await page.goBack();
  await expect(page).toHaveURL(BEFORE);
});

test('another key between the Shift presses starts the count again, so typing capitals never exits', async ({
  page,
  context,
}) => {
  await stubOutside(context);
  await page.goto('/huong-dan/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await expect(quickExitStatus(page)).toHaveText('');
  await page.keyboard.press('Shift');
  await expect(quickExitStatus(page)).toHaveText('Nhấn Shift thêm 2 lần để thoát nhanh.');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn');
  expect(new URL(page.url()).pathname).toBe('/huong-dan/');
});

test('the button is reached from the keyboard, described for screen readers, and works with Enter', async ({
  page,
  context,
}) => {
  await stubOutside(context);
  await openAfterOutsidePage(page, '/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  const button = exitButton(page);
  await expect(button).toBeFocused();
  await expect(button).toHaveAccessibleDescription(
    'Rời ngay trang này và mở trang tìm kiếm Google. Cũng có thể nhấn phím Shift ba lần liền.',
  );
  await page.keyboard.press('Enter');
  await expectLeft(page);
  await page.goBack();
  await expect(page).toHaveURL(BEFORE);
});

test('the explanation page says what quick exit cannot do', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('complementary', { name: 'Thoát nhanh' }).getByRole('link', { name: 'Cách dùng' }).click();
  await expect(page).toHaveURL(/\/thoat-nhanh\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thoát nhanh');
  await expect(page.getByRole('region', { name: 'Thoát nhanh không làm được gì' })).toContainText(
    'không xóa lịch sử duyệt web',
  );
  await expect(page.getByRole('region', { name: /chế độ duyệt riêng tư/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xóa lịch sử duyệt web' })).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is still a plain link to the neutral site', async ({ page, context }) => {
    await stubOutside(context);
    await page.goto('/ke-hoach/');
    const button = exitButton(page);
    await expect(button).toHaveAttribute('href', NEUTRAL_URL);
    // Without the script there is no Shift shortcut, so the description does not promise one.
    await expect(button).toHaveAccessibleDescription('Rời ngay trang này và mở trang tìm kiếm Google.');
    await button.click();
    await expectLeft(page);
  });
});
