import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreaIndex, getFeed } from '../../../content.ts';

export const getStaticPaths = (async () =>
  (await getAreaIndex()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  rss(await getFeed(site as URL, { kind: 'areas', slug: params.slug as string }));
