import { describe, expect, it } from 'vitest';
import { programs } from '../support/content';
import { page } from '../support/dist';
import { all, attr, byTag, region, text } from '../support/html';

/** Each program's page, read from dist/: what the program is, when, its status and its decision. */
describe('program pages', () => {
  it('there are programs in content/programs/', () => {
    expect(programs().length).toBeGreaterThan(0);
  });

  it.each(programs())('/lo-trinh/$id/ names the program, its period and status, and links its decision', (program) => {
    const doc = page(`/lo-trinh/${program.id}/`);
    expect(all(doc, byTag('h1')).map(text)).toEqual([program.name]);
    const meta = region(doc, 'Thông tin chương trình');
    expect(meta).toBeDefined();
    const said = text(meta!);
    // A program no source gives a period for says so instead of guessing one.
    expect(said).toContain(program.period?.label ?? 'chưa có thông tin');
    expect(said).toMatch(
      /(Đã kết thúc|Đang thực hiện|Sắp tới|Đã hết giai đoạn chính, còn trong thời gian định hướng|Chưa rõ: chỉ biết giai đoạn theo dẫn chiếu|Chưa có thông tin về thời gian) \(tính đến ngày \d{2}\/\d{2}\/\d{4}\)/,
    );
    if (program.decision) {
      expect(all(meta!, (el) => el.name === 'a' && attr(el, 'href') === `/van-ban/${program.decision}/`)).toHaveLength(
        1,
      );
    } else {
      expect(said).toContain('Văn bản phê duyệt: chưa có thông tin.');
    }
  });
});
