/**
 * Reads the team's two reference files (docs/reference/GUIDANCE-FACTS.md and FACTS.md), so tests
 * can hold guidance articles to them: which fact ids exist, how sure each fact is, which web pages
 * each fact comes from, and which words the files mark as a source's exact words. Pure functions:
 * the unit tests feed them strings.
 *
 * GUIDANCE-FACTS.md numbers its facts (`**1.23** EN: …`), each ending with `Confidence: **High**`
 * (or Medium, Low, inference). Its "Independent check" section, which overrides the facts, is a
 * list of points that each open with a bold phrase; an article names a point by that phrase.
 * FACTS.md has numbered sections (`## 4. Hotlines`) of tables and bullets; an article names a fact
 * there as `§4 111`: the section, then the table row's first cell or the bullet's bold phrase.
 */

export type Confidence = 'High' | 'Medium' | 'Low' | 'inference' | 'removed' | 'not stated';

export interface GuidanceFact {
  id: string;
  /** The fact's confidence after the Independent check. */
  confidence: Confidence;
  /** Why an article may not state it, if it may not (Low, removed, historic, local, inference). */
  notUsable?: string | undefined;
  /** The whole entry, as written. */
  text: string;
  /** Every web address the entry gives. */
  urls: string[];
}

export interface CheckPoint {
  /** The point's bold phrase, without its trailing fact numbers and punctuation. */
  key: string;
  confidence: Confidence;
  notUsable?: string | undefined;
  text: string;
  urls: string[];
}

export interface GuidanceFacts {
  facts: Map<string, GuidanceFact>;
  checks: Map<string, CheckPoint>;
}

export interface ReferenceFact {
  /** `§4 111`, `§5 Tết Trung thu`, or `§6` for a section's prose as a whole. */
  key: string;
  confidence: string;
  text: string;
  urls: string[];
}

/** Whitespace folded to single spaces. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every http(s) address in a text, without the punctuation that closes the sentence around it. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>()"]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

/**
 * Passages a reference file puts in straight double quotes: its author marks a source's exact
 * words that way ("Short legal wording in quotation marks is a direct quote"). A pair never spans
 * a blank line, and a "passage" longer than 40 words is a pairing mistake, not a quote.
 */
export function quotedPassages(markdown: string): string[] {
  const passages: string[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    for (const match of paragraph.matchAll(/"([^"]+)"/g)) {
      const passage = fold(match[1]!);
      if (passage.length > 0 && passage.split(' ').length <= 40) passages.push(passage);
    }
  }
  return passages;
}

/** The text between a heading that starts with `start` and the next heading of the same level. */
function section(markdown: string, start: string): string {
  const from = markdown.indexOf(`\n${start}`);
  if (from < 0) throw new Error(`GUIDANCE-FACTS.md: no section "${start}"`);
  const level = /^#+/.exec(start)![0];
  const rest = markdown.slice(from + 1 + start.length);
  const end = rest.search(new RegExp(`\\n${level} `));
  return end < 0 ? rest : rest.slice(0, end);
}

const confidenceOf = (text: string): Confidence | undefined => {
  const match = /Confidence: \*\*(High|Medium|Low|inference)\*\*/.exec(text);
  return match ? (match[1] as Confidence) : undefined;
};

/**
 * What the Independent check changes about numbered facts, each with the check's own words so
 * that a reworded check fails loudly here instead of being silently misread.
 */
const OVERRIDES: {
  ids: string[];
  confidence?: Confidence;
  notUsable?: string;
  /** Another fact's pages on this site, which the check says to cite instead of the entry's own. */
  citeInstead?: { fact: string; host: string };
  evidence: string;
}[] = [
  {
    ids: ['1.4', '5.3'],
    confidence: 'Medium',
    evidence: '1.4 (Scribd) and 5.3 (a blogspot copy) are Medium until cited from a legal database.',
  },
  { ids: ['3.11'], confidence: 'Medium', evidence: '3.11 is now Medium: remove only what you can see in the mouth.' },
  {
    ids: ['1.19'],
    citeInstead: { fact: '1.16', host: 'thuvienphapluat.vn' },
    evidence: '1.19 should cite 3133/QĐ-BYT itself.',
  },
  {
    ids: ['1.34'],
    citeInstead: { fact: '5.1', host: 'thuvienphapluat.vn' },
    evidence: 'For 1.34 and 5.1, cite the thuvienphapluat page of Luật Trẻ em.',
  },
  {
    ids: ['1.26'],
    notUsable: 'historic: the Independent check says it describes a page from before July 2025',
    evidence: '1.26 describes a page from before July 2025: it is historic.',
  },
  {
    ids: ['1.32', '1.33'],
    notUsable: 'a local procedure, not a national rule (Independent check)',
    evidence: "1.33 (7 working days, one city) and 1.32's narrower list are local procedures",
  },
];

