import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../support/dist';

/**
 * Every built page is valid HTML under html-validate's recommended rules, as `.htmlvalidate.mjs`
 * sets them (each rule it turns off says why there). One line per problem: page, line:column,
 * rule and message.
 */
const pages = distFiles('.html');

describe('valid HTML', () => {
  it('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it('every page passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
