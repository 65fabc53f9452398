import { describe, expect, it } from 'vitest';
import { createGuidanceSchema } from '../../src/schemas/guidance';
import { hotlines } from '../support/content';
import { listField, readArticles, readReference, type Article } from '../support/guidance-articles';
import { parseGuidanceFacts, parseReferenceFacts, urlsIn } from '../support/reference-facts';
import { problems, reference } from './schema-helpers';

/**
 * Guidance rests on the team's reference files (docs/reference/). These checks keep every article
 * to them: what an article says it uses must exist and be fit to state, every web page it links
 * must be one the files give, and the things the files say never to print stay out.
 */
const guidance = parseGuidanceFacts(readReference('GUIDANCE-FACTS.md'));
const referenceFacts = parseReferenceFacts(readReference('FACTS.md'));
const knownUrls = new Set([...urlsIn(readReference('GUIDANCE-FACTS.md')), ...urlsIn(readReference('FACTS.md'))]);
const articles = readArticles();

interface Source {
  label: string;
  url: string;
  facts: string[];
}
const externalSources = (a: Article) => (a.frontmatter['externalSources'] as Source[] | undefined) ?? [];
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The web pages an item of the reference files gives, by the name an article lists it under. */
function pagesOf(item: string): string[] | undefined {
  const fact = guidance.facts.get(item) ?? guidance.checks.get(item) ?? referenceFacts.get(item);
  if (!fact) return undefined;
  const urls = [...fact.urls];
  // An Independent-check point names some sources by site only ("childfund.org.au"): any page of
  // that site the file gives elsewhere is the page it means.
  if (guidance.checks.has(item)) {
    urls.push(...[...knownUrls].filter((url) => fact.text.includes(hostOf(url))));
  }
  return urls;
}

/** Why an item may not be stated, or undefined when it may. */
function unfit(item: string): string | undefined {
  const fact = guidance.facts.get(item) ?? guidance.checks.get(item);
  return fact?.notUsable;
}

/** Sentences of a text, for checks that look at one statement at a time. */
const sentences = (text: string) => text.split(/(?<=[.!?;:])\s+|\n+/).filter((s) => s.trim() !== '');

/**
 * What the reference files say never to print, each with where they say it. A pattern is matched
 * against an article's body, case-insensitively.
 */
const NEVER_PRINT: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\b(?:30\s*[:/]\s*2|15\s*[:/]\s*2|5\s*[:/]\s*1)\b/,
    why: 'compression ratios (Independent check: "Never print compression ratios")',
  },
  { pattern: /ấn ngực quá mạnh|không ấn mạnh/, why: '"do not press hard" (Independent check on 3.12)' },
  { pattern: /móc (?:hết )?đàm|móc họng/, why: 'a blind finger sweep (3.11: remove only what you can see)' },
  { pattern: /\b15 ngày\b/, why: 'the 15-day limit for temporary separation (Independent check: not verified)' },
  { pattern: /\b72 giờ\b/, why: 'HIV preventive treatment within 72 hours (Independent check: not verified)' },
  {
    pattern: /phạt[^.\n]*\d[\d.]*\s*(?:đồng|triệu)|\d[\d.]*\s*(?:triệu )?đồng[^.\n]*phạt/,
    why: 'a fine amount (caution 5 and 6: the current amounts were not verified)',
  },
  { pattern: /chưa có thông tin/, why: 'a gap written as "chưa có thông tin" (a topic no source covers is left out)' },
];

