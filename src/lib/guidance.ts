/**
 * What a guidance page shows, ready to render: its audience, the "Cần giúp ngay?" lines, and the
 * sources it ends with (the site's own plans and documents, then the web pages its facts come
 * from) with the date it was last checked.
 */
import type { Guidance, Hotline, Site } from './content';
import { directiveLabel, planLabel } from './documents';
import { format, ui } from './i18n';
import { directivePath, planPath, SECTIONS } from './routes';

export interface SourceLink {
  href: string;
  label: string;
}

export interface GuidanceView {
  /** Who the article is for, as the reader sees it. */
  audiences: string[];
  /** The lines of the "Cần giúp ngay?" box, in hotline order (111 first). */
  hotlines: Hotline[];
  /** Plans and documents of this site the article rests on, then the site's checked reference data. */
  documents: SourceLink[];
  /** Web pages the article's facts come from, in the order the article lists them. */
  pages: SourceLink[];
  /** YYYY-MM-DD: when the article was last checked against its sources ("Cập nhật"). */
  updated: string;
}

type SiteLookup = Pick<Site, 'plan' | 'directive' | 'hotlines'>;

export function guidanceView(site: SiteLookup, guide: Pick<Guidance, 'data'>): GuidanceView {
  const { data } = guide;
  const plans = data.sourcePlans.map((ref) => {
    const plan = site.plan(ref.id);
    return { href: planPath(plan.id), label: `${planLabel(plan)}, ${plan.data.issuer}` };
  });
  const directives = data.sourceDirectives.map((ref) => {
    const d = site.directive(ref.id);
    const label = `${directiveLabel(d)}: ${d.data.shortName ?? d.data.title}`;
    // A document known only because a plan cites it says so wherever it is named.
    const knownFrom = d.data.confidence === 'as-cited' && d.data.knownFrom ? site.plan(d.data.knownFrom.id) : undefined;
    return {
      href: directivePath(d.id),
      label: knownFrom ? format(ui.guidance.asCitedIn, { label, plan: planLabel(knownFrom) }) : label,
    };
  });
  const referenceData =
    data.referenceFacts.length > 0 ? [{ href: SECTIONS.hotlines, label: ui.guidance.referenceFacts }] : [];

  // The box shows the lines the article names, in the order the site ranks hotlines.
  const named = new Set(data.hotlines.map((ref) => ref.id));
  const hotlines = site.hotlines.filter((h) => named.has(h.id));

  return {
    audiences: data.audience.map((a) => ui.guidance.audiences[a]),
    hotlines,
    documents: [...plans, ...directives, ...referenceData],
    pages: data.externalSources.map((s) => ({ href: s.url, label: s.label })),
    updated: data.updated,
  };
}
