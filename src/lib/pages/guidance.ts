/** View models of the guidance pages (/huong-dan/). */
import { labelAndTitle, planLabel, summariseDirective, type DocLink } from '../documents';
import { format, ui } from '../i18n';
import { directivePath, planPath, SECTIONS } from '../routes';
import type { Guidance, Hotline, Site } from '../site';

/** Who an article is for: "Cha mẹ, CNVCLĐ, Cán bộ công đoàn". */
export const audienceLabel = (guide: Guidance) =>
  guide.data.audience.map((audience) => ui.guidance.audiences[audience]).join(', ');

export interface GuidancePageModel {
  audience: string;
  /** The lines the article names, in hotline order. */
  hotlines: Hotline[];
  /** What the article rests on: plans, directives, and the site's checked reference facts. */
  sources: DocLink[];
}

export function guidancePage(site: Site, guide: Guidance): GuidancePageModel {
  const { data } = guide;
  const named = new Set(data.hotlines.map((ref) => ref.id));
  return {
    audience: audienceLabel(guide),
    hotlines: site.hotlines.filter((h) => named.has(h.id)),
    sources: [
      ...data.sourcePlans.map((ref) => {
        const plan = site.plan(ref.id);
        return {
          href: planPath(plan.id),
          label: format(ui.doc.labelOf, { label: planLabel(plan), issuer: plan.data.issuer }),
        };
      }),
      ...data.sourceDirectives.map((ref) => {
        const directive = site.directive(ref.id);
        return { href: directivePath(directive.id), label: labelAndTitle(summariseDirective(directive)) };
      }),
      ...(data.usesReferenceFacts ? [{ href: SECTIONS.hotlines, label: ui.guidance.referenceFacts }] : []),
    ],
  };
}
