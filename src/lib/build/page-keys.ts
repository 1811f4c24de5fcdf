/**
 * The cache keys of the pages an incremental build may leave as they are (src/integrations/unchanged-pages.ts):
 * a page is not rendered again while its key stays the same. A key hashes the digests of the
 * entries a page shows (Astro's content store keeps one per entry: the paper loader's covers the
 * paper's file, whose text gives its summary and abstract) plus whatever else the page prints —
 * so any change of data rebuilds exactly the pages that show it, without serialising every
 * page's props (a cost every build would pay for every page). The code is no part of a page's
 * key: the last build's pages are reused only for the same code (its dependencyKey).
 */
import { hash } from 'node:crypto';

/** A paper as a key sees it: a card shows its paper's file and links to its slug. */
export interface KeyedPaper {
  slug: string;
  /** The content store's digest of its entry. */
  digest: string;
}

/** A neighbouring day, as a day page links to it. */
interface DayLink {
  date: string;
  count: number;
}

function keyOf(parts: readonly (string | number)[]): string {
  return hash('sha256', parts.join('\u0000'), 'base64url').slice(0, 22);
}

const digestsOf = (papers: readonly KeyedPaper[]) => papers.map(({ slug, digest }) => `${slug} ${digest}`);

/**
 * What every page shows besides its papers: the taxonomy's areas and topics (their names and
 * descriptions), from their entries' data — Astro's file() loader gives its entries no digest.
 */
export function siteKey(entries: readonly { id: string; data: unknown }[]): string {
  return keyOf(entries.map(({ id, data }) => `${id} ${JSON.stringify(data)}`));
}

/** A paper's page: the paper and its related papers' cards. */
export function paperPageKey(site: string, paper: KeyedPaper, related: readonly KeyedPaper[]): string {
  return keyOf([site, paper.digest, ...digestsOf(related)]);
}

/**
 * A day's page: its papers' cards, the days before and after it (their dates: its pager names
 * them), and its month's days with their counts (its calendar).
 */
export function dayPageKey(
  site: string,
  date: string,
  previous: string | undefined,
  next: string | undefined,
  papers: readonly KeyedPaper[],
  month: readonly DayLink[],
): string {
  return keyOf([
    site,
    date,
    `${previous}`,
    `${next}`,
    month.map(({ date: day, count }) => `${day} ${count}`).join(' '),
    ...digestsOf(papers),
  ]);
}

/**
 * One page of a paginated list (a topic's, a week's, a month's): its papers' cards, and what its
 * heading and links print (`heading`: the list's key, its count, its neighbours, where the page
 * is among the list's pages).
 */
export function listPageKey(
  site: string,
  heading: readonly (string | number | undefined)[],
  papers: readonly KeyedPaper[],
): string {
  return keyOf([site, ...heading.map(String), ...digestsOf(papers)]);
}
