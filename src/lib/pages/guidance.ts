/**
 * View model of a guidance page (/huong-dan/<id>/): its audience, the "Cần giúp ngay?" lines, and
 * the sources it ends with (the site's own plans and documents, then the web pages its facts come
 * from) with the date it was last checked.
 */
import { textWithCaveat } from '../certainty';
import { labelAndTitle, planLabel, summariseDirective, type DocLink } from '../documents';
import { format, ui } from '../i18n';
import { directivePath, planPath, SECTIONS } from '../routes';
import { contents, type ContentsItem, type Heading } from '../headings';
import type { CardModel } from '../share/card';
import type { Guidance, Hotline, Site } from '../site';

/** Who an article is for: "Cha mẹ, CNVCLĐ, Cán bộ công đoàn". */
export const audienceLabel = (guide: Pick<Guidance, 'data'>) =>
  guide.data.audience.map((audience) => ui.guidance.audiences[audience]).join(', ');

export interface GuidancePageModel {
  audience: string;
  /** The lines of the "Cần giúp ngay?" box, in hotline order (111 first). */
  hotlines: Hotline[];
  /** Plans and documents of this site the article rests on, then the site's checked reference data. */
  documents: DocLink[];
  /** Web pages the article's facts come from, in the order the article lists them. */
  pages: DocLink[];
  /** YYYY-MM-DD: when the article was last checked against its sources ("Cập nhật"). */
  updated: string;
  card: CardModel;
}

/** An article's contents list: its sections (h2) and their parts (h3). */
export const guidanceContents = (headings: Heading[]): ContentsItem[] => contents(headings, [2, 3]);

export function guidancePage(
  site: Pick<Site, 'plan' | 'directive' | 'hotlines'>,
  guide: Pick<Guidance, 'data'>,
): GuidancePageModel {
  const { data } = guide;
  const plans = data.sourcePlans.map((ref) => {
    const plan = site.plan(ref.id);
    return {
      href: planPath(plan.id),
      label: format(ui.doc.labelOf, { label: planLabel(plan), issuer: plan.data.issuer }),
    };
  });
  const directives = data.sourceDirectives.map((ref) => {
    const directive = site.directive(ref.id);
    // A document known only because a plan cites it (or of medium confidence) says so wherever it is named.
    return {
      href: directivePath(directive.id),
      label: textWithCaveat(site, directive, labelAndTitle(summariseDirective(directive))),
    };
  });
  const referenceData =
    data.referenceFacts.length > 0 ? [{ href: SECTIONS.hotlines, label: ui.guidance.referenceFacts }] : [];
  // The box shows the lines the article names, in the order the site ranks hotlines.
  const named = new Set(data.hotlines.map((ref) => ref.id));
  return {
    audience: audienceLabel(guide),
    hotlines: site.hotlines.filter((h) => named.has(h.id)),
    documents: [...plans, ...directives, ...referenceData],
    pages: data.externalSources.map((s) => ({ href: s.url, label: s.label })),
    updated: data.updated,
    card: {
      kicker: ui.nav.guidance,
      title: data.title,
      detail: format(ui.share.cardDetail, { label: ui.guidance.audience, value: audienceLabel(guide) }),
    },
  };
}
