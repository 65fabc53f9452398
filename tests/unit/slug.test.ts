import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '../../src/lib/slug';

describe('foldVietnamese', () => {
  it('removes tone marks and folds đ, which Unicode does not decompose', () => {
    expect(foldVietnamese('Đào Văn Truyền')).toBe('Dao Van Truyen');
    expect(foldVietnamese('đuối nước')).toBe('duoi nuoc');
    expect(foldVietnamese('Quyết định số 1863/QĐ-TTg')).toBe('Quyet dinh so 1863/QD-TTg');
  });

  it('folds every Vietnamese vowel with every tone', () => {
    expect(foldVietnamese('ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵý')).toBe(
      'aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy',
    );
    expect(foldVietnamese('ĂÂÊÔƠƯ')).toBe('AAEOOU');
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Đào Văn Truyền')).toBe('dao-van-truyen');
    expect(slugify('Liên đoàn Lao động tỉnh Phú Yên')).toBe('lien-doan-lao-dong-tinh-phu-yen');
    expect(slugify('Lạng Sơn')).toBe('lang-son');
  });

  it('turns document numbers into stable slugs', () => {
    expect(slugify('20-CT/TW')).toBe('20-ct-tw');
    expect(slugify('34/2014/QĐ-TTg')).toBe('34-2014-qd-ttg');
    expect(slugify('36 - CTr/TU')).toBe('36-ctr-tu');
    expect(slugify('  Số: 60 /KH-LĐLĐ ')).toBe('so-60-kh-ldld');
  });
});
