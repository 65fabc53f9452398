/** The search fields of each kind of page on this site (see `fields.ts`), in one place. */
import type { CampaignDate } from '../campaign-dates';
import type { Campaign, Directive, Plan, Program, Site } from '../site';
import { caveatText, entryCaveat, fieldCaveat, type Caveat } from '../certainty';
import { format, ui } from '../i18n';
import { telHref } from '../routes';
import { documentFields, pageFields, type SearchFields } from './fields';

export const planFields = ({ data }: Plan): SearchFields =>
  documentFields({
    kind: ui.doc.kindPlan,
    number: data.number,
    issuer: data.issuer,
    signer: data.signer.name,
    province: data.province,
    issued: data.issued,
    year: data.year,
  });

/** Fields with the entry's caveat (`tc`), when its source gives it with less certainty. */
function withCaveat(fields: SearchFields, caveat: Caveat | undefined): SearchFields {
  if (caveat) fields.meta.tc = caveatText(caveat);
  return fields;
}

/**
 * A document known only as cited, or of medium confidence, says so in the results as on its page;
 * so does a signer a source gives with less certainty.
 */
export function directiveFields(site: Site, directive: Directive): SearchFields {
  const { data } = directive;
  const caveat = fieldCaveat(directive, 'signer');
  const signer =
    data.signer && caveat
      ? format(ui.certainty.withCaveat, { text: data.signer, caveat: caveatText(caveat) })
      : data.signer;
  return withCaveat(documentFields({ ...data, signer }), entryCaveat(site, directive));
}

/** Guidance articles, and the quick-exit page's safety advice, are filed as guidance. */
export const guidanceFields = (): SearchFields => pageFields(ui.nav.guidance);

export const programFields = (site: Site, program: Program): SearchFields =>
  withCaveat(pageFields(ui.search.kindProgram), entryCaveat(site, program));

/**
 * The day a campaign is held, as people type it (`1/6`, `ngày 1 tháng 6`, `15/8 âm lịch`), from its
 * `date`. A month-long campaign is named by its month: its first day belongs to the campaign of
 * that day (`1/6` is Ngày Quốc tế thiếu nhi, which opens Tháng hành động vì trẻ em).
 */
export function campaignDayNames(date: CampaignDate): string[] {
  const dayMonth = (day: number, month: number, suffix = '') => [
    `${day}/${month}${suffix}`,
    `${format(ui.search.dayName, { day, month })}${suffix}`,
  ];
  switch (date.kind) {
    case 'fixed': {
      const [month, day] = date.start.split('-').map(Number) as [number, number];
      return date.end === undefined || date.end === date.start
        ? dayMonth(day, month)
        : [format(ui.search.monthName, { month })];
    }
    case 'lunar':
      return dayMonth(date.day, date.month, ` ${ui.search.lunar}`);
    case 'unfixed':
      return [];
  }
}

export const campaignFields = (campaign: Campaign): SearchFields => {
  const fields = pageFields(ui.campaigns.nav);
  const names = campaignDayNames(campaign.data.date);
  if (names.length > 0) fields.meta.aka = names.join(' · ');
  return fields;
};

/**
 * Numbers as written (0243.525.662) and as dialled (0243525662), so either spelling finds them;
 * and the lines' names (`Tổng đài điện thoại quốc gia bảo vệ trẻ em`), which people search for.
 */
export const hotlinesFields = (site: Site): SearchFields => {
  const fields = pageFields(ui.nav.hotlines, [
    ...new Set(site.hotlines.flatMap((h) => [h.data.number, telHref(h.data.number).slice('tel:'.length)])),
  ]);
  fields.meta.aka = site.hotlines.map((h) => h.data.name).join(' · ');
  return fields;
};

/** Every indexed page's fields, for the search page's filter options. */
export const siteFields = (site: Site): SearchFields[] => [
  ...site.plans.map(planFields),
  ...site.directives.map((directive) => directiveFields(site, directive)),
  ...site.guidance.map(guidanceFields),
  guidanceFields(), // the quick-exit page
  ...site.programs.map((program) => programFields(site, program)),
  ...site.campaigns.map(campaignFields),
  hotlinesFields(site),
];
