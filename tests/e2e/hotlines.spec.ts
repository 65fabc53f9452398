import { expect, test } from '@playwright/test';
import { hotlineDigits, hotlines } from '../support/content';

/** The numbers in content/hotlines/, which the unit tests hold to FACTS §4. */
const checked = hotlineDigits();
/** The numbers the site offers as a call: not an older number, not one FACTS §4 marks unverified. */
const callable = hotlines()
  .filter((h) => !h.superseded && !h.unverified)
  .map((h) => String(h.number).replace(/\D/g, ''));

test('every hotline link on the hotline page is a valid tel: link to a callable number', async ({ page }) => {
  await page.goto('/duong-day-nong/');
  const main = page.getByRole('main');
  const hrefs = await main
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(checked.length).toBeGreaterThan(0);
  expect(callable.length).toBeGreaterThan(0);
  expect(hrefs.length).toBeGreaterThanOrEqual(callable.length);
  for (const href of hrefs) {
    expect(href).toMatch(/^tel:\+?[0-9]+$/);
    expect(checked).toContain(href.slice('tel:'.length));
  }
  expect(new Set(hrefs)).toEqual(new Set(callable.map((n) => `tel:${n}`)));
  // 111 comes first.
  expect(hrefs[0]).toBe('tel:111');
});

test('111 shows its cost, hours, scope, dates and what happens when you call', async ({ page }) => {
  await page.goto('/duong-day-nong/');
  const card = page.getByRole('article', { name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em' });
  await expect(card.getByRole('link', { name: /^Gọi 111/ })).toHaveAttribute('href', 'tel:111');
  await expect(card).toContainText('Miễn phí (không mất cước gọi, không mất phí tư vấn)');
  await expect(card).toContainText('24 giờ mỗi ngày, 7 ngày mỗi tuần');
  await expect(card).toContainText('Toàn quốc');
  await expect(card.locator('time[datetime="2017-12-06"]').first()).toBeVisible();
  await expect(card.locator('time[datetime="2025-09-19"]')).toBeVisible();
  await expect(card).toContainText('tính đến năm 2025');
  const onCall = card.getByRole('region', { name: 'Khi bạn gọi 111' });
  await expect(onCall).toContainText('miễn phí');
  await expect(onCall).toContainText('chưa có thông tin');
});

test('18001567 is shown as an older number, not a call, with a pointer to 111', async ({ page }) => {
  await page.goto('/duong-day-nong/');
  const card = page.getByRole('article', { name: 'Đường dây tư vấn và hỗ trợ trẻ em' });
  await expect(card).toContainText('18001567');
  await expect(card.locator('a[href^="tel:"]')).toHaveCount(0);
  await expect(card).toContainText('số cũ');
  await card.getByRole('link', { name: 'Xem Tổng đài 111.' }).click();
  await expect(page).toHaveURL(/\/duong-day-nong\/#so-111$/);
});

test('the emergency numbers 113, 114 and 115 are click-to-call', async ({ page }) => {
  await page.goto('/duong-day-nong/');
  for (const [number, name] of [
    ['113', 'Công an'],
    ['114', 'Cứu hỏa, cứu nạn cứu hộ'],
    ['115', 'Cấp cứu y tế'],
  ] as const) {
    await expect(
      page.getByRole('article', { name }).getByRole('link', { name: new RegExp(`^Gọi ${number}`) }),
    ).toHaveAttribute('href', `tel:${number}`);
  }
});

test('the A4 poster prints only the poster, with 111 large and without the old number', async ({ page }) => {
  await page.goto('/duong-day-nong/');
  await page.getByRole('link', { name: 'In áp phích đường dây nóng (khổ A4)' }).click();
  await expect(page).toHaveURL(/\/duong-day-nong\/in\/$/);
  const poster = page.getByRole('region', { name: 'Áp phích' });
  await expect(poster.getByRole('link', { name: '111', exact: true })).toHaveAttribute('href', 'tel:111');
  for (const number of ['113', '114', '115']) await expect(poster.getByRole('link', { name: number })).toBeVisible();
  // Never an older number, nor one that may not connect as printed (FACTS.md §4).
  await expect(poster).not.toContainText('18001567');
  await expect(poster).not.toContainText('0243');

  await page.emulateMedia({ media: 'print' });
  await expect(poster).toBeVisible();
  // One A4 page: 297 mm less 2 × 12 mm margins is about 1032 px at 96 px per inch.
  await page.setViewportSize({ width: 703, height: 1032 });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1032);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Thoát nhanh' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  const sizes = await poster
    .getByRole('link', { name: '111', exact: true })
    .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
  // At least 150px (about 4 cm on paper): the number can be read across a room.
  expect(sizes).toBeGreaterThanOrEqual(150);
});
