/**
 * Vietnamese official documents set the issuer, the signer's capacity and title in capitals
 * ("TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"). The frontmatter writes
 * them as the plans' own running text does ("TM. Ban Thường vụ", "Phó Chủ tịch"). These rules are
 * stated once here; a name they do not know is written in sentence case and the report says so.
 */

/** Phrases whose ordinary spelling is fixed, longest first when matched. */
const PHRASES: [string, string][] = [
  ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'Tổng Liên đoàn Lao động Việt Nam'],
  ['LIÊN ĐOÀN LAO ĐỘNG', 'Liên đoàn Lao động'],
  ['BAN THƯỜNG VỤ', 'Ban Thường vụ'],
  ['BAN CHẤP HÀNH', 'Ban Chấp hành'],
  ['BAN GIÁM ĐỐC', 'Ban Giám đốc'],
  ['ỦY BAN NHÂN DÂN', 'Ủy ban nhân dân'],
  ['UỶ BAN NHÂN DÂN', 'Uỷ ban nhân dân'],
  ['CÔNG ĐOÀN NGÀNH', 'Công đoàn ngành'],
  ['CÔNG ĐOÀN', 'Công đoàn'],
  ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
  ['CHỦ TỊCH', 'Chủ tịch'],
  ['PHÓ GIÁM ĐỐC', 'Phó Giám đốc'],
  ['GIÁM ĐỐC', 'Giám đốc'],
  ['PHÓ TRƯỞNG BAN', 'Phó Trưởng ban'],
  ['TRƯỞNG BAN', 'Trưởng ban'],
  ['TRƯỞNG PHÒNG', 'Trưởng phòng'],
  ['CHÁNH VĂN PHÒNG', 'Chánh Văn phòng'],
  ['THỦ TRƯỞNG', 'Thủ trưởng'],
  ['LĐLĐ', 'LĐLĐ'],
  ['UBND', 'UBND'],
];

/** Administrative units: written in lower case, and the place name after them in title case. */
const UNITS: [string, string][] = [
  ['THÀNH PHỐ', 'thành phố'],
  ['THỊ XÃ', 'thị xã'],
  ['TỈNH', 'tỉnh'],
  ['QUẬN', 'quận'],
  ['HUYỆN', 'huyện'],
  ['PHƯỜNG', 'phường'],
  ['XÃ', 'xã'],
];

/** Signing capacities that stand before a title ("TM.", "KT.", "TL.", "TUQ.", "Q."). */
export const CAPACITY = /^(TM|KT|TL|TUQ|Q)\.\s*/u;

const capitalise = (word: string) =>
  word.length === 0 ? word : word[0]!.toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');

export interface Cased {
  text: string;
  /** True when a word was not in the known phrases and was cased by the general rule. */
  byRule: boolean;
}

/**
 * "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" → "Sở Tài nguyên và Môi trường", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH
 * THUẬN" → "Liên đoàn Lao động tỉnh Bình Thuận", "TM. BAN THƯỜNG VỤ" → "TM. Ban Thường vụ".
 * Known phrases keep their fixed spelling; after an administrative unit every word is a place
 * name (title case); otherwise the first word of a name and the word after "và" or "-" are
 * capitalised and the rest are lower case.
 */
export function ordinaryCase(upper: string): Cased {
  const words = upper.trim().split(/\s+/u);
  const out: string[] = [];
  let byRule = false;
  let placeName = false;
  let startOfName = true;
  let i = 0;
  const capacity = CAPACITY.exec(words[0] ?? '');
  if (capacity) {
    out.push(words[0]!);
    i = 1;
  }
  outer: while (i < words.length) {
    for (const [phrase, spelling] of [...PHRASES, ...UNITS]) {
      const parts = phrase.split(' ');
      const slice = words.slice(i, i + parts.length).join(' ');
      if (slice.toLocaleUpperCase('vi') === phrase) {
        out.push(spelling);
        i += parts.length;
        placeName = UNITS.some(([unit]) => unit === phrase);
        startOfName = !placeName;
        continue outer;
      }
    }
    const word = words[i]!;
    if (placeName) {
      out.push(capitalise(word));
    } else if (word === '-' || word.toLocaleLowerCase('vi') === 'và') {
      out.push(word.toLocaleLowerCase('vi'));
      startOfName = true;
      i += 1;
      continue;
    } else if (!/\p{Ll}/u.test(word) && isAcronym(word)) {
      // An acronym such as CĐCS, KKT or TLĐ stays as written.
      out.push(word);
    } else {
      out.push(startOfName ? capitalise(word) : word.toLocaleLowerCase('vi'));
      byRule = true;
    }
    startOfName = false;
    i += 1;
  }
  return { text: out.join(' '), byRule };
}

/** An acronym has no vowel that could make it a Vietnamese syllable (CĐCS, TLĐ, KKT, HĐND). */
const isAcronym = (word: string) =>
  !/[AEIOUY]/u.test(
    word
      .replace(/Đ/g, 'D')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );

/** True when a line's letters are all capitals (and it has some). */
export function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}
