/**
 * `/rss.xml`: the plans and the documents they cite, newest first. A feed item needs a date, and
 * the site never invents one: a document whose text gives no date of issue is left out of the
 * feed (the feed's description says so) and stays listed on the site.
 */
import { textWithCaveat } from '../certainty';
import { byIssueDate } from '../dates';
import { documentLabel, labelAndTitle, summariseDirective, summarisePlan, type DocumentSummary } from '../documents';
import { format, ui } from '../i18n';
import type { Site } from '../site';

export interface FeedItem {
  title: string;
  /** The document's page, a site path. */
  link: string;
  /** YYYY-MM-DD, as the document gives it. */
  issued: string;
  description: string;
  /** "Kế hoạch", "Quyết định" …: readers can filter on it. */
  kind: string;
}

const newestFirst = byIssueDate<DocumentSummary>('newest');

/** Every dated plan and directive, newest first; and the documents left out for want of a date. */
export function feedItems(site: Site): { items: FeedItem[]; undated: DocumentSummary[] } {
  const describe = (d: DocumentSummary) =>
    format(ui.doc.description, { label: documentLabel(d), issuer: d.issuer, title: d.title });
  const documents = [
    ...site.plans.map((plan) => ({ summary: summarisePlan(plan), description: describe(summarisePlan(plan)) })),
    // What is known of a directive only from a plan's citation says so (its date too).
    ...site.directives.map((directive) => {
      const summary = summariseDirective(directive);
      return { summary, description: textWithCaveat(site, directive, describe(summary)) };
    }),
  ].sort((a, b) => newestFirst(a.summary, b.summary));
  const items = documents.flatMap(({ summary: d, description }) =>
    d.issued ? [{ title: labelAndTitle(d), link: d.href, issued: d.issued, description, kind: d.kind }] : [],
  );
  return { items, undated: documents.map((d) => d.summary).filter((d) => !d.issued) };
}
