/** View models of the hotline page and the printable poster (/duong-day-nong/). */
import { documentLabel, summariseDirective, summarisePlan, type DocLink } from '../documents';
import { ui } from '../i18n';
import { absoluteUrl, SECTIONS } from '../routes';
import { qrCode, type QrCodeModel } from '../share/qr';
import { isNationalLine, type Hotline, type Site } from '../site';

export interface HotlineEntry {
  hotline: Hotline;
  /** The plans and directives that mention the number. */
  mentions: DocLink[];
}

/** The plans and directives that mention a hotline, as links. */
export function hotlineMentions(site: Site, hotline: Hotline): DocLink[] {
  return [
    ...hotline.data.mentionedInPlans.map((ref) => summarisePlan(site.plan(ref.id))),
    ...hotline.data.mentionedInDirectives.map((ref) => summariseDirective(site.directive(ref.id))),
  ].map((d) => ({ href: d.href, label: documentLabel(d) }));
}

export interface HotlinesPageModel {
  /** The national line in service. */
  main: HotlineEntry[];
  emergency: HotlineEntry[];
  /** Local lines, and older numbers the plans still name. */
  other: HotlineEntry[];
  sources: { label: string; url?: string | undefined }[];
}

export function hotlinesPage(site: Site): HotlinesPageModel {
  const entry = (hotline: Hotline): HotlineEntry => ({ hotline, mentions: hotlineMentions(site, hotline) });
  const isEmergency = (h: Hotline) => h.data.emergency;
  return {
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
  /** Local lines in service, with the plan that names each. */
  local: Hotline[];
  /** Where to read more, written for print: host and path; and as a QR code. */
  more: string;
  qr: QrCodeModel;
}

/**
 * The A4 poster: the national line large, the emergency numbers, and the local lines in service.
 * Older numbers are left off on purpose: a poster should point people to the national line.
 */
export function poster(site: Site, origin: URL | undefined): PosterModel {
  const national = site.nationalHotline;
  const page = new URL(absoluteUrl(SECTIONS.hotlines, origin));
  return {
    national,
    facts: [national.data.cost, national.data.hours, ui.hotline.scopes[national.data.scope]].filter(
      (fact): fact is string => Boolean(fact),
    ),
    emergency: site.hotlines.filter((h) => h.data.emergency),
    local: site.hotlines.filter((h) => h.data.scope === 'dia-phuong' && !h.data.superseded),
    more: `${page.host}${page.pathname}`,
    qr: qrCode(page.href),
  };
}
