/** View models of the campaign pages (/chien-dich/). */
import { occurrences } from '../campaign-dates';
import { formatDateSpan, yearOf } from '../dates';
import { planLabel, planLink, summarise, type DocLink, type DocumentSummary } from '../documents';
import { format, ui } from '../i18n';
import { nextOccurrence, nextOccurrenceText, type NextOccurrenceStrings, type Occurrence } from '../next-occurrence';
import { absoluteUrl, campaignPath, campaignPosterPath } from '../routes';
import type { CardModel } from '../share/card';
import { qrCode, type QrCodeModel } from '../share/qr';
import type { Campaign, Hotline, Site } from '../site';
import { TIMELINE_YEARS } from '../timeline';

/** "Lần tới" as built, and what the page's script needs to say it again on the reader's day. */
export interface NextOccurrenceModel {
  text: string;
  /** JSON for `data-next-occurrence`: every occurrence with its dates as shown, and the templates. */
  payload: string;
}

const NEXT_STRINGS: NextOccurrenceStrings = {
  now: ui.campaigns.nowOn,
  next: ui.campaigns.nextOn,
  none: ui.campaigns.noNext,
};

/** `undefined` for a moment no source dates (it has no "next"). */
export function nextOccurrenceModel(list: Occurrence[], today: string): NextOccurrenceModel | undefined {
  if (list.length === 0) return undefined;
  const labelled = list.map((o) => ({ ...o, label: formatDateSpan(o.start, o.end) }));
  return {
    text: nextOccurrenceText(labelled, today, NEXT_STRINGS),
    payload: JSON.stringify({
      list: labelled.map(({ start, end, label }) => ({ start, end, label })),
      ...NEXT_STRINGS,
    }),
  };
}

export interface CampaignListItem {
  campaign: Campaign;
  next?: NextOccurrenceModel | undefined;
}

export const campaignList = (site: Site, today: string): CampaignListItem[] =>
  site.campaigns.map((campaign) => ({
    campaign,
    next: nextOccurrenceModel(occurrences(campaign.data.date, TIMELINE_YEARS), today),
  }));

export interface DatesTable {
  /** Column headings before the themes: the year, then "Ngày", or "Từ" and "Đến" for a moment of several days. */
  headings: string[];
  /** Whether there is a column of yearly themes. */
  themes: boolean;
  rows: { year: number; days: string[]; theme?: { theme: string; note?: string | undefined } | undefined }[];
}

export interface CampaignPageModel {
  description: string;
  next?: NextOccurrenceModel | undefined;
  /** The law that sets the moment, with its caveat. */
  basis?: DocumentSummary | undefined;
  /** The dates of every year shown, with that year's theme where a source gives one. */
  table: DatesTable;
  /** The words offered for sharing, and the plan they are quoted from. */
  share?: { plan: DocLink; quote: string } | undefined;
  /** The plans that organise the moment, with their words. */
  plans: { id: string; link: DocLink; issuer: string; quote: string }[];
  card: CardModel;
  /** The share kit: a message ready to paste, and the poster. */
  kit: { message: string; posterHref: string };
}

function datesTable(dates: Occurrence[], themes: Campaign['data']['yearlyThemes']): DatesTable {
  const isRange = dates.some((o) => o.start !== o.end);
  const { year, from, to, date } = ui.campaigns;
  return {
    headings: isRange ? [year, from, to] : [year, date],
    themes: themes.length > 0,
    rows: dates.map((o) => ({
      year: o.year,
      days: isRange ? [o.start, o.end] : [o.start],
      theme: themes.find((t) => t.year === o.year),
    })),
  };
}

/**
 * The dates to announce: this year's occurrence while it is to come or under way, else next
 * year's (a message shared in November points to next June, not to last). None for a moment no
 * source dates.
 */
