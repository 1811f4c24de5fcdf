import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const papers = process.env.PAPERS_DIR;
if (!papers) throw new Error('PAPERS_DIR: the collection to build');

export const collections = {
  papers: defineCollection({ loader: glob({ pattern: '*.md', base: pathToFileURL(`${papers}/`) }) }),
};
