import type { APIRoute } from 'astro';
import { getFeeds } from '../content.ts';
import { SITE_NAME } from '../lib/site/constants.ts';
import { opml } from '../lib/site/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const { feeds, folders } = await getFeeds(site as URL);
  return new Response(opml(`${SITE_NAME} feeds`, feeds, folders), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
};