const upcoming = (campaign: Campaign, today: string) => {
  const year = yearOf(today);
  const occurrence = nextOccurrence(occurrences(campaign.data.date, [year, year + 1]), today);
  return occurrence && { year: occurrence.year, dates: formatDateSpan(occurrence.start, occurrence.end) };
};

/** The hotline line every campaign message and poster ends with. */
const hotlineLine = (hotline: Hotline) =>
  format(ui.campaigns.kitMessageHotline, {
    lead: ui.hotline.barLead,
    call: format(ui.hotline.call, { number: hotline.data.number }),
    detail: ui.hotline.barDetail,
  });

/**
 * The message a union officer pastes into a group: the moment and its dates this year, the words
 * of the plan the campaign quotes (with the plan named), the hotline, and the page's address.
 */
export function campaignMessage(site: Site, campaign: Campaign, today: string, url: string): string {
  const { data } = campaign;
  const when = upcoming(campaign, today);
  const lines = [
    when
      ? format(ui.campaigns.kitMessageDate, { name: data.name, year: when.year, dates: when.dates })
      : format(ui.campaigns.kitMessageNoDate, { name: data.name, summary: data.summary }),
  ];
  if (data.share)
    lines.push(
      format(ui.campaigns.kitMessageQuote, {
        quote: data.share.quote,
        source: planLabel(site.plan(data.share.plan.id)),
      }),
    );
  lines.push(hotlineLine(site.nationalHotline), url);
  return lines.join('\n');
}

export function campaignPage(
  site: Site,
  campaign: Campaign,
  today: string,
  origin: URL | undefined,
): CampaignPageModel {
  const { data } = campaign;
  const dates = occurrences(data.date, TIMELINE_YEARS);
  const next = nextOccurrenceModel(dates, today);
  return {
    description: `${data.name}: ${data.summary}`,
    next,
    card: { kicker: ui.campaigns.nav, title: data.name, detail: next?.text ?? data.summary },
    kit: {
      message: campaignMessage(site, campaign, today, absoluteUrl(campaignPath(campaign.id), origin)),
      posterHref: campaignPosterPath(campaign.id),
    },
    basis: data.basis ? summarise(site, { collection: 'directives', id: data.basis.id }) : undefined,
    table: datesTable(dates, data.yearlyThemes),
    share: data.share ? { plan: planLink(site.plan(data.share.plan.id)), quote: data.share.quote } : undefined,
    plans: data.plans.map((entry) => {
      const plan = site.plan(entry.plan.id);
      return { id: plan.id, link: planLink(plan), issuer: plan.data.issuer, quote: entry.quote };
    }),
  };
}

export interface CampaignPosterModel {
  name: string;
  /** "Năm 2026" and this year's dates, when a source dates the moment. */
  year?: { label: string; dates: string } | undefined;
  /** This year's theme, where a source gives one. */
  theme?: string | undefined;
  /** The plan's words the campaign offers for sharing, and the plan. */
  quote?: { text: string; source: string } | undefined;
  hotline: Hotline;
  /** The campaign page's address: as printed (host and path), and as a QR code. */
  more: string;
  qr: QrCodeModel;
}

/** The A4 poster of a campaign (/chien-dich/<id>/in/), pointing at the campaign's page. */
export function campaignPoster(
  site: Site,
  campaign: Campaign,
  today: string,
  origin: URL | undefined,
): CampaignPosterModel {
  const { data } = campaign;
  const when = upcoming(campaign, today);
  const url = new URL(absoluteUrl(campaignPath(campaign.id), origin));
  const theme = when && data.yearlyThemes.find((t) => t.year === when.year)?.theme;
  return {
    name: data.name,
    year: when && { label: format(ui.campaigns.posterYear, { year: when.year }), dates: when.dates },
    theme: theme && format(ui.campaigns.posterTheme, { theme }),
    quote: data.share && { text: data.share.quote, source: planLabel(site.plan(data.share.plan.id)) },
    hotline: site.nationalHotline,
    more: `${url.host}${url.pathname}`,
    qr: qrCode(url.href),
  };
}
