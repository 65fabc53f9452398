import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type Plan } from '../../lib/content';
import { planDocxInThread } from '../../lib/export/docx-threads';
import { planBody } from '../../lib/markdown-loader';

/** Each plan as a Word file, built at build time from that plan's own data and body. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  // Built from the plan alone, so its digest says when to build it again (incremental builds).
  return site.plans.map((plan) => ({ params: { file: plan.id }, props: { plan }, cacheKey: String(plan.digest) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => {
  const { plan } = props;
  // The content store does not keep the plan's Markdown (see markdown-loader.ts): it is read here.
  if (plan.filePath === undefined) throw new Error(`Plan ${plan.id}: the content store gives no file to export`);
  const bytes = await planDocxInThread({ body: await planBody(plan.filePath), data: plan.data });
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
