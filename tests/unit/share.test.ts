import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardStrips, cardTree, type CardModel } from '../../src/lib/share/card';
import { cardPixels, renderCard, wholeCardPixels } from '../../src/lib/share/card-render';
import { cachedCard, cardsDrawn, requestCard } from '../../src/lib/share/card-cache';
import { cardAlt, shareLinks } from '../../src/lib/share/page';
import { qrCode, QR_QUIET_ZONE } from '../../src/lib/share/qr';
import { themeColour } from '../../src/lib/share/theme';
import { qrSvg, readQrSvg } from '../support/qr';

const frame = { site: 'Vì trẻ em', call: 'Gọi 111', callDetail: 'miễn phí, 24/7', callName: 'Tổng đài' };

describe('QR codes', () => {
  it.each([
    'http://127.0.0.1:4321/ke-hoach/60-kh-ldld-binh-thuan-2018/',
    'https://vi-tre-em.example.org/van-ban/hanh-dong-quoc-gia-vi-tre-em-2021-2030-qd-ttg/#iii-to-chuc-thuc-hien',
  ])('draw a code a camera reads back as the address: %s', async (url) => {
    const qr = qrCode(url);
    expect(qr.text).toBe(url);
    expect(await readQrSvg(qrSvg(qr.size, qr.path))).toBe(url);
  });

  it('keep the quiet zone a scanner needs, and stay small: one path of strokes', () => {
    const qr = qrCode('http://127.0.0.1:4321/ke-hoach/60-kh-ldld-binh-thuan-2018/');
    const first = /^M(\d+) (\d+\.5)h/.exec(qr.path);
    expect(first && Number(first[1])).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
    expect(qr.path.length).toBeLessThan(2500);
  });
});