describe('the reference files can be read', () => {
  it('GUIDANCE-FACTS.md: every numbered fact, its confidence and the Independent check', () => {
    const ids = [...readReference('GUIDANCE-FACTS.md').matchAll(/^\*\*(\d+\.\d+)\*\*/gm)].map((m) => m[1]);
    expect([...guidance.facts.keys()]).toEqual(ids);
    expect(guidance.facts.get('1.23')?.confidence).toBe('High');
    expect(guidance.facts.get('3.14')?.confidence).toBe('removed');
    // The Independent check lowers 3.11 and 1.4, and says 1.26 is historic.
    expect(guidance.facts.get('3.11')?.confidence).toBe('Medium');
    expect(guidance.facts.get('1.4')?.confidence).toBe('Medium');
    expect(guidance.facts.get('1.26')?.notUsable).toMatch(/historic/);
    expect(guidance.checks.get('Do not bathe the child or wash wounds before the examination')?.urls).toEqual([
      'https://plo.vn/ban-doc/giam-dinh-trong-48-gio-moi-chinh-xac-85953.html',
    ]);
    expect(guidance.checks.get('call 115')?.confidence).toBe('Medium');
    // "Source: as 1.35" shares 1.35's pages; "118.69.201.249 page (as 5.9)" only that site's page.
    expect(guidance.facts.get('1.36')?.urls).toEqual(guidance.facts.get('1.35')?.urls);
    expect(guidance.facts.get('5.10')?.urls).toEqual([expect.stringMatching(/^http:\/\/118\.69\.201\.249:801\//)]);
  });

  it('FACTS.md: rows and bullets by section', () => {
    expect(referenceFacts.get('§4 111')?.urls).toContain(
      'https://plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html',
    );
    expect(referenceFacts.get('§4 0243.525.662')?.confidence).toMatch(/unverified/);
    expect(referenceFacts.has('§5 Tết Trung thu')).toBe(true);
    expect(referenceFacts.has('§6')).toBe(true);
  });
});

describe('guidance articles rest on the reference files', () => {
  it('there are articles, and each lists the facts it uses', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const a of articles) {
      expect(listField(a, 'guidanceFacts').length + listField(a, 'referenceFacts').length, a.file).toBeGreaterThan(0);
    }
  });

  for (const article of articles) {
    describe(article.file, () => {
      const guidanceIds = listField(article, 'guidanceFacts');
      const checkPoints = listField(article, 'checkPoints');
      const factKeys = listField(article, 'referenceFacts');
      const sources = externalSources(article);

      it('its frontmatter fits the schema', () => {
        expect(problems(createGuidanceSchema(reference), article.frontmatter)).toEqual([]);
      });

      it('every fact it lists is in the reference files', () => {
        expect(guidanceIds.filter((id) => !guidance.facts.has(id))).toEqual([]);
        expect(checkPoints.filter((key) => !guidance.checks.has(key))).toEqual([]);
        expect(factKeys.filter((key) => !referenceFacts.has(key))).toEqual([]);
      });

      it('states no fact that is Low, unverified, removed, historic or local', () => {
        const listed = [...guidanceIds, ...checkPoints];
        expect(listed.flatMap((item) => (unfit(item) ? [`${item}: ${unfit(item)}`] : []))).toEqual([]);
      });

      it('links each page where its facts come from, and only pages the reference files give', () => {
        // Each source's address is one the facts it names give.
        const wrong = sources.flatMap((s) =>
          s.facts.some((f) => pagesOf(f)?.includes(s.url)) ? [] : [`${s.url} is not given by ${s.facts.join(', ')}`],
        );
        expect(wrong).toEqual([]);
        // Each fact whose entry gives pages has one of them among the sources.
        const linked = new Set(sources.map((s) => s.url));
        const unlinked = [...guidanceIds, ...checkPoints].filter((item) => {
          const pages = guidance.facts.get(item)?.urls ?? guidance.checks.get(item)?.urls ?? [];
          return pages.length > 0 && !pages.some((url) => linked.has(url));
        });
        expect(unlinked).toEqual([]);
        // Every web address in the text is one the reference files give.
        const inBody = [...article.body.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]!);
        expect(inBody.filter((url) => !knownUrls.has(url))).toEqual([]);
      });

      it('prints nothing the reference files say never to print', () => {
        const text = `${String(article.frontmatter['summary'])}\n${article.body}`;
        const found = NEVER_PRINT.flatMap(({ pattern, why }) => {
          const match = new RegExp(pattern.source, 'iu').exec(text);
          return match ? [`"${match[0]}": ${why}`] : [];
        });
        expect(found).toEqual([]);
      });

      it('never calls 113, 114 or 115 nationwide ("toàn quốc")', () => {
        const text = `${String(article.frontmatter['summary'])}\n${article.body}`;
        const wrong = sentences(text).filter((s) => /(?<!\d)11[345](?!\d)/.test(s) && /toàn quốc/i.test(s));
        expect(wrong).toEqual([]);
      });

      it('its "Cần giúp ngay?" box lists no superseded or unverified number', () => {
        const lines = new Map(hotlines().map((h) => [h.id, h]));
        const bad = listField(article, 'hotlines').filter((id) => {
          const entry = lines.get(id);
          return entry === undefined || entry.superseded === true || entry.confidence === 'as-cited';
        });
        expect(bad).toEqual([]);
      });
    });
  }
});

describe('the checks can fail', () => {
  it('an unknown fact, a Low fact and a page no fact gives are caught', () => {
    expect(guidance.facts.has('1.99')).toBe(false);
    expect(unfit('1.9')).toBe('Low confidence');
    expect(unfit('3.14')).toBe('removed by the Independent check');
    expect(unfit('1.22')).toMatch(/inference/);
    expect(unfit('Not verified, do not print')).toBeDefined();
    expect(pagesOf('1.23')).not.toContain('https://plo.vn/ban-doc/giam-dinh-trong-48-gio-moi-chinh-xac-85953.html');
    // A check point that names a site by host accepts that site's page from elsewhere in the file.
    expect(pagesOf('Anonymous reports')).toContain(
      'https://www.childfund.org.au/stories/celebrating-the-professionals-dedicated-to-protecting-the-safety-of-children/',
    );
  });

  it('the never-print patterns match what they are meant to catch', () => {
    const caught = (text: string) => NEVER_PRINT.some(({ pattern }) => new RegExp(pattern.source, 'iu').test(text));
    expect(caught('ép tim 30:2')).toBe(true);
    expect(caught('tỷ lệ 15/2')).toBe(true);
    expect(caught('bị phạt 400.000 đồng')).toBe(true);
    expect(caught('phạt từ 10 đến 15 triệu đồng')).toBe(true);
    expect(caught('Sau cuộc gọi: chưa có thông tin.')).toBe(true);
    expect(caught('tách trẻ tối đa 15 ngày')).toBe(true);
    expect(caught('Nghị định 145/2020/NĐ-CP, Điều 80')).toBe(false);
    expect(caught('trong 05 ngày làm việc')).toBe(false);
  });
});
