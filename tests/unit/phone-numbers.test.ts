import { describe, expect, it } from 'vitest';
import { hotlines } from '../support/content';
import { jsonStrings, phoneNumbersInHtml, phoneNumbersInText, readableText, telLinks } from '../support/phone-numbers';

const found = (text: string) => phoneNumbersInText(text).map((n) => n.digits);

describe('phone numbers in text', () => {
  it.each([
    ['Trung tâm Cung cấp dịch vụ công tác xã hội Hà Nội - 0243.525.662 để', ['0243525662']],
    ['Phím số di động 18001567 thuộc Chi cục', ['18001567']],
    ['gọi 1800 1567 miễn phí', ['18001567']],
    ['Liên hệ 0912 345 678 hoặc 0912-345-679.', ['0912345678', '0912345679']],
    ['số +84 912 345 678', ['+84912345678']],
    ['Gọi 116 ngay.', ['116']],
    ['GỌI 113 hoặc 115', ['113', '115']],
    ['Tổng đài điện thoại quốc gia bảo vệ trẻ em - 111 và', ['111']],
    ['Đường dây nóng: 1234', ['1234']],
    ['Hotline 12345', ['12345']],
    ['Gọi <strong>111</strong>'.replace(/<[^>]+>/g, ''), ['111']],
  ])('finds the number in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Quyết định số 1863/QĐ-TTg ngày 23/12/2019 của Thủ tướng Chính phủ',
    'Nghị định 162/2025/NĐ-CP, gọi tổng đài được miễn phí',
    'Luật 25/2004/QH11 và Luật 102/2016/QH13',
    'Chương trình hành động số 36 - CTr/TU, ngày 29/02/2024',
    'ngày 06.12.2017, 2017-12-06 và 06-12-2017',
    'giai đoạn 2021-2030, giai đoạn 2016 - 2020, các năm 2020 2021 2022',
    'Phần đầu đến năm 2025 đạt trên 90% và đến năm 2030 đạt trên 95%',
    'Gồm 7 chương, 106 điều.',
    'tiếp nhận gần 6 triệu cuộc gọi trong 20 năm',
    'ủng hộ 100.000.000 đồng, tức 12 345 678 đồng',
    'Gọi tổng đài từ năm 2017, 24 giờ mỗi ngày',
    'Điều 22–23 quy định về Tổng đài điện thoại quốc gia bảo vệ trẻ em.',
    'Cuộc gọi miễn phí (Nghị định 56/2017/NĐ-CP, Điều 23), hiệu lực 1.5 năm',
    'Theo Điều 106, không có số điện thoại nào ở đây.\nĐiều 106 quy định khác.',
  ])('finds no phone number in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('looks only a short way after the keyword, on the same line', () => {
    expect(found(`Gọi ngay${' chữ'.repeat(30)} 116`)).toEqual([]);
    expect(found('Gọi ngay\n116 điều')).toEqual([]);
  });
});

describe('phone numbers in HTML', () => {
  const page = `<!doctype html><html lang="vi"><head><title>Gọi 111</title>
    <meta name="description" content="Gọi 0243.525.662">
    <script type="module">const t=2e3, n=12345678;</script>
    <style>.a{width:10000000px}</style>
    <script type="application/ld+json">{"telephone":"0987654321"}</script></head>
    <body><a href="tel:111" aria-label="Gọi 111: Tổng đài">111</a>
    <a href="tel:0912345678">Gọi</a><p>Gọi <strong>116</strong></p><time datetime="2017-12-06">06/12/2017</time>
    <!-- 0911111111 --></body></html>`;

  it('reads tel: links', () => {
    expect(telLinks(page)).toEqual(['111', '0912345678']);
  });

  it('reads text, shown attributes and JSON-LD, but not code or comments', () => {
    const text = readableText(page);
    expect(text).toContain('0243.525.662');
    expect(text).toContain('0987654321');
    expect(text).not.toContain('12345678;');
    expect(text).not.toContain('10000000');
    expect(text).not.toContain('0911111111');
  });

  it('finds every number a reader could call', () => {
    const digits = phoneNumbersInHtml(page).map((n) => n.digits);
    expect(new Set(digits)).toEqual(new Set(['111', '0912345678', '116', '0243525662', '0987654321']));
  });

  it('reads every string of a JSON file', () => {
    expect(jsonStrings('[{"tel":"tel:111","n":5,"facts":[{"text":"Gọi 0243.525.662"}]}]')).toBe(
      'tel:111\nGọi 0243.525.662',
    );
  });
});

/**
 * The numbers in FACTS §4 (shared/reference/FACTS.md, "4. Hotlines"), digits only. Every hotline
 * entry must be one of them; the e2e content check then allows only the hotline entries' numbers.
 */
const FACTS_SECTION_4 = ['111', '18001567', '0243525662', '113', '114', '115'];

describe('hotline entries', () => {
  const entries = hotlines();

  it('each has a number', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((h) => h.number === undefined).map((h) => h.id)).toEqual([]);
  });

  it('lists only numbers from FACTS §4, and all of them', () => {
    const digits = entries.map((h) => ({ file: `${h.id}.mdx`, digits: String(h.number ?? '').replace(/\D/g, '') }));
    expect(digits.filter((n) => !FACTS_SECTION_4.includes(n.digits))).toEqual([]);
    expect(new Set(digits.map((n) => n.digits))).toEqual(new Set(FACTS_SECTION_4));
  });
});
