/**
 * The summaries lists show, handed from the papers loader to the pages. The loader reads every
 * paper's file at sync anyway; the pages render later in the same process (Astro's prerenderer)
 * but from modules bundled apart, so the two meet through one property of `globalThis`, as the
 * incremental build's registry does. Kept out of the content store, which every build
 * serializes, bundles and loads again. A page that finds no summary for a paper reads its file.
 */
const SUMMARIES = Symbol.for('paper-digest.summaries');
const shared = globalThis as { [SUMMARIES]?: ReadonlyMap<string, string> };

export function shareSummaries(summaries: ReadonlyMap<string, string>): void {
  shared[SUMMARIES] = summaries;
}

export function sharedSummary(slug: string): string | undefined {
  return shared[SUMMARIES]?.get(slug);
}
