import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeed, getTopicIndex } from '../../../content.ts';

export const getStaticPaths = (async () =>
  (await getTopicIndex()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  rss(await getFeed(site as URL, { kind: 'topics', slug: params.slug as string }));
