import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { hotlinesJson, jsonResponse } from '../../lib/pages/open-data';

/** Open data: every hotline (PRODUCT.md contract). */
export const GET: APIRoute = async () => jsonResponse(hotlinesJson(await loadSite()));
