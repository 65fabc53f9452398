import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { campaigns, plans } from '../support/content';

/**
 * Sharing, in a browser: the copy button puts the page's canonical address on the clipboard, the
 * share sheet gets it where the browser has one, the QR code shows on demand, and the bar works
 * without JavaScript. Printing a plan to PDF gives its number, its address and the hotline, and
 * none of the site's navigation.
 */
const plan = plans().find((p) => p.number && p.issued)!;
const PLAN = `/ke-hoach/${plan.id}/`;

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const bar = (page: Page) => page.getByRole('region', { name: 'Chia sẻ trang này' });

test('“Sao chép liên kết” copies the canonical address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PLAN);
  const url = await canonical(page);
  expect(url).toMatch(/^https?:\/\/.+\/ke-hoach\/.+\/$/);
  await bar(page).getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('Đã sao chép');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('“Chia sẻ” opens the browser’s share sheet with the address, where there is one', async ({ page }) => {
  await page.goto(PLAN);
  // Desktop Chromium has no share sheet: the button is not offered.
  await expect(bar(page).getByRole('button', { name: 'Chia sẻ', exact: true })).toBeHidden();

  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  await page.goto(PLAN);
  await bar(page).getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: await page.title(), url: await canonical(page) }]);
});

test('“Mã QR” shows the page’s QR code on demand, and “In” prints', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => Object.assign(window, { printed: true });
  });
  await page.goto(PLAN);
  const url = await canonical(page);
  const code = bar(page).getByRole('img', { name: `Mã QR dẫn đến ${url}` });
  await expect(code).toBeHidden();
  await bar(page).getByText('Mã QR').click();
  await expect(code).toBeVisible();
  expect((await code.boundingBox())!.width).toBeGreaterThan(100);
  await bar(page).getByRole('button', { name: 'In trang này (khổ A4)' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the bar shows the address to select, the plain share links and the QR code; no dead buttons', async ({
    page,
  }) => {
    await page.goto(PLAN);
    const url = (await canonical(page))!;
    await expect(bar(page).getByText(url, { exact: true })).toBeVisible();
    await expect(bar(page).getByRole('button')).toHaveCount(0);
    await expect(bar(page).getByRole('link', { name: /Facebook/ })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    );
    await expect(bar(page).getByRole('link', { name: /Zalo/ })).toHaveAttribute(
      'href',
      new RegExp(encodeURIComponent(url)),
    );
    await bar(page).getByText('Mã QR').click();
    await expect(bar(page).getByRole('img', { name: `Mã QR dẫn đến ${url}` })).toBeVisible();
  });
});

test('a campaign’s message is copied whole: its date, the plan’s words and the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const campaign = campaigns().find((c) => (c as { share?: unknown }).share)!;
  await page.goto(`/chien-dich/${campaign.id}/`);
  const kit = page.getByRole('region', { name: 'Lời để chia sẻ' });
  await kit.getByRole('button', { name: 'Sao chép lời nhắn' }).click();
  await expect(kit.getByRole('status')).toHaveText('Đã sao chép');
  const message = await page.evaluate(() => navigator.clipboard.readText());
  const lines = message.split('\n');
  expect(lines[0]).toContain(campaign.name);
  expect(lines.at(-1)).toBe(await canonical(page));
  expect(message).toContain('Gọi 111');
  await kit.getByRole('link', { name: 'In áp phích (khổ A4)' }).click();
  await expect(page).toHaveURL(new RegExp(`/chien-dich/${campaign.id}/in/$`));
});

test('the contents list is folded on a phone and open on a wide screen; its links reach the sections', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(PLAN);
  const contents = page.getByRole('navigation', { name: 'Mục lục' });
  const first = contents.getByRole('link').first();
  await expect(first).toBeHidden();
  await contents.getByText('Mục lục').click();
  await expect(first).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PLAN);
  await expect(first).toBeVisible();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  // Each section's own "#" link gives the same address.
  await expect(page.getByRole('link', { name: new RegExp(`^Liên kết đến mục: `) }).first()).toHaveAttribute(
    'href',
    /^#[a-z0-9-]+$/,
  );
});

test('a plan printed to PDF carries its number, its address and the hotline, and not the site’s navigation', async ({
  page,
}) => {
  await page.goto(PLAN);
  const url = (await canonical(page))!;
  // The header's navigation as one line of text: its section names in a row.
  const navigation = (await page.getByRole('navigation', { name: 'Điều hướng chính' }).innerText()).replace(
    /\s+/g,
    ' ',
  );
  const pdf = await page.pdf({ format: 'A4' });
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(plan.number!.trim());
  expect(flat).toContain(url);
  expect(flat).toMatch(/Tổng đài 111/);
  for (const chrome of ['Thoát nhanh', 'Sao chép liên kết', 'Bỏ qua, đến nội dung chính', 'Dữ liệu mở', 'Mục lục'])
    expect(flat, chrome).not.toContain(chrome);
  expect(navigation.split(' ').length).toBeGreaterThan(5);
  expect(flat).not.toContain(navigation.trim());
  expect(totalPages).toBeGreaterThan(0);
});