describe('preview cards', () => {
  const plan: CardModel = {
    kicker: 'Kế hoạch 60/KH-LĐLĐ',
    title: 'Thực hiện công tác trẻ em năm 2018',
    detail: 'Liên đoàn Lao động tỉnh Bình Thuận · 20/04/2018',
  };

  it('take their colours from the theme tokens', () => {
    expect(themeColour('brand-900')).toMatch(/^#[0-9a-f]{6}$/);
    expect(() => themeColour('no-such-token')).toThrow('--color-no-such-token');
  });

  it('are named by what they show: the same words, the same name; other words, another name', () => {
    expect(cardKey(cardTree(plan, frame))).toBe(cardKey(cardTree({ ...plan }, frame)));
    expect(cardKey(cardTree({ ...plan, title: 'Khác' }, frame))).not.toBe(cardKey(cardTree(plan, frame)));
    expect(cardKey(cardTree(plan, { ...frame, call: 'Gọi 112' }))).not.toBe(cardKey(cardTree(plan, frame)));
  });

  it('are 1200×630 PNG images with every Vietnamese letter drawn from the font', async () => {
    const letters = 'ăâđêôơư ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵý ĂÂĐÊÔƠƯ';
    const png = await renderCard(cardTree({ ...plan, detail: letters }, frame));
    const { width, height, format } = await sharp(png).metadata();
    expect([format, width, height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
  });

  it('are drawn band by band, pixel for pixel the image of the whole card, the hotline band shared', async () => {
    const long = { ...plan, title: `${plan.title} ${'và bảo vệ trẻ em '.repeat(12)}`, detail: 'Đợt một, ngày 01/6' };
    for (const model of [plan, long]) {
      const tree = cardTree(model, frame);
      expect(cardStrips(tree).map((s) => [s.height, s.varies])).toEqual([
        [CARD_HEIGHT - 124, true],
        [124, false],
      ]);
      expect((await cardPixels(tree)).equals(await wholeCardPixels(tree))).toBe(true);
    }
    // Another page's card shares the hotline band and differs above it.
    const [a, b] = await Promise.all([cardPixels(cardTree(plan, frame)), cardPixels(cardTree(long, frame))]);
    const band = CARD_WIDTH * 124 * 4;
    expect(a.subarray(-band).equals(b.subarray(-band))).toBe(true);
    expect(a.subarray(0, -band).equals(b.subarray(0, -band))).toBe(false);
  });

  it('stop the build on a character the font lacks, instead of drawing an empty box', async () => {
    await expect(renderCard(cardTree({ title: 'Trẻ em 中文' }, frame))).rejects.toThrow(
      /Preview card "Vì trẻ em \/ Trẻ em 中文 .*": the card font has no glyph for "中文"/,
    );
  });

  it('describe themselves in words for readers who cannot see them', () => {
    expect(cardAlt(plan, frame)).toBe(
      'Ảnh giới thiệu trang: Kế hoạch 60/KH-LĐLĐ. Thực hiện công tác trẻ em năm 2018. Liên đoàn Lao động tỉnh Bình Thuận · 20/04/2018. Vì trẻ em. Gọi 111 (miễn phí, 24/7).',
    );
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vte-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const models = ['Một', 'Hai', 'Ba'].map((title) => cardTree({ kicker: 'Kế hoạch', title }, frame));

  it('draws a card once: a second build finds it, and adding one page draws one card', async () => {
    const cold = await Promise.all(models.map((tree) => cachedCard(tree, dir)));
    expect(cold.map((c) => c.drawn)).toEqual([true, true, true]);
    const warm = await Promise.all(models.map((tree) => cachedCard(tree, dir)));
    expect(warm.map((c) => c.drawn)).toEqual([false, false, false]);
    expect(warm.map((c) => c.key)).toEqual(cold.map((c) => c.key));
    const added = cardTree({ kicker: 'Kế hoạch', title: 'Bốn' }, frame);
    const after = await Promise.all([...models, added].map((tree) => cachedCard(tree, dir)));
    expect(after.filter((c) => c.drawn)).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(after.map((c) => `${c.key}.png`).sort());
  });

  it('shares one drawing between two requests for the same card at once, and leaves no partial file', async () => {
    const tree = cardTree({ title: 'Năm' }, frame);
    const [a, b] = await Promise.all([cachedCard(tree, dir), cachedCard(tree, dir)]);
    expect([a.drawn, b.drawn]).toEqual([true, true]);
    expect(existsSync(join(dir, `${a.key}.png`))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('cards drawn while the pages render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vte-cards-bg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a card at once and draws it in the background; the build waits for all of them', async () => {
    const trees = ['Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'].map((title) => cardTree({ title }, frame));
    const keys = await Promise.all(trees.map((tree) => requestCard(tree, dir)));
    expect(new Set(keys).size).toBe(trees.length);
    await cardsDrawn();
    expect(readdirSync(dir).sort()).toEqual(keys.map((key) => `${key}.png`).sort());
    // The same keys as drawing and waiting, and nothing drawn twice.
    const again = await Promise.all(trees.map((tree) => cachedCard(tree, dir)));
    expect(again.map((c) => c.key)).toEqual(keys);
    expect(again.map((c) => c.drawn)).toEqual(trees.map(() => false));
  });

  it('stops the build on a card it could not draw, naming the card', async () => {
    await requestCard(cardTree({ title: 'Chữ 漢' }, frame), dir);
    await expect(cardsDrawn()).rejects.toThrow(/Chữ 漢.*no glyph/);
    // Said once: the next build starts clean.
    await expect(cardsDrawn()).resolves.toBeUndefined();
  });
});

describe('share links', () => {
  it('carry the address, encoded, to Facebook and Zalo and nothing else', () => {
    const links = shareLinks('http://127.0.0.1:4321/ke-hoach/a/#i-muc-dich');
    expect(links.facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F127.0.0.1%3A4321%2Fke-hoach%2Fa%2F%23i-muc-dich',
    );
    expect(links.zalo).toBe(
      'https://sp.zalo.me/share_inline?url=http%3A%2F%2F127.0.0.1%3A4321%2Fke-hoach%2Fa%2F%23i-muc-dich',
    );
  });
});
