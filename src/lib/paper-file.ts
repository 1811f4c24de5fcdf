/**
 * One paper as one markdown file: YAML front matter (written by js-yaml — the YAML library
 * Astro's loader reads with) and the abstract as an escaped markdown body.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { PaperData } from '../content.config.ts';
import { abstractToMarkdown } from './markdown-body.ts';

// Every string double-quoted (a date stays a string, a title "yes" stays a string), on one line
// (no folding, so no line of a title can start with "---"), no anchors; js-yaml escapes the
// characters YAML 1.1 readers (PyYAML) take for line breaks: U+0085, U+2028, U+2029.
const DUMP_OPTIONS: yaml.DumpOptions = { quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true };

function refuseCode(): never {
  throw new Error('refused: front matter in a programming language (---js) is never evaluated');
}

/**
 * gray-matter options that never run code: gray-matter evaluates `---js` / `---javascript`
 * front matter with eval unless both engine names are overridden.
 */
export const SAFE_MATTER_OPTIONS = { engines: { js: refuseCode, javascript: refuseCode } };

/** The file's text: front matter, then the abstract. */
export function renderPaperFile(data: PaperData, abstract: string): string {
  const body = abstractToMarkdown(abstract);
  return `---\n${yaml.dump(data, DUMP_OPTIONS)}---\n${body === '' ? '' : `\n${body}\n`}`;
}

/** Reads a paper file's front matter (unvalidated) and body, never running code. */
export function readPaperFile(text: string): { data: Record<string, unknown>; body: string } {
  const file = matter(text, SAFE_MATTER_OPTIONS);
  return { data: file.data, body: file.content };
}

// The head renderPaperFile writes: the title and date lines come first, one line each.
const HEAD = /^---\ntitle: ("(?:[^"\\\n]|\\.)*")\ndate: ("\d{4}-\d{2}-\d{2}")\n/;

/**
 * Just the title and date of a paper file — what identifies it — read from its first lines
 * when it has the layout renderPaperFile writes (50k files are read on every run), otherwise
 * from the whole front matter.
 */
export function readTitleAndDate(text: string): { title: unknown; date: unknown } {
  const head = HEAD.exec(text);
  if (head) return yaml.load(`title: ${head[1]}\ndate: ${head[2]}`) as { title: unknown; date: unknown };
  const { data } = readPaperFile(text);
  return { title: data.title, date: data.date };
}
