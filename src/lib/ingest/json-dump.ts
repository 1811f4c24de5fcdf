/**
 * The Daily Papers JSON dump: an array as `GET /api/daily_papers?date=…` returns it, in the
 * 2024 schema or the current one. Each item is a listed paper; this module is every rule that
 * turns one into a dump entry (title, abstract, dates, counts, links), and the reasons an item is
 * refused. Text in it is untrusted like a text dump's: control characters go, URLs other than
 * http(s) are dropped, nothing is interpreted.
 */
import type { PaperDetails } from '../../content.config.ts';
import { arxivId } from './arxiv.ts';
import { compareDays, dayOfInstant, parseIsoDate, toIsoDate, type Day } from '../common/dates.ts';
import { captureDayInName, EARLIEST_YEAR, type Capture, type DatedEntry } from './dump-dates.ts';
import { InputError } from '../common/files.ts';
import { jsonErrorPosition } from '../common/json-syntax.ts';
import { cleanTitle, stripControls, titleKey } from '../common/text.ts';
import { latexTextUnescaped } from './latex-text.ts';

export interface JsonDump {
  /** The latest day an item was listed (else the file name's date, --captured, or today). */
  capture: Capture;
  entries: DatedEntry[];
  /** Items refused: 1-based item number, and why (the arXiv id in it when known). */
  rejected: { item: number; reason: string }[];
}

