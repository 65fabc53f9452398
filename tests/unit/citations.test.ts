import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsIn, findCitations, numberKey, resolveCitation, type CitableDocument } from '../../src/lib/citations';
import { readCitableDocuments } from '../../src/lib/directive-registry';
import { buildCitationGraph } from '../../src/lib/graph';
import { CONTENT, originals } from '../support/content';

/** The real entries, as the plugin reads them. */
const documents = readCitableDocuments(CONTENT);

/** Citations in a text as "words → entry", the way a reader sees the links. */
function links(text: string, docs: CitableDocument[] = documents): string[] {
  return citationsIn(text, docs).map((c) =>
    c.resolution.status === 'resolved' ? `${c.text} → ${c.resolution.id}` : `${c.text} ✗ ${c.resolution.reason}`,
  );
}

describe('citations in the five plans', () => {
  it('plan 000 (60/KH-LĐLĐ)', () => {
    expect(
      links(
        'Thực hiện Kế hoạch số 1292-KH/UBND ngày 04/4/2018 của Uỷ ban Nhân dân tỉnh Bình Thuận về thực hiện công tác trẻ em năm 2018,',
      ),
    ).toEqual(['Kế hoạch số 1292-KH/UBND → 1292-kh-ubnd']);
    expect(
      links(
        '- Tiếp tục thực hiện Chỉ thị số 20-CT/TW, ngày 05/11/2012 của Bộ Chính trị và Chỉ thị số 32-CT/TU ngày 23/01/2013 của Tỉnh uỷ Bình Thuận về',
      ),
    ).toEqual(['Chỉ thị số 20-CT/TW → 20-ct-tw', 'Chỉ thị số 32-CT/TU → 32-ct-tu']);
    expect(links('tham gia vào các vấn đề về trẻ em và các quyền theo Luật trẻ em.')).toEqual([
      'Luật trẻ em → 102-2016-qh13',
    ]);
    expect(
      links(
        'góp phần tham gia thực hiện tốt Chương trình thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em giai đoạn 2016-2020; báo cáo',
      ),
    ).toEqual([
      'Chương trình thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em giai đoạn 2016-2020 → 1235-qd-ttg',
    ]);
  });

  it('plan 001 (63/KH-CDYT)', () => {
    expect(
      links(
        'Thực hiện Kế hoạch số 121/KH-LĐLĐ, ngày 12/5/2021 của Liên đoàn Lao động tỉnh Thái Bình, về thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 trong công nhân',
      ),
    ).toEqual([
      'Kế hoạch số 121/KH-LĐLĐ → 121-kh-ldld',
      'Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 → 23-qd-ttg',
    ]);
    expect(links('góp phần hoàn thành các mục tiêu của Chương trình nghị sự 2030 vì sự phát triển bền vững.')).toEqual(
      [],
    );
  });

  it('plan 002 (Sở TN&MT Lạng Sơn)', () => {
    expect(links('Thực hiện Công văn số 846/UBND-KGVX ngày 20/7/2020 của UBND tỉnh Lạng Sơn về việc đẩy mạnh')).toEqual(
      ['Công văn số 846/UBND-KGVX → 846-ubnd-kgvx'],
    );
    expect(
      links(
        'Tuyên truyền Luật Trẻ em năm 2016, Quyết định số 34/2014/QĐ-TTg, ngày 30/5/2014 của Thủ tướng Chính phủ về quy định, tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em, Quyết định số 2361/QĐ-TTg ngày 22/12/2015 của Thủ tướng Chính phủ phê duyệt Chương trình bảo vệ trẻ em giai đoạn 2016 - 2020 và Quyết định số 234/QĐ-TTg ngày 05/02/2016 của Thủ tướng Chính phủ về phê duyệt Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2016-2020.',
      ),
    ).toEqual([
      'Luật Trẻ em năm 2016 → 102-2016-qh13',
      'Quyết định số 34/2014/QĐ-TTg → 34-2014-qd-ttg',
      'Quyết định số 2361/QĐ-TTg → 2361-qd-ttg',
      'Quyết định số 234/QĐ-TTg → 234-qd-ttg',
    ]);
    expect(links('giới thiệu về đường dây tư vấn và hỗ trợ trẻ em - Phím số di động 18001567 thuộc Chi cục')).toEqual(
      [],
    );
  });

  it('plan 003 (45/KH-LĐLĐ)', () => {
    expect(links('Thực hiện kế hoạch số 41/KH-LĐLĐ ngày 20/8/2021 của LĐLĐ Thành phố Hà Nội về tổ chức')).toEqual([
      'kế hoạch số 41/KH-LĐLĐ → 41-kh-ldld',
    ]);
    expect(
      links(
        'Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng Chính phủ về việc tăng cường các giải pháp; Quyết định số 1863/QĐ-TTg ngày 23/12/2019 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch hành động quốc gia phòng, chống bạo lực, xâm hại trẻ em giai đoạn 2020-2025; Luật Trẻ em năm 2016; Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030; Quyết định số 830/QĐ-TTg ngày 01/6/2021',
      ),
    ).toEqual([
      'Chỉ thị số 23/CT-TTg → 23-ct-ttg',
      'Quyết định số 1863/QĐ-TTg → 1863-qd-ttg',
      'Luật Trẻ em năm 2016 → 102-2016-qh13',
      'Quyết định số 23/QĐ-TTg → 23-qd-ttg',
      'Quyết định số 830/QĐ-TTg → 830-qd-ttg',
    ]);
    expect(links('Căn cứ kế hoạch của LĐLĐ Quận, tình hình thực tiễn của đơn vị')).toEqual([]);
    expect(
      links('báo cáo kết quả (theo mẫu) về Liên đoàn Lao động Quận chậm nhất ngày 25/9/2021 qua địa chỉ email'),
    ).toEqual([]);
    expect(
      links(
        'Tổng đài điện thoại quốc gia bảo vệ trẻ em - 111 và Trung tâm Cung cấp dịch vụ công tác xã hội Hà Nội - 0243.525.662',
      ),
    ).toEqual([]);
  });

  it('plan 004 (40/KH-LĐLĐ)', () => {
    expect(
      links(
        'Triển khai Chương trình hành động số 36-CTr/TU ngày 29/2/2024 của Tỉnh ủy Phú Yên về thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị',
      ),
    ).toEqual(['Chương trình hành động số 36-CTr/TU → 36-ctr-tu', 'Chỉ thị số 28-CT/TW → 28-ct-tw']);
    expect(
      links(
        '1. Quán triệt, triển khai thực hiện Chương trình hành động số 36 - CTr/TU về thực hiện Chỉ thị số 28-CT/TW',
      ),
    ).toEqual(['Chương trình hành động số 36 - CTr/TU → 36-ctr-tu', 'Chỉ thị số 28-CT/TW → 28-ct-tw']);
    expect(links('tổ chức thực hiện có hiệu quả Chương trình hành động số 36 -CTr/TU về')).toEqual([
      'Chương trình hành động số 36 -CTr/TU → 36-ctr-tu',
    ]);
    expect(
      links(
        'Tập trung đẩy mạnh thực hiện Chương trình hành động vì trẻ em giai đoạn 2021 - 2030, Chiến lược quốc gia về dinh dưỡng giai đoạn 2021 - 2030 và tầm nhìn đến năm 2045, Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021 - 2030, Chương trình can thiệp để giảm tử vong trẻ em dưới 5 tuổi đến năm 2030, Chương trình phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật giai đoạn 2021 - 2025, định hướng đến năm 2030, Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi giai đoạn 2023 - 2030 và các chương trình',
      ).map((l) => l.split(' → ')[1]),
    ).toEqual(['23-qd-ttg', '02-qd-ttg', '1248-qd-ttg', '1493-qd-ttg', '782-qd-ttg', '1591-qd-ttg']);
  });

  it('finds every citation in the real plan texts and resolves all of them', () => {
    expect(originals().length).toBeGreaterThan(0);
    for (const id of originals()) {
      const text = readFileSync(join(CONTENT, 'originals', id), 'utf8');
      const found = citationsIn(text, documents);
      expect(found.length, id).toBeGreaterThan(0);
      expect(
        found.filter((c) => c.resolution.status !== 'resolved').map((c) => c.text),
        id,
      ).toEqual([]);
    }
  });
});

