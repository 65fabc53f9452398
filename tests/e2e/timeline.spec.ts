import { expect, test, type Page } from '@playwright/test';
import { plans, programs } from '../support/content';
import { axeViolations } from './helpers';

/**
 * The programs in content/programs/, with the fields the tests compare. That each has a page in
 * the sitemap is checked in tests/dist/sitemap.test.ts.
 */
const PROGRAMS = programs().map((p) => ({
  id: p.id,
  name: p.name,
  theme: p.theme,
  /** The period as a source words it; a program with none says "chưa có thông tin". */
  label: p.period?.label ?? 'chưa có thông tin',
  period: p.period,
  start: p.period?.start,
  end: p.period?.end,
  decision: p.decision,
}));
type Program = (typeof PROGRAMS)[number];
const PLAN_IDS = plans().map((p) => p.id);

/** A program the test names; a clear error when its file is gone. */
function programById(id: string): Program {
  const found = PROGRAMS.find((p) => p.id === id);
  if (!found) throw new Error(`content/programs/${id}.yaml is gone: this test names it`);
  return found;
}

const programRow = (page: Page, program: Program) =>
  page
    .getByRole('region', { name: 'Chương trình theo chủ đề' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: program.name, exact: true }) });

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline shows every program with its period and every plan', async ({ page }) => {
    expect(PROGRAMS.length).toBeGreaterThan(0);
    await page.goto('/lo-trinh/');
    for (const program of PROGRAMS) {
      const row = programRow(page, program);
      await expect(row, program.id).toHaveCount(1);
      await expect(row).toContainText(`Giai đoạn: ${program.label}`);
      await expect(row.getByRole('link', { name: program.name, exact: true })).toHaveAttribute(
        'href',
        `/lo-trinh/${program.id}/`,
      );
    }
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    for (const id of PLAN_IDS) {
      // The plan's own row (other rows may name it in a caveat: "theo dẫn chiếu tại …").
      await expect(years.locator(`li[data-doc-kind="plan"] > a[href="/ke-hoach/${id}/"]`), id).toHaveCount(1);
    }
  });

  test('each bar covers its program’s years on the 2016–2030 axis', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lo-trinh/');
    for (const program of PROGRAMS.filter((p) => p.start !== undefined && p.end !== undefined && p.end >= 2016)) {
      const row = programRow(page, program);
      const track = await row.locator('.tl-track').boundingBox();
      const bar = await row.locator('.tl-bar').boundingBox();
      expect(track && bar, program.id).toBeTruthy();
      const year = track!.width / 15;
      const from = Math.max(0, program.start! - 2016) * year;
      const to = (Math.min(2030, program.end!) - 2016 + 1) * year;
      expect(Math.abs(bar!.x - track!.x - from), `${program.id} start`).toBeLessThan(2);
      expect(Math.abs(bar!.x + bar!.width - track!.x - to), `${program.id} end`).toBeLessThan(2);
    }
  });

  test('programs that reach in, are open-ended or have no known period say so', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const byId = (id: string) => programRow(page, programById(id));
    await expect(byId('hanh-dong-quoc-gia-vi-tre-em-2012-2020')).toContainText('bắt đầu từ năm 2012, trước năm 2016');
    await expect(byId('giam-tu-vong-tre-em-duoi-5-tuoi-2030')).toContainText('chưa có thông tin năm bắt đầu');
    await expect(byId('hanh-dong-thuc-hien-chi-thi-28-ct-tw')).toContainText('Thời gian thực hiện: chưa có thông tin');
  });

  test('an undated plan sits in its inferred year, and today is marked', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    const year2020 = years
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '2020', exact: true }) });
    const langSon = year2020.locator('li[data-doc-kind="plan"]:has(> a[href="/ke-hoach/so-tnmt-lang-son-2020/"])');
    await expect(langSon).toContainText('2020 (năm suy ra)');
    await expect(langSon).toContainText('Năm 2020 được suy ra từ Công văn số 846/UBND-KGVX');

    const today = years.getByRole('listitem').filter({ hasText: /^Hôm nay/ });
    await expect(today).toHaveCount(1);
    const iso = await today.locator('time').getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const todayYear = years
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: iso!.slice(0, 4), exact: true }) });
    await expect(todayYear.getByRole('listitem').filter({ hasText: /^Hôm nay/ })).toHaveCount(1);
  });

  test('the theme filter is plain links', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const filter = page.getByRole('navigation', { name: 'Lọc theo chủ đề' });
    await filter.getByRole('link', { name: 'Lao động trẻ em' }).click();
    await expect(page).toHaveURL(/\/lo-trinh\/chu-de\/lao-dong-tre-em\/$/);
    await expect(filter.getByRole('link', { name: 'Lao động trẻ em' })).toHaveAttribute('aria-current', 'page');
    const chart = page.getByRole('region', { name: 'Chương trình theo chủ đề' });
    const labour = PROGRAMS.filter((p) => p.theme === 'lao-dong-tre-em').length;
    expect(labour).toBeGreaterThan(0);
    await expect(chart.getByRole('heading', { level: 3 })).toHaveText([`Lao động trẻ em (${labour} chương trình)`]);
    await expect(chart.locator('[data-program]')).toHaveCount(labour);
    // Only the documents around these programs: their decisions and the plans that serve them.
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    await expect(years.getByRole('link', { name: 'Quyết định số 782/QĐ-TTg' })).toHaveCount(1);
    await expect(years.getByRole('link', { name: 'Kế hoạch số 40/KH-LĐLĐ' })).toHaveCount(1);
    await expect(years.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ' })).toHaveCount(0);
    await filter.getByRole('link', { name: 'Tất cả chủ đề' }).click();
    await expect(page.locator('[data-program]')).toHaveCount(PROGRAMS.length);
  });

  test('at 360 px the timeline reads as a vertical list and nothing overflows', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/lo-trinh/');
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    const y2016 = await years.getByRole('heading', { name: '2016', exact: true }).boundingBox();
    const y2030 = await years.getByRole('heading', { name: '2030', exact: true }).boundingBox();
    expect(y2030!.y).toBeGreaterThan(y2016!.y);
    expect(Math.abs(y2030!.x - y2016!.x)).toBeLessThan(1);
    for (const el of [page.getByRole('heading', { level: 1 }), page.locator('.tl-track').first(), years]) {
      const box = await el.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    const row = programRow(page, programById('moi-truong-mang-2021-2025'));
    await expect(row.getByRole('link')).toBeVisible();
  });

  test('a program page links to its decision', async ({ page }) => {
    // Every program page's name, period, status and decision link: tests/dist/programs.test.ts.
    await page.goto('/lo-trinh/moi-truong-mang-2021-2025/');
    await page
      .getByRole('region', { name: 'Thông tin chương trình' })
      .getByRole('link', { name: 'Quyết định số 830/QĐ-TTg' })
      .click();
    await expect(page).toHaveURL(/\/van-ban\/830-qd-ttg\/$/);
  });

  test('a program that ended before the timeline says so', async ({ page }) => {
    await page.goto('/lo-trinh/bao-ve-tre-em-2011-2015/');
    await expect(page.getByRole('region', { name: 'Thông tin chương trình' })).toContainText(
      'Đã kết thúc (tính đến ngày',
    );
  });

  test('a program no source gives targets or a period for says so', async ({ page }) => {
    await page.goto('/lo-trinh/tld-vi-tre-em-2021-2030/');
    await expect(page.getByRole('region', { name: 'Mục tiêu' })).toContainText(
      'Chưa có nguồn nào trên trang nêu mục tiêu của chương trình này.',
    );
    await expect(page.getByRole('region', { name: 'Thông tin chương trình' })).toContainText('chưa có thông tin');
    await expect(page.getByRole('region', { name: 'Văn bản dẫn chiếu chương trình' })).toBeVisible();
  });

  test('a plan links the programs it serves to their pages', async ({ page }) => {
    await page.goto('/ke-hoach/63-kh-cdyt-thai-binh-2021/');
    await page
      .getByRole('region', { name: 'Chương trình quốc gia liên quan' })
      .getByRole('link', { name: /Chương trình hành động quốc gia vì trẻ em/ })
      .click();
    await expect(page).toHaveURL(/\/lo-trinh\/hanh-dong-quoc-gia-vi-tre-em-2021-2030\/$/);
  });
});

