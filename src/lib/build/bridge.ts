/**
 * Every hand-over from the modules Astro's config loads (the integrations, the papers loader) to
 * the pages. `astro build` renders the pages in its own process, but from modules bundled apart:
 * the two sides share no module instance, only `globalThis`. Each hand-over is one property of
 * it, under a global symbol, set and read here alone.
 */
import type { PageRegistry } from './unchanged-pages.ts';

const SUMMARIES = Symbol.for('paper-digest.summaries');
const PAGE_REGISTRY = Symbol.for('paper-digest.page-registry');

const shared = globalThis as { [SUMMARIES]?: ReadonlyMap<string, string>; [PAGE_REGISTRY]?: PageRegistry };

/**
 * From src/integrations/unchanged-pages.ts, for the whole of `astro build` (from
 * `astro:build:start` to `astro:build:done`): which pages the build renders, and every page it has.
 */
export function handOverPageRegistry(registry: PageRegistry | undefined): void {
  shared[PAGE_REGISTRY] = registry;
}

/** The build's page registry; undefined outside `astro build` (in `astro dev` every page renders). */
export function pageRegistry(): PageRegistry | undefined {
  return shared[PAGE_REGISTRY];
}

/**
 * From the papers loader (src/loaders/papers.ts), which reads every paper's file at sync anyway:
 * the summaries lists show, by slug. Kept out of the content store, which every build
 * serializes, bundles and loads again.
 */
export function handOverSummaries(summaries: ReadonlyMap<string, string>): void {
  shared[SUMMARIES] = summaries;
}

/**
 * A paper's summary as the loader handed it over. During `astro build` (while the page registry
 * is handed over) it must be there: a build whose pages do not get the loader's summaries fails.
 * Outside a build, undefined when there is none.
 */
export function handedOverSummary(slug: string): string | undefined {
  const summary = shared[SUMMARIES]?.get(slug);
  if (summary === undefined && pageRegistry() !== undefined) {
    throw new Error(
      shared[SUMMARIES]
        ? `internal error: the papers loader handed over no summary for paper ${slug}`
        : 'internal error: the pages got no summaries from the papers loader (src/loaders/papers.ts hands them over through src/lib/build/bridge.ts)',
    );
  }
  return summary;
}
