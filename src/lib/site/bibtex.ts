/**
 * A paper as a BibTeX entry, for the "Cite" block and saved papers' export. Keys are stable
 * (first author's family name, year, first word of the title), fields are escaped so that any
 * title or name is read back as written, and arXiv papers carry `eprint`.
 */
import { slugWords } from '../ingest/slug.ts';
import { arxivAbsUrl } from './paper-links.ts';

export interface CitedPaper {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  authorNames?: readonly string[] | undefined;
  arxiv?: string | undefined;
  /** Where to find it when it has no arXiv id: its page on the site. */
  url: string;
}

// Words a key skips: they say nothing of a title.
const SMALL_WORDS = new Set(
  'a an the on of in for to and or with from via by at as is are towards toward how what why when do does can'.split(
    ' ',
  ),
);

/** `yang2025code`: ASCII letters and digits only, the same for the same paper on every build. */
export function citationKey({ title, date, authorNames }: CitedPaper): string {
  const family = slugWords(authorNames?.[0]?.split(/\s+/).at(-1) ?? '').replaceAll('-', '');
  const word = slugWords(title)
    .split('-')
    .find((candidate) => candidate.length > 0 && !SMALL_WORDS.has(candidate));
  return `${family || 'paper'}${date.slice(0, 4)}${word ?? ''}`;
}

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field's value: TeX's special characters escaped, white space one space. */
export function bibtexText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}&%$#_~^]/g, (character) => SPECIAL[character] ?? character);
}

export function bibtexEntry(paper: CitedPaper): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as they are.
    ['title', `{${bibtexText(paper.title)}}`],
    ...(paper.authorNames && paper.authorNames.length > 0
      ? [['author', paper.authorNames.map(bibtexText).join(' and ')] as [string, string]]
      : []),
    ['year', paper.date.slice(0, 4)],
    ...(paper.arxiv
      ? ([
          ['eprint', paper.arxiv],
          ['archivePrefix', 'arXiv'],
          ['url', arxivAbsUrl(paper.arxiv)],
        ] as [string, string][])
      : [['url', paper.url] as [string, string]]),
  ];
  return `@misc{${citationKey(paper)},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}