export interface JsonDumpOptions {
  fileName: string;
  today: Day;
  /** `--captured`: the listing day of items that carry none, when the file name has none either. */
  captured?: Day | undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A listed paper's identity among dumps: its arXiv id when known, else its normalized title. */
export function listedPaperId(entry: Pick<DatedEntry, 'title' | 'details'>): string {
  return entry.details?.arxiv ?? titleKey(entry.title);
}

/** JSON.parse, or an InputError naming the line and column where the text stops being JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = jsonErrorPosition(text);
    const reason = message.replace(/,? (?:\.\.\.)?"[^]*$/, '').replace(/ in JSON at position[^]*$/, '');
    throw new InputError(`line ${line}, column ${column}: not JSON (${reason})`);
  }
}

// A lone UTF-16 surrogate: JSON's \u escapes can spell one, UTF-8 text cannot; URLs and XML refuse it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate replaced by U+FFFD, as a UTF-8 decoder would. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** A single-line text (a title, a name, a keyword), or undefined when there is none. */
function oneLine(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanTitle(wellFormed(value));
  return text === '' ? undefined : text;
}

/** A text with hard line breaks: one line break inside a paragraph is a space, a blank line ends the paragraph. */
export function unwrapLines(text: string): string {
  return stripControls(wellFormed(text).replace(/\r\n?/g, '\n'))
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A count: a non-negative integer, or undefined. */
function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** An absolute http(s) URL, normalized; anything else (`javascript:`, relative, not a URL) is dropped. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = stripControls(value).trim();
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The UTC day of an ISO instant whose date is a real one (not 2024-02-30, which Date rolls over), or undefined. */
function dayOf(value: unknown): Day | undefined {
  if (typeof value !== 'string' || parseIsoDate(value.slice(0, 10)) === undefined) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : dayOfInstant(instant);
}

/** Why an item's `what` cannot be `day`: before EARLIEST_YEAR or after today; undefined when it can. */
function dayOutOfRange(what: string, day: Day, today: Day): string | undefined {
  if (day.year < EARLIEST_YEAR) return `${what} ${toIsoDate(day)} is before ${EARLIEST_YEAR}`;
  if (compareDays(day, today) > 0) return `${what} ${toIsoDate(day)} is after today (${toIsoDate(today)})`;
  return undefined;
}

function keywords(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const words = [...new Set(value.map(oneLine).filter((word) => word !== undefined))];
  return words.length > 0 ? words : undefined;
}

/** The authors' names in order, when every author has one (a list with gaps would misname them). */
function authorNames(authors: readonly unknown[]): string[] | undefined {
  const names = authors.map((author) => (isObject(author) ? oneLine(author.name) : undefined));
  return names.length > 0 && names.every((name) => name !== undefined) ? names : undefined;
}

function organizationName(value: unknown): string | undefined {
  return isObject(value) ? (oneLine(value.fullname) ?? oneLine(value.name)) : undefined;
}

/** The details a paper file keeps, without the ones that are unknown. */
function details(item: Json, paper: Json, authors: readonly unknown[]): PaperDetails {
  const summary = typeof paper.ai_summary === 'string' ? unwrapLines(paper.ai_summary) : '';
  const found: PaperDetails = {
    arxiv: arxivId(paper.id),
    authorNames: authorNames(authors),
    comments: count(item.numComments),
    github: webUrl(paper.githubRepo),
    githubStars: count(paper.githubStars),
    projectPage: webUrl(paper.projectPage),
    organization: organizationName(item.organization) ?? organizationName(paper.organization),
    keywords: keywords(paper.ai_keywords),
    aiSummary: summary === '' ? undefined : summary,
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

/** The day an item was listed: when it was submitted to the listing, else when the listing published it. */
function listingDay(value: unknown): Day | undefined {
  if (!isObject(value)) return undefined;
  return (isObject(value.paper) ? dayOf(value.paper.submittedOnDailyAt) : undefined) ?? dayOf(value.publishedAt);
}

/** The item as an entry, or why it is none; `listed`: the day it was listed, from the item or else the dump. */
function readItem(value: unknown, item: number, listed: Day, today: Day): DatedEntry | string {
  if (!isObject(value)) return 'not an object';
  const paper = value.paper;
  if (!isObject(paper)) return 'no "paper" object';
  const title = oneLine(value.title) ?? oneLine(paper.title);
  if (title === undefined) return 'no title';
  const published = dayOf(paper.publishedAt);
  if (published === undefined) return 'no publication date (paper.publishedAt)';
  const wrongDay = dayOutOfRange('publication date', published, today) ?? dayOutOfRange('listing day', listed, today);
  if (wrongDay !== undefined) return wrongDay;
  const upvotes = paper.upvotes === undefined ? 0 : count(paper.upvotes);
  if (upvotes === undefined) return `upvotes ${JSON.stringify(paper.upvotes)} is not a count`;
  const authors = paper.authors ?? []; // null: JSON's absent
  if (!Array.isArray(authors)) return `authors ${JSON.stringify(paper.authors)} is not a list`;
  return {
    title,
    abstract: typeof paper.summary === 'string' ? latexTextUnescaped(unwrapLines(paper.summary)) : '',
    authors: authors.length,
    upvotes,
    date: toIsoDate(published),
    line: item,
    yearInferred: false,
    captured: toIsoDate(listed),
    details: details(value, paper, authors),
  };
}

/** How a refusal names its item: its number, and its arXiv id when it has one. */
function describeItem(value: unknown, item: number): string {
  const id = isObject(value) && isObject(value.paper) ? arxivId(value.paper.id) : undefined;
  return `item ${item}${id === undefined ? '' : ` (${id})`}`;
}

/** The dump's entries and refused items; not JSON or not an array is an InputError (the caller names the file). */
export function parseJsonDump(text: string, { fileName, today, captured }: JsonDumpOptions): JsonDump {
  const items = parseJson(text.replace(/^\ufeff/, ''));
  if (!Array.isArray(items)) throw new InputError('not a JSON array of listed papers');
  const fromName = captureDayInName(fileName, today);
  const fallback: Capture = fromName
    ? { day: fromName, source: 'file-name', explanation: undefined }
    : captured
      ? { day: captured, source: 'flag', explanation: undefined }
      : { day: today, source: 'assumed', explanation: 'no listing day in the items, the file name or --captured' };
  const entries: DatedEntry[] = [];
  const rejected: JsonDump['rejected'] = [];
  let latest: Day | undefined;
  items.forEach((value: unknown, index) => {
    const listed = listingDay(value);
    const entry = readItem(value, index + 1, listed ?? fallback.day, today);
    if (typeof entry === 'string') {
      rejected.push({ item: index + 1, reason: `${describeItem(value, index + 1)}: ${entry}` });
      return;
    }
    entries.push(entry);
    if (listed && (latest === undefined || compareDays(listed, latest) > 0)) latest = listed;
  });
  const capture: Capture = latest ? { day: latest, source: 'listing', explanation: undefined } : fallback;
  return { capture, entries, rejected };
}
