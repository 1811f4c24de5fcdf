/** How lists name a paper's authors: the first few, then the count, as the listing does. */
import { plural } from '../common/text.ts';

/** Names shown before the count. */
const SHOWN = 2;

/** "Zesen Cheng, Hang Zhang, … 9 authors"; every name when there are few; the count alone when names are unknown. */
export function byline(authors: number, names: readonly string[] | undefined): string {
  if (names === undefined || names.length === 0) return plural(authors, 'author');
  if (names.length <= SHOWN + 1) return names.join(', ');
  return `${names.slice(0, SHOWN).join(', ')}, … ${plural(names.length, 'author')}`;
}
