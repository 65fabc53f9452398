/**
 * html-validate on every built page (`tests/dist/html-valid.test.ts`, and `npx html-validate
 * "dist/**\/*.html"` by hand): the recommended rules, with the changes below, each with its reason.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the documents' own titles, which the site never shortens ("Kế hoạch
    // 40/KH-LĐLĐ: Triển khai Chương trình hành động số 36-CTr/TU … đáp ứng yêu cầu phát triển đất
    // nước phồn vinh, hạnh phúc"): the full title is what people search for and what they quote.
    'long-title': 'off',
    // The call links carry words around the number ("Gọi 111", "(miễn phí, 24/7)"), which must be
    // able to wrap on a 320 px screen; the numbers themselves are written as people dial them.
    'tel-non-breaking': 'off',
    // MDX writes a line break inside a plan's text as `<br/>`; both forms are valid HTML.
    'void-style': 'off',
    // Headings in the plans and guidance start with their own numbering ("1. Mục đích"), so their
    // ids do too ("1-muc-dich"): valid in HTML (an id only has to be non-empty, without spaces),
    // and every link to one is checked (tests/dist/links.test.ts).
    'valid-id': ['error', { relaxed: true }],
  },
};
