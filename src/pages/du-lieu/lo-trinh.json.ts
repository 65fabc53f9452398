import type { APIRoute } from 'astro';
import { BUILD_TODAY } from '../../lib/build-date';
import { loadSite } from '../../lib/content';
import { programDocuments } from '../../lib/program-documents';
import { directivePath, planPath, programPath } from '../../lib/routes';
import { themeGroupOf } from '../../lib/theme-groups';
import { programRow } from '../../lib/timeline-data';

/** Open data: every program with its period, decision and linked documents (PRODUCT.md contract). */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const url = (path: string) => (origin ? new URL(path, origin).href : path);
  const programs = site.programs.map((program) => {
    const { data } = program;
    const docs = programDocuments(program, site);
    const row = programRow(program, site, BUILD_TODAY);
    return {
      id: program.id,
      url: url(programPath(program.id)),
      name: data.name,
      period: data.period,
      theme: data.theme,
      group: themeGroupOf(data.theme),
      status: row.status,
      statusAsOf: BUILD_TODAY,
      confidence: data.confidence,
      knownFrom: data.knownFrom?.id,
      decision: docs.decision
        ? {
            id: docs.decision.id,
            number: docs.decision.data.number,
            kind: docs.decision.data.kind,
            issued: docs.decision.data.issued,
            issuer: docs.decision.data.issuer,
            url: url(directivePath(docs.decision.id)),
          }
        : null,
      plans: docs.serving.map((p) => ({
        id: p.id,
        number: p.data.number,
        issued: p.data.issued,
        year: p.data.year,
        url: url(planPath(p.id)),
      })),
      citedBy: docs.citing.map((d) => ({
        kind: d.kind,
        number: d.number ?? null,
        issued: d.issued ?? null,
        issuer: d.issuer,
        url: url(d.href),
      })),
      targets: data.targets.map((t) => ({ plan: t.plan.id, text: t.quote })),
      notes: data.notes,
      sources: data.sources,
    };
  });
  return new Response(JSON.stringify(programs, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
