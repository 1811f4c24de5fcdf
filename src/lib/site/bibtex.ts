/**
 * A paper as a BibTeX entry, for the "Cite" block and saved papers' export. Keys are stable
 * (first author's family name, year, first word of the title), fields are escaped so that any
 * title or name is read back as written (src/lib/site/bibtex-record.ts), and arXiv papers carry
 * `eprint`. Cards carry the key (src/lib/reader/card-data.ts): making it needs Node.
 */
import { slugWords } from '../ingest/slug.ts';
import { bibtexRecord, type CitedPaper } from './bibtex-record.ts';

// Words a key skips: they say nothing of a title.
const SMALL_WORDS = new Set(
  'a an the on of in for to and or with from via by at as is are towards toward how what why when do does can'.split(
    ' ',
  ),
);

/** `yang2025code`: ASCII letters and digits only, the same for the same paper on every build. */
export function citationKey({ title, date, authorNames }: Omit<CitedPaper, 'url'>): string {
  const family = slugWords(authorNames?.[0]?.split(/\s+/).at(-1) ?? '').replaceAll('-', '');
  const word = slugWords(title)
    .split('-')
    .find((candidate) => candidate.length > 0 && !SMALL_WORDS.has(candidate));
  return `${family || 'paper'}${date.slice(0, 4)}${word ?? ''}`;
}

export function bibtexEntry(paper: CitedPaper): string {
  return bibtexRecord(citationKey(paper), paper);
}