describe('variants', () => {
  it('accepts a kind with or without "số", and abbreviations', () => {
    expect(links('theo Chỉ thị 20 của Bộ Chính trị')).toEqual(['Chỉ thị 20 → 20-ct-tw']);
    expect(links('xem QĐ 1863 và qd 1863')).toEqual(['QĐ 1863 → 1863-qd-ttg', 'qd 1863 → 1863-qd-ttg']);
    expect(links('Quyết định 1863/QD-TTg')).toEqual(['Quyết định 1863/QD-TTg → 1863-qd-ttg']);
    expect(links('Quyết định số 1863/QD-TTG')).toEqual(['Quyết định số 1863/QD-TTG → 1863-qd-ttg']);
    expect(links('Nghị định số 56/2017/NĐ-CP')).toEqual(['Nghị định số 56/2017/NĐ-CP → 56-2017-nd-cp']);
    expect(links('Luật Trẻ em')).toEqual(['Luật Trẻ em → 102-2016-qh13']);
  });

  it('tells apart documents that share a number by kind', () => {
    expect(links('Quyết định 23 và Chỉ thị 23')).toEqual(['Quyết định 23 → 23-qd-ttg', 'Chỉ thị 23 → 23-ct-ttg']);
    expect(links('Quyết định số 23/QĐ-TTg; Chỉ thị số 23/CT-TTg')).toEqual([
      'Quyết định số 23/QĐ-TTg → 23-qd-ttg',
      'Chỉ thị số 23/CT-TTg → 23-ct-ttg',
    ]);
  });

  it('uses the date written after a number to choose, and to catch a wrong one', () => {
    const twins: CitableDocument[] = [
      { collection: 'directives', id: 'a', kind: 'Kế hoạch', number: '45/KH-LĐLĐ', issued: '2021-08-24' },
      { collection: 'directives', id: 'b', kind: 'Kế hoạch', number: '45/KH-LĐLĐ', issued: '2019-03-01' },
    ];
    expect(links('Kế hoạch số 45/KH-LĐLĐ ngày 24/8/2021 của LĐLĐ', twins)).toEqual(['Kế hoạch số 45/KH-LĐLĐ → a']);
    expect(links('Kế hoạch số 45/KH-LĐLĐ, ngày 01/03/2019', twins)).toEqual(['Kế hoạch số 45/KH-LĐLĐ → b']);
    expect(links('Kế hoạch số 45/KH-LĐLĐ của LĐLĐ', twins)).toEqual([
      'Kế hoạch số 45/KH-LĐLĐ ✗ it could mean 45/KH-LĐLĐ or 45/KH-LĐLĐ',
    ]);
    expect(links('Chỉ thị số 20-CT/TW ngày 06/11/2012')).toEqual([
      'Chỉ thị số 20-CT/TW ✗ the text dates it 2012-11-06, but 20-CT/TW is dated 2012-11-05',
    ]);
  });

  it('reports a citation of a document the site does not have', () => {
    expect(links('Quyết định số 9999/QĐ-TTg ngày 01/01/2020')).toEqual([
      'Quyết định số 9999/QĐ-TTg ✗ no directive entry has this number or name',
    ]);
    expect(links('Luật Trẻ em năm 2004')).toEqual([
      'Luật Trẻ em năm 2004 ✗ no directive entry has this number or name',
    ]);
  });

  it('keeps the exact characters as written', () => {
    const text = 'như Chương trình hành động số 36 - CTr/TU, ngày 29/02/2024';
    const [c] = findCitations(text);
    expect(c).toMatchObject({
      text: 'Chương trình hành động số 36 - CTr/TU',
      kind: 'Chương trình hành động',
      date: '2024-02-29',
    });
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  });
});

