/**
 * What a search's history entry keeps of its list as the reader left it: how many results "More"
 * had shown and how far down the page was. Back from a paper brings both again: a browser that
 * does not keep the page itself (no back-forward cache) builds it afresh, with the first results.
 */
export interface KeptView {
  shown: number;
  scrollY: number;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The view an entry's state keeps, if it is one (an entry made by another script holds anything). */
export function keptView(state: unknown): KeptView | undefined {
  const { shown, scrollY } = (state ?? {}) as Partial<Record<keyof KeptView, unknown>>;
  return isCount(shown) && isCount(scrollY) ? { shown, scrollY } : undefined;
}
