/** Saved papers for the reader's unit tests. */
import type { SavedPaper } from '../../src/lib/reader/saved-paper.ts';

export function savedPaper(slug: string, savedAt: number, facts: Partial<SavedPaper> = {}): SavedPaper {
  return {
    slug,
    title: `Title of ${slug}`,
    date: '2026-03-02',
    key: `paper2026${slug.replaceAll('-', '')}`,
    listed: '2026-04-13',
    topics: ['theory'],
    savedAt,
    ...facts,
  };
}
