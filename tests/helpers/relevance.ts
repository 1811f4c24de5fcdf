/**
 * The relevance fixture (tests/fixtures/search-relevance): the hand-written papers of
 * tests/fixtures/topics/ and a few more, as JSON dumps spread over eight years (so over several
 * index shards of very different sizes), some with their authors' names; and the queries, each
 * with the paper that must come first. Its site is the fixture site's pages with this
 * collection's search index in place of their own.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { PAGES_BUILT } from '../../src/lib/search/build-signal.ts';
import { FIXTURES } from './fixtures.ts';
import { ingestQuietly } from './cli.ts';
import type { BuiltSite } from './site.ts';

const RELEVANCE = join(FIXTURES, 'search-relevance');

interface FixturePaper {
  id: string;
  title: string;
  abstract: string;
}

export interface RelevanceQuery {
  query: string;
  /** The ids of the papers one of which must come first. */
  first: string[];
}

const readYaml = <T>(path: string): T => yaml.load(readFileSync(path, 'utf8')) as T;

function fixturePapers(): FixturePaper[] {
  const sets = [
    'topics/labelled.yaml',
    'topics/holdout.yaml',
    'topics/blind.yaml',
    'search-relevance/extra-papers.yaml',
  ];
  return sets.flatMap((set) => readYaml<{ papers: FixturePaper[] }>(join(FIXTURES, set)).papers);
}

export function relevanceQueries(): RelevanceQuery[] {
  const { queries } = readYaml<{ queries: { query: string; first: string | string[] }[] }>(
    join(RELEVANCE, 'queries.yaml'),
  );
  return queries.map(({ query, first }) => ({ query, first: [first].flat() }));
}

/** The papers' titles by id, as results show them. */
export function relevanceTitles(): Map<string, string> {
  return new Map(fixturePapers().map(({ id, title }) => [id, title]));
}

/** A year for each paper, round the eight years; the newest year holds January to April. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** The papers as Daily Papers API items, one dump per year. */
function dumps(): Map<number, unknown[]> {
  const { papers: named, shared } = readYaml<{ papers: Record<string, string[]>; shared: string[] }>(
    join(RELEVANCE, 'authors.yaml'),
  );
  const byYear = new Map<number, unknown[]>();
  for (const [index, { id, title, abstract }] of fixturePapers().entries()) {
    const year = YEARS[index % YEARS.length] as number;
    const month = year === 2026 ? 1 + (Math.floor(index / YEARS.length) % 4) : 1 + ((index * 7) % 12);
    const day = 1 + (index % 27);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const authors =
      named[id] ?? (index % 2 === 0 ? [0, 3, 7].map((step) => shared[(index + step) % shared.length] as string) : []);
    const item = {
      paper: {
        id: `${String(year).slice(2)}${String(month).padStart(2, '0')}.${String(10000 + index)}`,
        authors: authors.map((name) => ({ name })),
        publishedAt: `${date}T12:00:00.000Z`,
        submittedOnDailyAt: `${date}T18:00:00.000Z`,
        title,
        summary: abstract,
        upvotes: (index * 37) % 90,
      },
      title,
    };
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return byYear;
}

/** Builds the relevance site into the empty folder `work`, from the built fixture site's pages. */
export async function buildRelevanceSite(work: string, pages: BuiltSite): Promise<BuiltSite> {
  const dumpFolder = join(work, 'dumps');
  mkdirSync(dumpFolder);
  for (const [year, items] of dumps()) {
    const last = year === 2026 ? '2026-04-30' : `${year}-12-31`;
    writeFileSync(join(dumpFolder, `daily-papers-${last}.json`), JSON.stringify(items));
  }
  const papers = join(work, 'papers');
  const dist = join(work, 'dist');
  await ingestQuietly([dumpFolder], papers);
  cpSync(pages.dist, dist, { recursive: true, filter: (path) => !path.startsWith(join(pages.dist, 'pagefind')) });
  await buildSearchIndex({ dist, papersDir: papers, pages: PAGES_BUILT });
  return { ...pages, dist, papers };
}
