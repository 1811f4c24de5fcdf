import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDaysFeed } from '../../content.ts';

export const GET: APIRoute = async ({ site }) => rss(await getDaysFeed(site as URL));
