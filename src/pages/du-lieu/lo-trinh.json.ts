import type { APIRoute } from 'astro';
import { BUILD_TODAY } from '../../lib/build-date';
import { loadSite } from '../../lib/content';
import { absolute, jsonResponse } from '../../lib/pages/open-data';
import { programsJson } from '../../lib/pages/programs';

/** Open data: every program with its period, decision and linked documents (PRODUCT.md contract). */
export const GET: APIRoute = async ({ site: origin }) =>
  jsonResponse(programsJson(await loadSite(), BUILD_TODAY, absolute(origin)));
