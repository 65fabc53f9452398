import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { absolute, documentsJson, jsonResponse } from '../../lib/pages/open-data';

/** Open data: every document with its metadata and the citation graph (PRODUCT.md contract). */
export const GET: APIRoute = async ({ site: origin }) =>
  jsonResponse(documentsJson(await loadSite(), absolute(origin)));
