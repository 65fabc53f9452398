import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { telHref } from '../../lib/routes';

/** Open data: every hotline (PRODUCT.md contract). */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const hotlines = site.hotlines.map((h) => ({ id: h.id, tel: telHref(h.data.number), ...h.data }));
  return new Response(JSON.stringify(hotlines, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
