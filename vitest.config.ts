import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit` (`npm run test:unit`): the code in src/ and scripts/, no build needed;
 * - `dist` (`npm run test:dist`): checks on the production build in dist/, read from disk with no
 *   browser (structured data, links, phone numbers, fidelity), so they run after `npm run build`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
