/** View models of the campaign pages (/chien-dich/). */
import { occurrences } from '../campaign-dates';
import { formatDateSpan } from '../dates';
import { planLink, summarise, type DocLink, type DocumentSummary } from '../documents';
import { ui } from '../i18n';
import { nextOccurrenceText, type NextOccurrenceStrings, type Occurrence } from '../next-occurrence';
import type { Campaign, Site } from '../site';
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

export function campaignPage(site: Site, campaign: Campaign, today: string): CampaignPageModel {
  const { data } = campaign;
  const dates = occurrences(data.date, TIMELINE_YEARS);
  return {
    description: `${data.name}: ${data.summary}`,
    next: nextOccurrenceModel(dates, today),
    basis: data.basis ? summarise(site, { collection: 'directives', id: data.basis.id }) : undefined,
    table: datesTable(dates, data.yearlyThemes),
    share: data.share ? { plan: planLink(site.plan(data.share.plan.id)), quote: data.share.quote } : undefined,
    plans: data.plans.map((entry) => {
      const plan = site.plan(entry.plan.id);
      return { id: plan.id, link: planLink(plan), issuer: plan.data.issuer, quote: entry.quote };
    }),
  };
}
