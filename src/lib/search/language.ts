/**
 * The small words of a Vietnamese query: question words (`phải làm gì`, `như thế nào`, `ở đâu`,
 * `là gì`) and function words (`và`, `của`, `các`, `những`). A question typed into the search box
 * (`tre bi xam hai phai lam gi`) asks for pages about its other words; the question words are on
 * nearly every page or on none, and a page need not have them to answer it. `query.ts` leaves them
 * out of what a page must have, and keeps them for the phrases that need them (`vì trẻ em`,
 * `những năm đầu đời`) and for comparing titles with the query.
 *
 * Typed without marks, many small words read like content words (`co` is `có` "has" but also
 * `cơ` in `cơ quan`, `thi` is `thì` but also `thị` in `chỉ thị`), so each word says whether its
 * unmarked spelling may be taken for it (`plain`).
 */
import { fold, hasMarks, type Token } from './text.ts';

interface SmallWord {
  word: string;
  /** Whether the word typed without marks is still this word (no content word folds the same). */
  plain: boolean;
}

const word = (text: string, plain = true): SmallWord => ({ word: text, plain });

/** Question phrases, longest first (so `phải làm gì` is taken before `làm gì`). */
export const QUESTION_PHRASES: readonly string[] = [
  'có được không',
  'là ngày nào',
  'là tháng mấy',
  'là số mấy',
  'phải làm gì',
  'cần làm gì',
  'nên làm gì',
  'làm thế nào',
  'như thế nào',
  'được không',
  'làm gì',
  'làm sao',
  'thế nào',
  'ra sao',
  'ở đâu',
  'là gì',
  'là ai',
  'gọi ai',
  'hỏi ai',
  'khi nào',
  'lúc nào',
  'ngày nào',
  'tháng mấy',
  'số mấy',
  'số nào',
  'bao giờ',
  'bao nhiêu',
  'tại sao',
  'vì sao',
];

/** Single question words. */
export const QUESTION_WORDS: readonly SmallWord[] = [
  word('gì'),
  word('ai'),
  word('sao'),
  word('nào', false), // não
  word('mấy', false), // máy
  word('đâu', false), // đầu, đau, dầu
];

/** Function words. */
export const FUNCTION_WORDS: readonly SmallWord[] = [
  word('và'),
  word('của'),
  word('các'),
  word('những'),
  word('cho'),
  word('với'),
  word('là'),
  word('khi'),
  word('theo'),
  word('được'),
  word('không'),
  word('phải'),
  word('nên'),
  word('hãy'),
  word('rồi'),
  word('thì', false), // thị
  word('mà', false), // mã
  word('có', false), // cơ, cô
  word('để', false), // đề án
  word('ở', false),
  word('tại', false), // tai nạn
  word('về', false), // bảo vệ
  word('trong', false), // trọng
  word('như', false), // nhu cầu
  word('cần', false), // can thiệp
  word('đã', false), // da, đa
  word('sẽ', false), // chia sẻ
  word('đang', false), // Đảng, dạng
];

const marked = (text: string) => text.normalize('NFC').toLowerCase();

function matches(list: readonly SmallWord[], token: Token): boolean {
  const typed = marked(token.text);
  if (hasMarks(typed)) return list.some((w) => w.word === typed);
  const folded = fold(typed);
  return list.some((w) => w.plain && fold(w.word) === folded);
}

/** A function word: dropped from what a page must have, unless a phrase needs it. */
export const isFunctionWord = (token: Token) => matches(FUNCTION_WORDS, token);

/** A single question word. */
export const isQuestionWord = (token: Token) => matches(QUESTION_WORDS, token);

/**
 * Which tokens of a query are question words: question phrases (compared without marks: two or
 * three small words together are not a content word), and single question words.
 */
export function questionTokens(all: readonly Token[]): boolean[] {
  const question = all.map((t) => isQuestionWord(t));
  const folded = all.map((t) => fold(t.text));
  const phrases = QUESTION_PHRASES.map((p) => p.split(' ').map(fold));
  for (let i = 0; i < all.length; i++) {
    for (const phrase of phrases) {
      if (phrase.every((w, k) => folded[i + k] === w)) {
        for (let k = 0; k < phrase.length; k++) question[i + k] = true;
        break;
      }
    }
  }
  return question;
}
