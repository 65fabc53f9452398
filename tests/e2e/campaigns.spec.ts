import { expect, test, type Page } from '@playwright/test';
import { campaigns } from '../support/content';
import { normalise } from './helpers';

/**
 * Campaign pages in the browser: the list, the dates table and the next date. That every quote is
 * the plan's own words is read from dist/ (tests/dist/campaigns.test.ts).
 */
const CAMPAIGNS = campaigns().map((c) => c.id);
const YEARS = Array.from({ length: 15 }, (_, i) => 2016 + i);

test.use({ javaScriptEnabled: false });

test('the campaigns page lists every moment with its next date', async ({ page }) => {
  expect(CAMPAIGNS.length).toBeGreaterThan(0);
  await page.goto('/chien-dich/');
  for (const id of CAMPAIGNS) await expect(page.locator(`main a[href="/chien-dich/${id}/"]`)).toHaveCount(1);
  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(CAMPAIGNS.length);
  await expect(cards.filter({ hasText: 'Tết Trung thu' })).toContainText(/(Lần tới|Đang diễn ra): \d{2}\/\d{2}\/\d{4}/);
});

/** The dates table of a campaign page, as year → the cells after the year. */
async function datesTable(page: Page) {
  const table = page.getByRole('region', { name: 'Ngày diễn ra, 2016–2030' }).getByRole('table');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(YEARS.length + 1);
  const byYear = new Map<number, string[]>();
  for (const year of YEARS) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) });
    byYear.set(year, (await row.getByRole('cell').allTextContents()).map(normalise));
  }
  return byYear;
}

test('Tết Trung thu gives the lunar-calendar date for every year 2016–2030', async ({ page }) => {
  await page.goto('/chien-dich/tet-trung-thu/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tết Trung thu');
  const dates = await datesTable(page);
  expect(dates.get(2021)).toEqual(['21/09/2021']);
  expect(dates.get(2024)).toEqual(['17/09/2024']);
  expect(dates.get(2025)).toEqual(['06/10/2025']);
  for (const year of YEARS)
    expect(dates.get(year)![0]).toMatch(new RegExp(`^(0[89]|10)/(09|10)/${year}$`.replace('(0[89]|10)', '\\d{2}')));
  await expect(page.getByText('âm lịch Việt Nam (múi giờ UTC+7)')).toBeVisible();
});

test('Tháng hành động vì trẻ em runs 01/6–30/6 each year with the themes FACTS lists', async ({ page }) => {
  await page.goto('/chien-dich/thang-hanh-dong-vi-tre-em/');
  const dates = await datesTable(page);
  for (const year of YEARS) expect(dates.get(year)!.slice(0, 2)).toEqual([`01/06/${year}`, `30/06/${year}`]);
  expect(dates.get(2023)![2]).toBe('“Chung tay giảm thiểu tổn hại trẻ em”');
  expect(dates.get(2025)![2]).toContain('Bộ Y tế chủ trì');
  expect(dates.get(2019)![2]).toBe('chưa có thông tin');
  await expect(page.getByText(/Độ tin cậy của chủ đề từng năm: Trung bình, theo nguồn thứ cấp/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Luật số 102/2016/QH13' })).toHaveAttribute(
    'href',
    '/van-ban/102-2016-qh13/',
  );
});

test('fixed-date moments and the forum', async ({ page }) => {
  await page.goto('/chien-dich/ngay-gia-dinh-viet-nam/');
  expect((await datesTable(page)).get(2027)).toEqual(['28/06/2027']);
  await page.goto('/chien-dich/ngay-quoc-te-thieu-nhi/');
  expect((await datesTable(page)).get(2016)).toEqual(['01/06/2016']);
  await page.goto('/chien-dich/dien-dan-tre-em/');
  await expect(page.getByRole('region', { name: 'Ngày diễn ra, 2016–2030' })).toContainText(
    'Ngày tổ chức: chưa có thông tin.',
  );
});

test.describe('with JavaScript on', () => {
  test.use({ javaScriptEnabled: true });
  test('the next date is refreshed on the reader’s device without errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    // A reader on 20/09/2025: Trung thu 2025 (06/10/2025) is next, whatever day the site was built.
    await page.clock.setFixedTime(new Date('2025-09-20T03:00:00Z'));
    await page.goto('/chien-dich/tet-trung-thu/');
    await expect(page.getByText('Lần tới: 06/10/2025')).toBeVisible();
    await page.clock.setFixedTime(new Date('2025-06-10T03:00:00Z'));
    await page.goto('/chien-dich/thang-hanh-dong-vi-tre-em/');
    await expect(page.getByText('Đang diễn ra: 01/06/2025 – 30/06/2025')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
