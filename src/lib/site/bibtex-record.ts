/**
 * A BibTeX entry from a paper's facts and its key: no Node-only imports, so the saved papers'
 * export in the browser writes the same entries as the paper pages' "Cite" blocks
 * (src/lib/site/bibtex.ts makes the key).
 */
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

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // Not \{ and \}: BibTeX counts those in balancing a field's braces, so a lone one ends the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
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

export function bibtexRecord(key: string, paper: CitedPaper): string {
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
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}
