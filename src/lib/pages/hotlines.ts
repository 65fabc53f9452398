/** View models of the hotline page and the printable poster (/duong-day-nong/). */
import { caveatFor, type Caveat } from '../certainty';
import { documentLabel, planLink, summariseDirective, summarisePlan, type DocLink } from '../documents';
import { format, ui } from '../i18n';
import { absoluteUrl, guidancePath, SECTIONS } from '../routes';
import { qrCode, type QrCodeModel } from '../share/qr';
import { isCallable, isNationalLine, type Hotline, type Site } from '../site';

export interface HotlineEntry {
  hotline: Hotline;
  /** The plans and directives that mention the number. */
  mentions: DocLink[];
  /** Whether the number may be offered as a call: otherwise it is shown as text only. */
  callable: boolean;
  /** For a number known only from a plan: "theo dẫn chiếu tại …" (the plan that names it). */
  caveat?: Caveat | undefined;
}

/**
 * The caveat of a number known only because a plan names it. Emergency numbers (113, 114, 115,
 * medium confidence in FACTS.md) carry none on a page: doubt beside a number to call in an emergency
 * would mislead; the open data keeps their confidence.
 */
export function hotlineCaveat(site: Pick<Site, 'plan'>, hotline: Hotline): Caveat | undefined {
  const { confidence, mentionedInPlans } = hotline.data;
  if (confidence !== 'as-cited') return undefined;
  const plan = mentionedInPlans[0];
  return caveatFor(confidence, plan ? planLink(site.plan(plan.id)) : undefined);
}

/** The article for a child who may be in danger, as a link (home page, hotline page, safety bar). */
export const urgentGuideLink = (site: Pick<Site, 'urgentGuidance'>): DocLink => ({
  href: guidancePath(site.urgentGuidance.id),
  label: site.urgentGuidance.data.title,
});

/** The plans and directives that mention a hotline, as links. */
export function hotlineMentions(site: Site, hotline: Hotline): DocLink[] {
  return [
    ...hotline.data.mentionedInPlans.map((ref) => summarisePlan(site.plan(ref.id))),
    ...hotline.data.mentionedInDirectives.map((ref) => summariseDirective(site.directive(ref.id))),
  ].map((d) => ({ href: d.href, label: documentLabel(d) }));
}

export interface HotlinesPageModel {
  /** What to do when a child may be abused: the article, first on the page. */
  urgentGuide: DocLink;
  /** The national line in service. */
  main: HotlineEntry[];
  emergency: HotlineEntry[];
  /** Local lines, and older numbers the plans still name. */
  other: HotlineEntry[];
  sources: { label: string; url?: string | undefined }[];
}

export function hotlinesPage(site: Site): HotlinesPageModel {
  const entry = (hotline: Hotline): HotlineEntry => ({
    hotline,
    mentions: hotlineMentions(site, hotline),
    callable: isCallable(hotline),
    caveat: hotlineCaveat(site, hotline),
  });
  const isEmergency = (h: Hotline) => h.data.emergency;
  return {
    urgentGuide: urgentGuideLink(site),
    main: site.hotlines.filter(isNationalLine).map(entry),
    emergency: site.hotlines.filter(isEmergency).map(entry),
    other: site.hotlines.filter((h) => !isNationalLine(h) && !isEmergency(h)).map(entry),
    sources: site.hotlines.flatMap((h) => h.data.sources),
  };
}

export interface PosterModel {
  national: Hotline;
  /** Cost, hours and reach of the national line, as far as its entry gives them. */
  facts: string[];
  emergency: Hotline[];
  /** Local lines in service that may be called, with the plan that names each. */
  local: Hotline[];
  /** Where to read more, written for print: host and path; and as a QR code. */
  more: string;
  /** Which numbers the poster leaves off and why, for the screen (empty when it leaves off none). */
  notOnPoster?: string | undefined;
  qr: QrCodeModel;
}

/**
 * The A4 poster: the national line large, the emergency numbers, and the local lines that may be
 * called. Older numbers and numbers FACTS.md marks unverified are left off on purpose: a poster
 * must only carry numbers that connect, and should point people to the national line.
 */
export function poster(site: Site, origin: URL | undefined): PosterModel {
  const national = site.nationalHotline;
  const page = new URL(absoluteUrl(SECTIONS.hotlines, origin));
  const leftOff = site.hotlines.filter((h) => !isCallable(h));
  return {
    national,
    facts: [
      national.data.cost,
      national.data.hours,
      national.data.scope && ui.hotline.scopes[national.data.scope],
    ].filter((fact): fact is string => Boolean(fact)),
    emergency: site.hotlines.filter((h) => h.data.emergency && isCallable(h)),
    local: site.hotlines.filter((h) => h.data.scope === 'dia-phuong' && isCallable(h)),
    more: `${page.host}${page.pathname}`,
    notOnPoster: leftOff.length > 0 ? format(ui.poster.notOnPoster, { national: national.data.number }) : undefined,
    qr: qrCode(page.href),
  };
}
