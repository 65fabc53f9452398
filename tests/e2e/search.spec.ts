import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers';

const results = (page: Page) => page.getByRole('list', { name: 'Kết quả tìm kiếm' });
/** The search's own status line (the quick-exit control has a status region too). */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const done = (page: Page) => page.locator('[data-search][data-search-state="done"]').waitFor();

async function search(page: Page, query: string) {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  await done(page);
}

test.describe('the search page', () => {
  test('runs the query in the URL on load and lists each result as a link, in rank order', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await search(page, 'dao van truyen');
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('dao van truyen');
    await expect(status(page)).toContainText('cho “dao van truyen”');
    const list = page.locator('[data-search-results]');
    await expect(list.locator('> li').first().getByRole('link')).toHaveAttribute(
      'href',
      /^\/ke-hoach\/63-kh-cdyt-thai-binh-2021\/\?pagefind-highlight=/,
    );
    // Every result is one link to a page of this site.
    const items = await list.locator('> li').count();
    expect(items).toBeGreaterThan(0);
    await expect(list.locator('a[href]')).toHaveCount(items);
    expect(errors).toEqual([]);
  });

  test('finds what people type without marks, with d for đ, and numbers in any spelling', async ({ page }) => {
    for (const query of ['1863', 'QĐ 1863', 'qd 1863', '1863/QĐ-TTg', '1863/QD-TTG']) {
      await search(page, query);
      await expect(results(page).getByRole('link').first(), query).toHaveAttribute('href', /^\/van-ban\/1863-qd-ttg\//);
    }
    for (const query of ['đuối nước', 'duoi nuoc']) {
      await search(page, query);
      await expect(results(page).getByRole('link').first(), query).toHaveAttribute(
        'href',
        /^\/huong-dan\/phong-chong-duoi-nuoc-tai-nan-thuong-tich\//,
      );
    }
  });

  test('keeps the URL in step while typing, so a search can be shared', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(status(page)).toHaveText('Gõ từ khóa để tìm.');
    await page.getByRole('searchbox', { name: 'Từ khóa' }).fill('tết trung thu');
    await done(page);
    await expect(results(page).getByRole('link').first()).toHaveAttribute('href', /^\/chien-dich\/tet-trung-thu\//);
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=t%E1%BA%BFt\+trung\+thu$/);
  });

  test('filters by kind, and sorts by date of issue', async ({ page }) => {
    await search(page, 'trẻ em');
    await page.getByRole('combobox', { name: 'Loại văn bản' }).selectOption('Quyết định');
    await done(page);
    await expect(page).toHaveURL(/loai=Quy%E1%BA%BFt\+%C4%91%E1%BB%8Bnh/);
    const kickers = await results(page).locator('> li > p:first-child').allTextContents();
    expect(kickers.length).toBeGreaterThan(3);
    for (const kicker of kickers) expect(kicker).toMatch(/^Quyết định /);

    await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption({ label: 'Ngày ban hành: mới nhất trước' });
    await done(page);
    const dates = (await results(page).locator('> li > p:first-child').allTextContents()).map((k) => {
      const [d, m, y] = /(\d\d)\/(\d\d)\/(\d{4})$/.exec(k)!.slice(1);
      return `${y}-${m}-${d}`;
    });
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('lists documents by filter alone, newest first', async ({ page }) => {
    await page.goto('/tim-kiem/?nam=2021');
    await done(page);
    await expect(status(page)).toContainText('khớp bộ lọc');
    const kickers = await results(page).locator('> li > p:first-child').allTextContents();
    expect(kickers.length).toBeGreaterThan(2);
    for (const kicker of kickers) expect(kicker).toMatch(/\/2021$/);
  });

  test('marks the searched words on the page a result opens', async ({ page }) => {
    await search(page, 'dao van truyen');
    await results(page).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/ke-hoach\/63-kh-cdyt-thai-binh-2021\/\?pagefind-highlight=dao\+van\+truyen$/);
    await expect(page.locator('main mark.search-hit').first()).toHaveText('Đào Văn Truyền');
  });

  test('passes axe with results on screen', async ({ page }) => {
    await search(page, 'trẻ em');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('search costs nothing until someone searches', () => {
  for (const path of ['/', '/ke-hoach/63-kh-cdyt-thai-binh-2021/', '/van-ban/', '/tim-kiem/']) {
    test(`${path} loads no search script or index`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (req) => requested.push(new URL(req.url()).pathname));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      // Pages other than the search page ship no JavaScript file at all.
      if (path !== '/tim-kiem/') expect(requested.filter((p) => p.endsWith('.js'))).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box goes to the search page, which says what to do instead', async ({ page }) => {
    await page.goto('/van-ban/');
    const box = page.getByRole('search', { name: 'Tìm trên trang' });
    await box.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('đuối nước');
    await box.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=%C4%91u%E1%BB%91i\+n%C6%B0%E1%BB%9Bc$/);
    await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: /Danh sách kế hoạch/ })).toHaveAttribute('href', '/ke-hoach/');
    await expect(page.getByRole('link', { name: 'Danh sách văn bản' })).toHaveAttribute('href', '/van-ban/');
  });
});
