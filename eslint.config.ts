import js from '@eslint/js';
import type { Linter } from 'eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Vietnamese letters (precomposed tones, ă â đ ê ô ơ ư). A string literal holding one is display
 * text, and display text lives in src/i18n/vi.json so there is one place to read and change it.
 */
const VIETNAMESE = '/[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/';
const NO_VIETNAMESE_LITERALS: Linter.RuleEntry = [
  'error',
  {
    selector: `Literal[value=${VIETNAMESE}]`,
    message: 'Vietnamese text belongs in src/i18n/vi.json (read it through `ui`), or in content/.',
  },
  {
    selector: `TemplateElement[value.raw=${VIETNAMESE}]`,
    message: 'Vietnamese text belongs in src/i18n/vi.json (read it through `ui` and `format`), or in content/.',
  },
  {
    selector: `JSXText[value=${VIETNAMESE}]`,
    message: 'Vietnamese text in a template belongs in src/i18n/vi.json (read it through `ui`).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      // Every package the code imports is declared in package.json (a transitive one can vanish).
      'import-x/no-extraneous-dependencies': ['error', { includeTypes: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Scripts that run in the browser.
    files: ['src/**/*.astro', 'src/components/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Display text comes from vi.json; these folders produce what people read.
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: [
      // Controlled vocabulary the content itself uses ("Quyết định", "Kế hoạch"), and editors' error
      // messages whose examples are Vietnamese document numbers: data, not display text.
      'src/schemas/**',
      // Parsers of Vietnamese text: the words they look for are the language, not the interface.
      'src/lib/citations.ts',
      'src/lib/search/text.ts',
      'src/lib/search/query.ts',
      'src/lib/search/language.ts',
      // The plan importer reads Vietnamese plans (and writes the year note an editor would).
      'src/lib/import/**',
    ],
    rules: { 'no-restricted-syntax': NO_VIETNAMESE_LITERALS },
  },
);
