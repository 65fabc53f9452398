/** The search fields of each kind of page on this site (see `fields.ts`), in one place. */
import type { Directive, Plan, Site } from '../site';
import { caveatText, fieldCaveat } from '../certainty';
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

/** A signer a source gives with less certainty is shown in results with that caveat, as on the page. */
export function directiveFields(directive: Directive): SearchFields {
  const { data } = directive;
  const caveat = fieldCaveat(directive, 'signer');
  const signer =
    data.signer && caveat
      ? format(ui.certainty.withCaveat, { text: data.signer, caveat: caveatText(caveat) })
      : data.signer;
  return documentFields({ ...data, signer });
}

/** Guidance articles, and the quick-exit page's safety advice, are filed as guidance. */
export const guidanceFields = (): SearchFields => pageFields(ui.nav.guidance);

export const programFields = (): SearchFields => pageFields(ui.search.kindProgram);

export const campaignFields = (): SearchFields => pageFields(ui.campaigns.nav);

/** Numbers as written (0243.525.662) and as dialled (0243525662), so either spelling finds them. */
export const hotlinesFields = (site: Site): SearchFields =>
  pageFields(ui.nav.hotlines, [
    ...new Set(site.hotlines.flatMap((h) => [h.data.number, telHref(h.data.number).slice('tel:'.length)])),
  ]);

/** Every indexed page's fields, for the search page's filter options. */
export const siteFields = (site: Site): SearchFields[] => [
  ...site.plans.map(planFields),
  ...site.directives.map(directiveFields),
  ...site.guidance.map(guidanceFields),
  guidanceFields(), // the quick-exit page
  ...site.programs.map(programFields),
  ...site.campaigns.map(campaignFields),
  hotlinesFields(site),
];
