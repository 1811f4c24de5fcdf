/** How lists name a paper's authors: the first few, then the count, as the listing does. */
import { plural } from '../common/text.ts';

/** Names shown before the count. */
const SHOWN = 2;

/** Names a paper page shows before the rest, which a reader opens: a hundred would push the abstract off the screen. */
const SHOWN_ON_PAGE = 10;

/** A paper page's authors: the first ones shown, the others (none when only a few are left) behind "and N more". */
export function pageAuthors(names: readonly string[]): { shown: string[]; more: string[] } {
  if (names.length <= SHOWN_ON_PAGE + 2) return { shown: [...names], more: [] };
  return { shown: names.slice(0, SHOWN_ON_PAGE), more: names.slice(SHOWN_ON_PAGE) };
}

/**
 * "Zesen Cheng, Hang Zhang, … 9 authors"; every name when there are few; the count alone when
 * names are unknown. `asked`: a name a search asked for, shown too ("…, … Wei Zhang, … 9 authors").
 */
export function byline(authors: number, names: readonly string[] | undefined, asked?: string): string {
  if (names === undefined || names.length === 0) return plural(authors, 'author');
  if (names.length <= SHOWN + 1) return names.join(', ');
  const first = names.slice(0, SHOWN);
  const also = asked === undefined || first.includes(asked) ? '' : `${asked}, … `;
  return `${first.join(', ')}, … ${also}${plural(names.length, 'author')}`;
}