describe('never a citation', () => {
  it.each([
    ['a bare number', 'Số: 63/KH-CDYT'],
    ['a number alone', 'năm 1863 và 20-CT/TW đứng một mình'],
    ['a date', 'ngày 05/11/2012'],
    ['a phone number', 'gọi 111 hoặc 0243.525.662'],
    ['an article of a law', 'Điều 11 của luật'],
    ['a plan with no number', 'Căn cứ nội dung của Kế hoạch này'],
    ['a quantity after a kind word', 'Kế hoạch 5 năm của đơn vị'],
    ['a program named without its period', 'chương trình phòng ngừa, giảm thiểu lao động trẻ em;'],
    ['a kind word inside another word', 'Bản kế hoạchs 12'],
  ])('%s', (_label, text) => {
    expect(
      findCitations(
        text,
        documents.flatMap((d) => d.names ?? []),
      ),
    ).toEqual([]);
  });
});

describe('numberKey', () => {
  it('folds spellings of one number together', () => {
    expect(numberKey('1863/QĐ-TTg')).toBe(numberKey('1863/QD-TTG'));
    expect(numberKey('36 - CTr/TU')).toBe(numberKey('36-CTr/TU'));
    expect(numberKey('23/QĐ-TTg')).not.toBe(numberKey('23/CT-TTg'));
  });
});

describe('resolveCitation', () => {
  it('needs exactly one match', () => {
    expect(resolveCitation({ start: 0, end: 5, text: 'x', kind: 'Quyết định', number: '1863' }, documents)).toEqual({
      status: 'resolved',
      id: '1863-qd-ttg',
      collection: 'directives',
    });
  });
  it('resolves a plan number to the plan page', () => {
    expect(links('Kế hoạch số 45/KH-LĐLĐ')).toEqual(['Kế hoạch số 45/KH-LĐLĐ → 45-kh-ldld-long-bien-2021']);
  });
});

describe('buildCitationGraph', () => {
  it('links both ways, once each, and never to itself', () => {
    const graph = buildCitationGraph({
      plans: [
        {
          id: 'p',
          implements: ['a'],
          textCitations: [
            { collection: 'directives', id: 'a' },
            { collection: 'directives', id: 'b' },
            { collection: 'plans', id: 'p' },
          ],
        },
      ],
      directives: [{ id: 'b', implements: ['a'] }],
    });
    expect(graph.cites({ collection: 'plans', id: 'p' })).toEqual([
      { collection: 'directives', id: 'a' },
      { collection: 'directives', id: 'b' },
    ]);
    expect(graph.citedBy({ collection: 'directives', id: 'a' })).toEqual([
      { collection: 'plans', id: 'p' },
      { collection: 'directives', id: 'b' },
    ]);
    expect(graph.citedBy({ collection: 'plans', id: 'p' })).toEqual([]);
  });
});