test('the header and footer reach the timeline and the campaigns', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình' }).click();
  await expect(page).toHaveURL(/\/lo-trinh\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Liên kết cuối trang' }).getByRole('link', { name: 'Chiến dịch' }).click();
  await expect(page).toHaveURL(/\/chien-dich\/$/);
});

test('/du-lieu/lo-trinh.json lists every program with its period, decision and documents', async ({ request }) => {
  const response = await request.get('/du-lieu/lo-trinh.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = (await response.json()) as {
    id: string;
    period: { label: string; start?: number; end?: number } | null;
    decision: { id: string; number: string } | null;
    plans: { id: string }[];
    status: string;
  }[];
  expect(data.map((p) => p.id).sort()).toEqual(PROGRAMS.map((p) => p.id).sort());
  for (const program of PROGRAMS) {
    const entry = data.find((p) => p.id === program.id)!;
    expect(entry.period?.label).toBe(program.period?.label);
    expect(entry.period?.start).toBe(program.start);
    expect(entry.period?.end).toBe(program.end);
    expect(entry.decision?.id).toBe(program.decision);
    expect(['ended', 'ongoing', 'upcoming', 'oriented', 'unconfirmed', 'unknown']).toContain(entry.status);
  }
  const served = (id: string) => data.find((p) => p.id === id)!.plans.map((p) => p.id);
  expect(served('hanh-dong-quoc-gia-vi-tre-em-2021-2030')).toContain('63-kh-cdyt-thai-binh-2021');
});

test('at 360 px the timeline and a campaign page pass axe too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/lo-trinh/', '/lo-trinh/chu-de/cong-doan/', '/chien-dich/thang-hanh-dong-vi-tre-em/']) {
    await page.goto(path);
    expect.soft(await axeViolations(page), path).toEqual([]);
  }
});
