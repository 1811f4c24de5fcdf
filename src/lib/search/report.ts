/** How `npm run search` prints results in a terminal. */
import { plural, terminalText } from '../common/text.ts';
import { byline } from '../site/byline.ts';
import { askedAuthor } from './asked-author.ts';

export interface SearchResult {
  rank: number;
  title: string;
  /** The paper's own date (its publication), YYYY-MM-DD. */
  date: string;
  /** The day the Daily Papers listed it, YYYY-MM-DD ('' in an index made before it held one). */
  listed: string;
  upvotes: number;
  topics: string[];
  /** The authors' names, when known (empty when the listing gave only their count). */
  authors: string[];
  /** The code repository, when there is one. */
  code: string | null;
  /** Its address in the site. */
  url: string;
  /** Where to open it: the published page (SITE_URL), else the built page's file. */
  link: string;
  excerpt: string;
}

/** `noMatch`: what to say when nothing is found; `query`: the words searched for (an author's name, perhaps). */
export function formatResults(results: readonly SearchResult[], total: number, noMatch: string, query = ''): string {
  if (results.length === 0) return terminalText(noMatch);
  const lines = [`${plural(total, 'paper')} found${total > results.length ? `, showing ${results.length}` : ''}:`];
  for (const { rank, title, date, listed, upvotes, topics, authors, code, link } of results) {
    // As the pages date a card: the listing day first, the paper's own date beside it.
    const dated = listed ? `listed ${listed} · published ${date}` : date;
    const credits = [
      ...(authors.length > 0 ? [byline(authors.length, authors, askedAuthor(authors, query))] : []),
      ...(code === null ? [] : [`code: ${code}`]),
    ];
    // Titles are dump text: one line each, and nothing in them can steer the terminal.
    lines.push(
      `${String(rank).padStart(3)}. ${title.replace(/\n/g, ' ')}`,
      `     ${dated} · ${plural(upvotes, 'upvote')}${topics.length > 0 ? ` · ${topics.join(', ')}` : ''}`,
      ...(credits.length > 0 ? [`     ${credits.join(' · ').replace(/\n/g, ' ')}`] : []),
      `     ${link}`,
    );
  }
  return terminalText(lines.join('\n'));
}
