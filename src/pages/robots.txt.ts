import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/pages/open-data';

/** Every page may be indexed; the sitemap lists them all. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
