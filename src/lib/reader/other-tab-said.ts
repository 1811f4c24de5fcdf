/**
 * What /saved/ says when another tab changed what it lists, for a screen reader that would not
 * notice cards come and go: "Updated from another tab: 1 paper saved, 2 removed."
 */
import { groupedCount, plural } from '../common/text.ts';

/** The slugs this page last read, and those stored now. */
export interface SlugChange {
  before: readonly string[];
  after: readonly string[];
}

/** How many of `to` are not in `from`. */
const countNew = (from: readonly string[], to: readonly string[]) => to.filter((slug) => !from.includes(slug)).length;

/** "1 paper saved, 2 removed": what came and what went, the noun once; empty when neither did. */
function counted({ before, after }: SlugChange, noun: string, came: string, went: string): string {
  const [cameCount, wentCount] = [countNew(before, after), countNew(after, before)];
  if (cameCount > 0 && wentCount > 0) return `${plural(cameCount, noun)} ${came}, ${groupedCount(wentCount)} ${went}`;
  if (cameCount > 0) return `${plural(cameCount, noun)} ${came}`;
  return wentCount > 0 ? `${plural(wentCount, noun)} ${went}` : '';
}

/** The sentence, or undefined when neither list changed (another tab only counted a page view). */
export function otherTabChangeSaid(saved: SlugChange, muted: SlugChange): string | undefined {
  const parts = [counted(saved, 'paper', 'saved', 'removed'), counted(muted, 'topic', 'muted', 'unmuted')];
  const said = parts.filter((part) => part !== '').join('; ');
  return said === '' ? undefined : `Updated from another tab: ${said}.`;
}
