/**
 * One paper as one markdown file: YAML front matter and the abstract as an escaped markdown
 * body. The front matter is exactly what js-yaml (the YAML library Astro's loader reads with)
 * dumps with every string double-quoted, on one line, without references — written here
 * directly for the fixed schema (a test compares the two on hostile strings), since 50k dumps
 * through js-yaml were a tenth of an ingest.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { PaperData } from '../../content.config.ts';
import { InputError } from '../common/files.ts';

/** Where the ingest writes the collection, relative to the project root. */
export const PAPERS_DIRECTORY = 'content/papers';

/** The collection the site and its index are built from: PAPERS_DIR (the tests build fixture collections), else PAPERS_DIRECTORY. */
export function collectionToBuild(): string {
  return process.env.PAPERS_DIR || PAPERS_DIRECTORY;
}

function refuseCode(): never {
  throw new Error('refused: front matter in a programming language (---js) is never evaluated');
}

/**
 * gray-matter options that never run code: gray-matter evaluates `---js` / `---javascript`
 * front matter with eval unless both engine names are overridden.
 */
export const SAFE_MATTER_OPTIONS = { engines: { js: refuseCode, javascript: refuseCode } };

// What js-yaml escapes in a double-quoted string: the quote, the backslash, and every code point
// it does not count as printable — C0 and C1 controls, DEL, NBSP, U+2028/U+2029 (which YAML 1.1
// readers such as PyYAML take for line breaks), lone surrogates, U+FEFF, U+FFFE and U+FFFF.
const UNPRINTABLE = /["\\\u0000-\u001f\u007f-\u00a0\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/gu;
// The same, but any surrogate (paired ones are printable): a quick test that nearly all strings pass.
const MAYBE_UNPRINTABLE = /["\\\u0000-\u001f\u007f-\u00a0\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\x85': '\\N',
  '\xa0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return (
    NAMED_ESCAPES[character] ??
    (code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`)
  );
}

/** A string as a double-quoted YAML scalar. */
function quote(text: string): string {
  return `"${MAYBE_UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, escapeCharacter) : text}"`;
}

function integer(value: number): string {
  if (!Number.isInteger(value) || Object.is(value, -0)) throw new Error(`internal error: ${value} is not an integer`);
  return String(value);
}

function blockSequence<T>(items: readonly T[], item: (value: T) => string): string {
  return items.length === 0 ? ' []' : items.map((value) => `\n  - ${item(value)}`).join('');
}

/** `key: value` lines of the fields that are known (the details only a JSON dump gives). */
function optional<T>(key: string, value: T | undefined, write: (value: T) => string): string {
  return value === undefined ? '' : `${key}:${write(value)}\n`;
}

const scalar =
  <T>(write: (value: T) => string) =>
  (value: T) =>
    ` ${write(value)}`;

/**
 * The front matter's YAML, keys in the schema's order: the title, the date and the arXiv id
 * first (what identifies a paper, read from the head alone: readPaperIdentity), the sources last
 * (what the search index leaves out: src/lib/search/shards.ts).
 */
export function frontMatter(data: PaperData): string {
  const { title, date, arxiv, authors, authorNames, upvotes, comments, github, githubStars, projectPage } = data;
  const { organization, keywords, aiSummary, area, topics, sources } = data;
  return (
    `title: ${quote(title)}\ndate: ${quote(date)}\n` +
    optional('arxiv', arxiv, scalar(quote)) +
    `authors: ${integer(authors)}\n` +
    optional('authorNames', authorNames, (names) => blockSequence(names, quote)) +
    `upvotes: ${integer(upvotes)}\n` +
    optional('comments', comments, scalar(integer)) +
    optional('github', github, scalar(quote)) +
    optional('githubStars', githubStars, scalar(integer)) +
    optional('projectPage', projectPage, scalar(quote)) +
    optional('organization', organization, scalar(quote)) +
    optional('keywords', keywords, (words) => blockSequence(words, quote)) +
    optional('aiSummary', aiSummary, scalar(quote)) +
    `area: ${quote(area)}\n` +
    `topics:${blockSequence(topics, quote)}\n` +
    `sources:${blockSequence(sources, (source) => `file: ${quote(source.file)}\n    ${'line' in source ? `line: ${integer(source.line)}` : `item: ${integer(source.item)}`}\n    captured: ${quote(source.captured)}`)}\n`
  );
}

/** The file's text: front matter, then the body (the abstract as markdown). */
export function paperFileText(data: PaperData, body: string): string {
  return `---\n${frontMatter(data)}---\n${body === '' ? '' : `\n${body}\n`}`;
}

/**
 * A paper file whose front matter cannot be read (YAML damaged by hand, code refused): its
 * message names the file and, for YAML, the line — what `npm run index` and the build print.
 */
export class PaperFileError extends InputError {
  /** The file as the reader named it. */
  readonly file: string | undefined;

  constructor(file: string | undefined, line: number | undefined, reason: string) {
    super([file, line === undefined ? undefined : `line ${line}`, reason].filter(Boolean).join(': '));
    this.file = file;
  }
}

/** Why gray-matter could not read the front matter, with the file's line for a YAML error. */
function unreadable(file: string | undefined, error: unknown): PaperFileError {
  const { reason, mark, message } = (error ?? {}) as { reason?: unknown; mark?: { line?: unknown }; message?: unknown };
  // The YAML gray-matter parses starts with the newline after the opening `---`: its line
  // numbers (from 0) are the file's (from 1).
  const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
  return new PaperFileError(file, line, String(typeof reason === 'string' && line !== undefined ? reason : message));
}

/**
 * Reads a paper file's front matter (unvalidated) and body, never running code. `file` names it
 * in the PaperFileError thrown for front matter that cannot be read.
 */
export function readPaperFile(text: string, file?: string): { data: Record<string, unknown>; body: string } {
  let parsed;
  try {
    parsed = matter(text, SAFE_MATTER_OPTIONS);
  } catch (error) {
    throw unreadable(file, error);
  }
  return { data: parsed.data, body: parsed.content };
}

// The head paperFileText writes: the title, date and (when known) arXiv id lines come first, one line each.
const HEAD = /^---\ntitle: ("(?:[^"\\\n]|\\.)*")\ndate: ("\d{4}-\d{2}-\d{2}")\n(?:arxiv: ("[^"\\\n]*")\n)?/;

/**
 * A paper file's markdown body, as readPaperFile gives it: cut after the front matter when the
 * file has the layout paperFileText writes (every string quoted on one line, so no line of the
 * front matter is `---`), otherwise read by gray-matter (`file` naming it, as in readPaperFile).
 */
export function paperBody(text: string, file?: string): string {
  const end = HEAD.test(text) ? text.indexOf('\n---\n', 3) : -1;
  return end >= 0 ? text.slice(end + 5) : readPaperFile(text, file).body;
}

/** What identifies a paper file's paper (unvalidated). */
export interface PaperIdentity {
  title: unknown;
  date: unknown;
  arxiv: unknown;
}

/**
 * Just the title, date and arXiv id of a paper file — what identifies it — read from its first
 * lines when it has the layout paperFileText writes (50k files are read on every run), otherwise
 * from the whole front matter (`file` naming it, as in readPaperFile).
 */
export function readPaperIdentity(text: string, file?: string): PaperIdentity {
  const head = HEAD.exec(text);
  if (head) {
    const arxiv = head[3] === undefined ? '' : `\narxiv: ${head[3]}`;
    return {
      arxiv: undefined,
      ...(yaml.load(`title: ${head[1]}\ndate: ${head[2]}${arxiv}`) as object),
    } as PaperIdentity;
  }
  const { data } = readPaperFile(text, file);
  return { title: data.title, date: data.date, arxiv: data.arxiv };
}
