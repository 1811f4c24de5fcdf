import type { APIRoute } from 'astro';
import { getFeeds, SITE_NAME } from '../content.ts';
import { opml } from '../lib/site/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(opml(`${SITE_NAME} feeds`, await getFeeds(site as URL)), { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
