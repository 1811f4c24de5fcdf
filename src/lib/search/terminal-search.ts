/** `npm run search`: the built site's index searched as the search page searches it, its results as the terminal shows them. */
import { TAXONOMY_FILE } from '../../content.config.ts';
import { InputError } from '../common/files.ts';
import { filterNamesOf } from './paper-records.ts';
import { builtBase, withBuiltIndex } from './pagefind-node.ts';
import { resultText } from './excerpt.ts';
import { AUTHOR_SEPARATOR, pagefindOptions, resolveLabels, type SearchState } from './query.ts';
import type { SearchResult } from './report.ts';
import { resultLink } from './result-link.ts';
import type { SearchOptions } from './search-options.ts';

export async function searchFromTerminal({
  state: given,
  limit,
  dist,
  base: askedBase,
  site,
}: SearchOptions): Promise<{ query: SearchState; total: number; partial?: true; results: SearchResult[] }> {
  // The links go where the build put the pages, unless --base says otherwise.
  const base = askedBase ?? builtBase(dist);
  const names = filterNamesOf(TAXONOMY_FILE);
  const { state, unknown } = resolveLabels(given, names);
  const [area] = unknown.areas;
  if (area !== undefined) throw new InputError(`--area: no area ${JSON.stringify(area)} (give a slug or a name)`);
  if (unknown.topics.length > 0)
    throw new InputError(`unknown topic ${unknown.topics.join(', ')}: see ${TAXONOMY_FILE}`);
  const search = await withBuiltIndex(dist, base, async (index) => {
    // Refused as an unknown topic is: a year no paper is of would only make an empty search.
    if (state.years.length > 0) {
      const years = await index.years();
      const missing = state.years.filter((year) => !years.includes(year));
      if (missing.length > 0)
        throw new InputError(
          `--year: no papers from ${missing.join(', ')} (the index has ${years.join(', ') || 'none'})`,
        );
    }
    return index.search(state.query || null, pagefindOptions(state, names), limit);
  });
  const results: SearchResult[] = search.results.map((data, index) => {
    const { url, meta, filters } = data;
    const { title, excerpt } = resultText(data);
    return {
      rank: index + 1,
      title,
      date: meta.date ?? '',
      listed: meta.listed ?? '',
      upvotes: Number(meta.upvotes ?? 0),
      topics: filters.topic ?? [],
      authors: meta.authors ? meta.authors.split(AUTHOR_SEPARATOR) : [],
      code: meta.code ?? null,
      url,
      link: resultLink(url, { site, dist, base }),
      excerpt: excerpt.map(({ text }) => text).join(''),
    };
  });
  return { query: state, total: search.total, ...(search.partial ? { partial: search.partial } : {}), results };
}
