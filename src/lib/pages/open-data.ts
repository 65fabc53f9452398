/** The open-data files under /du-lieu/ (PRODUCT.md contracts), built from the site's content. */
import { caveatFor, caveatText } from '../certainty';
import type { DocRef } from '../graph';
import { PLAN_KIND } from '../../schemas/shared';
import { format, ui } from '../i18n';
import {
  absoluteUrl,
  citationPath,
  directivePath,
  documentsDataPath,
  hotlinesDataPath,
  planPath,
  robotsPath,
  rssPath,
  sitemapPath,
  telHref,
  timelineDataPath,
} from '../routes';
import { isCallable, type Site } from '../site';

/** A document's id in the JSON: its section and slug, `ke-hoach/<id>` or `van-ban/<id>`. */
const refId = (ref: DocRef) => `${ref.collection === 'plans' ? 'ke-hoach' : 'van-ban'}/${ref.id}`;

/**
 * Every document on the site (plans and the directives they cite) with its metadata and the
 * citation graph: `cites` (what it cites or implements) and `citedBy`. `url` makes a path absolute.
 */
export function documentsJson(site: Site, url: (path: string) => string) {
  const plans = site.plans.map((plan) => {
    const ref: DocRef = { collection: 'plans', id: plan.id };
    const { data } = plan;
    return {
      id: refId(ref),
      type: PLAN_KIND,
      url: url(planPath(plan.id)),
      number: data.number ?? null,
      title: data.title,
      issued: data.issued ?? null,
      year: data.year,
      yearNote: data.yearNote ?? null,
      issuer: data.issuer,
      province: data.province,
      signer: data.signer,
      recipients: data.recipients,
      implements: data.implements.map((r) => refId({ collection: 'directives', id: r.id })),
      programs: data.programs.map((r) => r.id),
      cites: site.graph.cites(ref).map(refId),
      citedBy: site.graph.citedBy(ref).map(refId),
      // Each citation in the text, with the address of the very sentence (`…/#trich-dan-<id>-<n>`);
      // `byName`: the plan names the document without writing its number.
      citations: site.textCitations(plan.id).map((c) => ({
        text: c.text,
        target: refId(c),
        line: c.line,
        byName: c.byName ?? false,
        anchor: c.anchor,
        url: url(citationPath(plan.id, c.anchor)),
        sentence: `${c.sentence.before}${c.sentence.text}${c.sentence.after}`,
      })),
    };
  });
  const directives = site.directives.map((directive) => {
    const ref: DocRef = { collection: 'directives', id: directive.id };
    const { data } = directive;
    return {
      id: refId(ref),
      type: data.kind,
      url: url(directivePath(directive.id)),
      number: data.number,
      title: data.title,
      shortName: data.shortName ?? null,
      issued: data.issued ?? null,
      inForce: data.inForce ?? null,
      issuer: data.issuer,
      signer: data.signer ?? null,
      level: data.level,
      province: data.province ?? null,
      period: data.period ?? null,
      confidence: data.confidence,
      knownFrom: data.knownFrom ? refId({ collection: 'plans', id: data.knownFrom.id }) : null,
      caveat: caveatOrNull(site.caveat(directive)),
      // A field a source gives with less certainty than the rest keeps that confidence here too.
      fieldConfidence: data.fieldConfidence,
      implements: data.implements.map((r) => refId({ collection: 'directives', id: r.id })),
      cites: site.graph.cites(ref).map(refId),
      citedBy: site.graph.citedBy(ref).map(refId),
      // Where the plans' texts cite it: each citation's address, to the sentence.
      citedAt: site.citationsOf(ref).flatMap(({ plan, citations }) =>
        citations.map((c) => ({
          from: refId({ collection: 'plans', id: plan.id }),
          url: url(citationPath(plan.id, c.anchor)),
        })),
      ),
      sources: data.sources,
    };
  });
  return { documents: [...plans, ...directives] };
}

const caveatOrNull = (caveat: Parameters<typeof caveatText>[0] | undefined) => (caveat ? caveatText(caveat) : null);

/**
 * Every hotline, with its `tel:` link where the site offers it as a call (`null` for an older
 * number or one FACTS.md marks unverified), and the caveat its confidence calls for.
 */
export const hotlinesJson = (site: Site) =>
  site.hotlines.map((h) => ({
    id: h.id,
    tel: isCallable(h) ? telHref(h.data.number) : null,
    ...h.data,
    caveat: caveatOrNull(caveatFor(h.data.confidence)),
  }));

/** A JSON response, indented for people reading the file. */
export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** Makes a site path absolute against the site's origin, when there is one. */
export const absolute = (origin: URL | undefined) => (path: string) => (origin ? new URL(path, origin).href : path);

/** `robots.txt`: everything may be crawled, and the sitemap says where everything is. */
export const robotsTxt = (origin: URL | undefined) =>
  ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(sitemapPath, origin)}`, ''].join('\n');

/** The licence of the open data (a choice of the project: see the "Dữ liệu mở" page). */
export const OPEN_DATA_LICENCE = {
  name: ui.openData.licenceName,
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

const FILES = {
  documents: documentsDataPath,
  programs: timelineDataPath,
  hotlines: hotlinesDataPath,
} as const;

export interface OpenDataFile {
  id: keyof typeof FILES;
  /** Site path, and the address to download it from. */
  href: string;
  url: string;
  title: string;
  shape: string;
  /** Every field of a record, in the order the file writes them, with what it means. */
  fields: { name: string; meaning: string }[];
}

export interface OpenDataPageModel {
  files: OpenDataFile[];
  /** The feed, the sitemap and robots.txt: what they hold. */
  others: { href: string; url: string; text: string }[];
  licence: { name: string; url: string };
}

/** The "Dữ liệu mở" page (/du-lieu/): every JSON file and its fields, and the licence. */
export function openDataPage(origin: URL | undefined): OpenDataPageModel {
  const files = (Object.keys(FILES) as (keyof typeof FILES)[]).map((id) => {
    const doc = ui.openData.files[id];
    return {
      id,
      href: FILES[id],
      url: absoluteUrl(FILES[id], origin),
      title: doc.title,
      shape: doc.shape,
      fields: Object.entries(doc.fields).map(([name, meaning]) => ({ name, meaning })),
    };
  });
  const other = (href: string, text: string) => ({ href, url: absoluteUrl(href, origin), text });
  return {
    files,
    others: [
      other(rssPath, ui.openData.feed),
      other(sitemapPath, ui.openData.sitemap),
      other(robotsPath, ui.openData.robots),
    ],
    licence: OPEN_DATA_LICENCE,
  };
}

/** "Tải tệp: /du-lieu/van-ban.json". */
export const downloadLabel = (file: Pick<OpenDataFile, 'href'>) => format(ui.openData.download, { path: file.href });
