/**
 * A saved paper: what the reader's browser keeps of it to list, cite and export it without its
 * page (which a later build may have removed). Read back from storage and from imported files,
 * so every field is checked: the values end up in links and text on the /saved/ page.
 */

/** A card's `data-cite`: the paper as it is cited (src/lib/reader/card-data.ts writes it). */
export interface CardCite {
  title: string;
  /** The paper's own date, YYYY-MM-DD. */
  date: string;
  /** Its citation key, as its page's "Cite" block has it. */
  key: string;
  arxiv?: string;
  authorNames?: string[];
  /** The title as written, when it has math: what /saved/ typesets (`title` is its text, and makes the key). */
  mathTitle?: string;
}

/** The names a citation lists: none when unknown, or when the list is empty (cards and search results alike). */
export function citedNames(names: readonly string[] | undefined): string[] | undefined {
  return names === undefined || names.length === 0 ? undefined : [...names];
}

/** A card's `data-cite` value: its citation as JSON (a part it lacks, undefined, is left out). */
export function citeAttribute({ title, date, key, arxiv, authorNames, mathTitle }: CardCite): string {
  return JSON.stringify({ title, date, key, arxiv, authorNames, mathTitle });
}

/** A card's reader attributes: `data-slug`, `data-listed`, `data-topics` (slugs, space-separated), `data-cite`. */
export interface CardAttributes {
  slug: string;
  listed: string;
  topics: string;
  cite: string;
}

export interface SavedPaper extends CardCite {
  slug: string;
  /** The day it was listed, YYYY-MM-DD. */
  listed: string;
  /** Its topics' slugs. */
  topics: string[];
  /** When it was saved, in ms since 1970. */
  savedAt: number;
}

/** A paper's or a topic's slug: safe in a URL path. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Za-z0-9]+$/;
// New-style (2401.01234v2) and old-style (hep-th/9901001) arXiv ids.
const ARXIV = /^[A-Za-z0-9.\-/]+$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const matches = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);

function asCite(value: Record<string, unknown>): CardCite | undefined {
  const { title, date, key, arxiv, authorNames, mathTitle } = value;
  if (typeof title !== 'string' || title.trim() === '' || !matches(date, DAY) || !matches(key, KEY)) return undefined;
  if (arxiv !== undefined && !matches(arxiv, ARXIV)) return undefined;
  if (authorNames !== undefined && !isStringList(authorNames)) return undefined;
  return {
    title,
    date,
    key,
    ...(arxiv === undefined ? {} : { arxiv }),
    ...(authorNames === undefined ? {} : { authorNames }),
    // Not the paper's if it is not a string: left out, and the title read as text (see savedCard).
    ...(typeof mathTitle === 'string' ? { mathTitle } : {}),
  };
}

/** `value` as a saved paper, with nothing else; undefined unless every field is as written. */
export function asSavedPaper(value: unknown): SavedPaper | undefined {
  if (!isRecord(value)) return undefined;
  const { slug, listed, topics, savedAt } = value;
  const cite = asCite(value);
  if (!cite || !matches(slug, SLUG) || !matches(listed, DAY) || !isStringList(topics)) return undefined;
  if (!topics.every((topic) => SLUG.test(topic)) || typeof savedAt !== 'number' || !Number.isFinite(savedAt))
    return undefined;
  return { ...cite, slug, listed, topics, savedAt };
}

/** The paper a card (or a paper page's article) describes, saved at `savedAt`; undefined if its attributes are not readable. */
export function savedPaperFromCard(card: CardAttributes, savedAt: number): SavedPaper | undefined {
  let cite: unknown;
  try {
    cite = JSON.parse(card.cite);
  } catch {
    return undefined;
  }
  if (!isRecord(cite)) return undefined;
  const topics = card.topics.split(' ').filter((topic) => topic !== '');
  return asSavedPaper({ ...cite, slug: card.slug, listed: card.listed, topics, savedAt });
}
