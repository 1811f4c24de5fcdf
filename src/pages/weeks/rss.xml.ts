import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getWeeksFeed } from '../../content.ts';

export const GET: APIRoute = async ({ site }) => rss(await getWeeksFeed(site as URL));
