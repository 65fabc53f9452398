/**
 * What an input file is, before anything reads it as a plan: empty, binary, an image, a file in a
 * legacy Vietnamese encoding, or UTF-8 text. Pure: bytes in, text or a reason out.
 */

/** A file the importer will not read, and why. The CLI prints "<file>: <reason>" and exits 1. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a .docx? give it the .docx extension)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word .doc (or other OLE) file: save it as .docx or UTF-8 .txt'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file: save it as .docx or UTF-8 .txt'],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Characters that Vietnamese text in Unicode never has, but TCVN3 (ABC) and VNI text shows when
 * its 8-bit codes are read as Windows-1252 or Latin-1, as happens when such a file is opened or
 * pasted as Unicode: TCVN3 puts tone-marked vowels on symbols ("Céng hoµ x· héi", "KÕ ho¹ch"),
 * VNI puts a vowel followed by a mark letter ("Coäng hoøa xaõ hoäi", "Keá hoaïch").
 */
const TCVN3_TELLS = /[µ¸¶·¹¨©®ª«¬£¤¥¦§¡¢½¾¼¿]/gu;
const VNI_TELLS = /[aeiouyAEIOUY][ùõ]|[øûïöåäëñØÛÏÖÅÄËÑ]/gu;
/** Letters only Vietnamese in Unicode uses (Latin Extended Additional, ă, đ, ơ, ư). */
const VIETNAMESE = /[ạ-ỹẠ-ỸăĂđĐơƠưƯ]/gu;

function legacyEncoding(text: string): 'TCVN3' | 'VNI' | undefined {
  const vietnamese = text.match(VIETNAMESE)?.length ?? 0;
  const tcvn3 = text.match(TCVN3_TELLS)?.length ?? 0;
  const vni = text.match(VNI_TELLS)?.length ?? 0;
  // A few stray symbols in real Unicode text are not enough: the tells must outnumber the letters.
  if (tcvn3 >= 3 && tcvn3 > vietnamese) return 'TCVN3';
  if (vni >= 3 && vni > vietnamese) return 'VNI';
  return undefined;
}

const LEGACY_HINT = 'convert it to Unicode (UTF-8), e.g. with Unikey’s converter, and import that';

/** Checks the bytes of a .txt input and returns its text, or throws an ImportError saying why not. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(file, 'the file is UTF-16 text: save it as UTF-8 and import that');
  }
  for (const [sig, what] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new ImportError(file, `expected plain text, got ${what}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new ImportError(file, 'expected plain text, got a binary file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const legacy = legacyEncoding(new TextDecoder('latin1').decode(bytes));
    throw new ImportError(
      file,
      legacy
        ? `the text is in the legacy ${legacy} encoding, not UTF-8: ${LEGACY_HINT}`
        : `the text is not UTF-8 (Windows-1258 or another 8-bit code page): ${LEGACY_HINT}`,
    );
  }
  text = text.replace(/^\uFEFF/u, '');
  if (text.trim() === '') throw new ImportError(file, 'the file is empty (only blank lines)');
  const legacy = legacyEncoding(text);
  if (legacy) {
    throw new ImportError(
      file,
      `the text is ${legacy} typed with a legacy font, shown as Unicode letters ("${sample(text)}"): ${LEGACY_HINT}`,
    );
  }
  return text;
}

function sample(text: string): string {
  const line = text
    .split('\n')
    .find((l) => (l.match(TCVN3_TELLS)?.length ?? 0) + (l.match(VNI_TELLS)?.length ?? 0) > 0);
  return (line ?? '').trim().slice(0, 40);
}

/** A .docx is a zip archive; anything else is refused before Word's reader sees it. */
export function checkDocx(file: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const what = SIGNATURES.find(([sig]) => startsWith(bytes, sig))?.[1];
    throw new ImportError(file, `expected a Word .docx file (a zip archive), got ${what ?? 'something else'}`);
  }
}

/** Lines numbered from 1, as a text editor numbers them. */
export const linesOf = (text: string) => text.split(/\r?\n|\r/u).map((t, i) => ({ text: t, no: i + 1 }));
