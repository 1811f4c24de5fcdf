/** How `npm run search` prints results in a terminal. */

export interface SearchResult {
  rank: number;
  title: string;
  date: string;
  upvotes: number;
  topics: string[];
  url: string;
  excerpt: string;
}

// Titles are dump text: drop anything that could steer a terminal.
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (text: string) => text.replace(TERMINAL_CONTROL, '');

export function formatResults(results: readonly SearchResult[], total: number): string {
  if (results.length === 0) return 'No papers match.';
  const lines = [`${total} ${total === 1 ? 'paper' : 'papers'} found${total > results.length ? `, showing ${results.length}` : ''}:`];
  for (const { rank, title, date, upvotes, topics, url } of results) {
    lines.push(`${String(rank).padStart(3)}. ${clean(title)}`, `     ${date} · ${upvotes} upvotes${topics.length > 0 ? ` · ${topics.map(clean).join(', ')}` : ''}`, `     ${url}`);
  }
  return lines.join('\n');
}
