import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeed } from '../content.ts';

export const GET: APIRoute = async ({ site }) => rss(await getFeed(site as URL));
