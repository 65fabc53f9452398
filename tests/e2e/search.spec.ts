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

  test('says beside a document known only as cited how it is known, as its page does', async ({ page }) => {
    await search(page, '121/KH-LĐLĐ');
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', /^\/van-ban\/121-kh-ldld\//);
    await expect(first).toContainText('theo dẫn chiếu tại Kế hoạch');
  });

  test('answers a search the same after other searches on the page', async ({ page }) => {
    // `1/6` loads the index chunk that holds the number 0 of a page; a pair no page has must not
    // then match that page (see PAIR_PREFIX in src/lib/search/text.ts).
    await search(page, '1/6');
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    for (const [query, href] of [
      ['ldld phu yen', /^\/ke-hoach\/40-kh-ldld-phu-yen-2024\//],
      ['dinh duong', /^\/lo-trinh\/dinh-duong-2021-2030\//],
    ] as const) {
      await box.fill(query);
      await box.press('Enter');
      await done(page);
      await expect(results(page).getByRole('link').first(), query).toHaveAttribute('href', href);
    }
  });

  test('keeps the URL in step while typing, so a search can be shared', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(status(page)).toHaveText('Gõ từ khóa để tìm.');
    // No filter is set: nothing to clear.
    await expect(page.getByRole('button', { name: 'Xoá bộ lọc' })).toHaveCount(0);
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
      // The date ends the kicker, or stands before a caveat (`· theo dẫn chiếu tại …`).
      const [d, m, y] = /(\d\d)\/(\d\d)\/(\d{4})(?: · |$)/.exec(k)!.slice(1);
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
    for (const kicker of kickers) expect(kicker).toMatch(/\/2021(?: · |$)/);
  });

  test('marks the searched words on the page a result opens', async ({ page }) => {
    await search(page, 'dao van truyen');
    await results(page).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/ke-hoach\/63-kh-cdyt-thai-binh-2021\/\?pagefind-highlight=dao\+van\+truyen$/);
    await expect(page.locator('main mark.search-hit').first()).toHaveText('Đào Văn Truyền');
  });

  test('shows why each result matched: an excerpt with the searched words marked', async ({ page }) => {
    await search(page, 'khong doc nguoc tre');
    const first = results(page).locator('> li').first();
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      /^\/huong-dan\/phong-chong-duoi-nuoc-tai-nan-thuong-tich\//,
    );
    const excerpt = first.locator('p').last();
    await expect(excerpt.locator('mark')).not.toHaveCount(0);
    // Marked as typed without marks: the page's own spelling is shown.
    await expect(excerpt.locator('mark').first()).toHaveText(/^(không|dốc|ngược|trẻ)$/i);
  });

  test('reads a number typed with its kind run together', async ({ page }) => {
    for (const query of ['QĐ1863', 'qd1863', '1863qd', 'QĐ-TTg 1863']) {
      await search(page, query);
      await expect(results(page).getByRole('link').first(), query).toHaveAttribute('href', /^\/van-ban\/1863-qd-ttg\//);
    }
  });

  test('offers the closest words for a typo, and searches them only when asked', async ({ page }) => {
    await search(page, 'duoi nuc');
    const offer = page.locator('[data-search-suggestion]');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('Có phải bạn muốn tìm:');
    const link = offer.getByRole('link', { name: 'duoi nuoc' });
    // What was typed stays in the box and in the status until the reader chooses.
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('duoi nuc');
    await expect(status(page)).toContainText('“duoi nuc”');
    await link.click();
    await done(page);
    await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('duoi nuoc');
    await expect(page).toHaveURL(/\?q=duoi\+nuoc$/);
    await expect(results(page).getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/huong-dan\/phong-chong-duoi-nuoc-tai-nan-thuong-tich\//,
    );
    await expect(offer).toBeHidden();
  });

  test('an empty result offers the lists, the hotline, and clearing the filters', async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent('đuối nước')}&loai=${encodeURIComponent('Luật')}`);
    await done(page);
    await expect(status(page)).toContainText('Không tìm thấy trang nào');
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: /Danh sách kế hoạch/ })).toHaveAttribute('href', '/ke-hoach/');
    await expect(empty.getByRole('link', { name: 'Gọi 111' })).toHaveAttribute('href', 'tel:111');
    await empty.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await done(page);
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=%C4%91u%E1%BB%91i\+n%C6%B0%E1%BB%9Bc$/);
    await expect(results(page).locator('> li')).not.toHaveCount(0);
    await expect(empty).toBeHidden();
  });

  test('passes axe with results on screen', async ({ page }) => {
    await search(page, 'trẻ em');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  test('the first result is on the first screen, under the box; the filters fold into one control', async ({
    page,
  }) => {
    await search(page, 'tết trung thu');
    const first = results(page).locator('> li').first();
    await expect(first).toBeVisible();
    const box = (await first.getByRole('link').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    // Folded: one control, no select on screen until it is opened.
    const filters = page.locator('[data-search-filters]');
    await expect(filters.locator('summary')).toHaveText(/^Lọc và sắp xếp\s*$/);
    await expect(page.getByRole('combobox', { name: 'Năm' })).toBeHidden();
    await filters.locator('summary').click();
    await page.getByRole('combobox', { name: 'Năm' }).selectOption('2021');
    await done(page);
    // It says how many are on.
    await expect(filters.locator('summary')).toContainText('(1 đang chọn)');
    await expect(page).toHaveURL(/nam=2021/);
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
    const noScript = page.locator('[data-search-no-script]');
    await expect(noScript.getByRole('link', { name: /Danh sách kế hoạch/ })).toHaveAttribute('href', '/ke-hoach/');
    await expect(noScript.getByRole('link', { name: 'Danh sách văn bản' })).toHaveAttribute('href', '/van-ban/');
    // What cannot work without a script is not shown: no filters, no results area.
    await expect(page.locator('[data-search-filters]')).toBeHidden();
    await expect(page.locator('[data-search]')).toBeHidden();
  });
});
