import type { APIRoute } from 'astro';
import { getTopicIndex } from '../content.ts';
import { dayFilterCss } from '../lib/site/day-filter.ts';

export const GET: APIRoute = async () =>
  new Response(dayFilterCss((await getTopicIndex()).map(({ slug }) => slug)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