/** Independent-check points that are warnings to writers, never a basis for a statement. */
const NOT_STATEMENTS: Record<string, string> = {
  'Not verified, do not print': 'the Independent check lists these as not verified',
  'Weak URLs': 'a note on sources, not a fact',
  'Local figures are not national rules': 'a note on local figures, not a fact',
};

/** Parses GUIDANCE-FACTS.md. Throws, naming the problem, if the file is not in the expected form. */
export function parseGuidanceFacts(markdown: string): GuidanceFacts {
  const facts = new Map<string, GuidanceFact>();
  const starts = [...markdown.matchAll(/^\*\*(\d+\.\d+)\*\*/gm)];
  starts.forEach((match, i) => {
    const id = match[1]!;
    const blockEnd = Math.min(
      starts[i + 1]?.index ?? markdown.length,
      ...[/\n#{2,3} /g, /\n---\n/g]
        .map((re) => {
          re.lastIndex = match.index;
          return re.exec(markdown)?.index ?? markdown.length;
        })
        .filter((at) => at > match.index),
    );
    const text = markdown.slice(match.index, blockEnd).trim();
    if (facts.has(id)) throw new Error(`GUIDANCE-FACTS.md: fact ${id} appears twice`);
    const removed = /^\*\*\d+\.\d+\*\* Removed\b/.test(text);
    const confidence = removed ? 'removed' : confidenceOf(text);
    if (confidence === undefined) throw new Error(`GUIDANCE-FACTS.md: fact ${id} has no "Confidence: **…**"`);
    facts.set(id, {
      id,
      confidence,
      notUsable:
        confidence === 'Low'
          ? 'Low confidence'
          : confidence === 'removed'
            ? 'removed by the Independent check'
            : confidence === 'inference'
              ? 'an inference for writers, not a sourced fact'
              : undefined,
      text,
      urls: urlsIn(text),
    });
  });

  // "Source: as 1.27", "Source: danluatold (as 6.1)", "Source: as 1.35–1.38": the entry shares the
  // pages of the entries it names (only those on the site it names, when it names one).
  for (const fact of facts.values()) {
    const source = /^Source:(.*)$/m.exec(fact.text)?.[1] ?? '';
    const as = /(?:^|\s|\()as (\d+)\.(\d+)(?:[–-]\d+\.(\d+))?/.exec(source);
    if (!as) continue;
    const [, topic, from, to] = as;
    const site = /^\s*([\w.-]+)(?: page)?\s*\(as /.exec(source)?.[1];
    for (let n = Number(from); n <= Number(to ?? from); n++) {
      const other = facts.get(`${topic}.${n}`);
      if (!other) throw new Error(`GUIDANCE-FACTS.md: fact ${fact.id} says "as ${topic}.${n}", which is missing`);
      const shared = other.urls.filter((url) => !site || url.includes(site));
      fact.urls.push(...shared.filter((url) => !fact.urls.includes(url)));
    }
  }

  const check = section(markdown, '## Independent check');
  const foldedCheck = fold(check);
  for (const override of OVERRIDES) {
    if (!foldedCheck.includes(fold(override.evidence))) {
      throw new Error(`GUIDANCE-FACTS.md: the Independent check no longer says "${override.evidence}"; re-read it`);
    }
    for (const id of override.ids) {
      const fact = facts.get(id);
      if (!fact) throw new Error(`GUIDANCE-FACTS.md: the Independent check names fact ${id}, which is missing`);
      if (override.confidence) fact.confidence = override.confidence;
      if (override.notUsable) fact.notUsable = override.notUsable;
      if (override.citeInstead) {
        const { fact: other, host } = override.citeInstead;
        const pages = facts.get(other)?.urls.filter((url) => new URL(url).hostname.endsWith(host)) ?? [];
        if (pages.length === 0) throw new Error(`GUIDANCE-FACTS.md: fact ${other} gives no page on ${host}`);
        fact.urls.push(...pages);
      }
    }
  }

  const checks = new Map<string, CheckPoint>();
  // Top-level points start "- **…**"; sub-points "  - **…**"; other lines continue the point above.
  const lines = check.split('\n');
  let parent: CheckPoint | undefined;
  let current: CheckPoint | undefined;
  const finish = () => {
    if (!current) return;
    current.urls = urlsIn(current.text);
    const own = [...current.text.matchAll(/\b(High|Medium|Low)\b/g)].map((m) => m[1] as Confidence);
    current.confidence = own.at(-1) ?? (current === parent ? 'not stated' : parent?.confidence) ?? 'not stated';
    checks.set(current.key, current);
  };
  for (const line of lines) {
    const point = /^( *)- \*\*(.+?)\*\*/.exec(line);
    if (point) {
      finish();
      const key = point[2]!.replace(/\s*\([^)]*\)\s*[.:]?$/, '').replace(/[.:]+$/, '');
      current = { key, confidence: 'not stated', notUsable: NOT_STATEMENTS[key], text: line.trim(), urls: [] };
      if (point[1]!.length === 0) parent = current;
    } else if (current && /^\s+\S/.test(line)) {
      current.text += ` ${line.trim()}`;
    } else if (line.trim() === '') {
      continue;
    }
  }
  finish();
  // A sub-point reads its level from the parent's closing words ("All Medium."), so fix those now.
  for (const point of checks.values()) {
    if (point.confidence === 'not stated' && / All (High|Medium)\./.test(point.text)) {
      point.confidence = / All (High|Medium)\./.exec(point.text)![1] as Confidence;
    }
  }
  if (checks.size === 0) throw new Error('GUIDANCE-FACTS.md: the Independent check has no points');
  return { facts, checks };
}

/** The number of a `## N. Title` heading, or undefined for another heading. */
const sectionNumber = (heading: string) => /^## (\d+)\. /.exec(heading)?.[1];

/** Parses FACTS.md into its facts, keyed `§N key`, plus `§N` for each numbered section as a whole. */
export function parseReferenceFacts(markdown: string): Map<string, ReferenceFact> {
  const facts = new Map<string, ReferenceFact>();
  const parts = markdown.split(/\n(?=## )/);
  for (const part of parts) {
    const number = sectionNumber(part);
    if (number === undefined) continue;
    const add = (key: string, confidence: string, text: string) => {
      const full = key ? `§${number} ${key}` : `§${number}`;
      if (facts.has(full)) throw new Error(`FACTS.md: "${full}" appears twice`);
      facts.set(full, { key: full, confidence, text, urls: urlsIn(text) });
    };
    add('', 'section', part);

    let header: string[] | undefined;
    const lines = part.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('|')) {
        const cells = line
          .replace(/^\|/, '')
          .replace(/\|\s*$/, '')
          .split('|')
          .map((c) => c.trim());
        // A table's first row is its header; the row of dashes under it is not a fact.
        if (!lines[i - 1]?.startsWith('|')) header = cells.map((c) => c.toLowerCase());
        else if (!cells.every((c) => /^-+$/.test(c))) {
          const conf = header?.findIndex((h) => h.startsWith('conf')) ?? -1;
          add(cells[0]!, conf >= 0 ? (cells[conf] ?? '') : 'not stated', line);
        }
        continue;
      }
      const bullet = /^- \*\*(.+?)\*\*/.exec(line);
      if (bullet) {
        // A bullet runs on over its indented lines and sub-bullets.
        let text = line;
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) text += `\n${lines[++i]!}`;
        const conf = /Conf\. (High|Med(?:-High)?)/.exec(text)?.[1] ?? 'not stated';
        add(bullet[1]!.replace(/[.:]+$/, ''), conf, text);
      }
    }
  }
  if (facts.size === 0) throw new Error('FACTS.md: no numbered sections found');
  return facts;
}
