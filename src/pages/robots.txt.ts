import type { APIRoute } from 'astro';
import { urls } from '../lib/site/constants.ts';
import { robotsTxt } from '../lib/site/sitemap.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site as URL, urls.sitemap)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
