/**
 * Paper slugs: the file name in content/papers/ and the permalink /papers/<slug>/.
 * Permalinks are forever, so a slug once given is never taken back: existing slugs are kept
 * and new papers only ever get names nobody holds.
 */
import { hash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

export const MAX_SLUG_LENGTH = 80;

/** Lowercase ASCII words joined by single hyphens: no dots, slashes or empty strings. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Device names Windows will not create as files, whatever the extension.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** Cuts a slug to at most `max` characters at a word (hyphen) boundary. */
export function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A single word longer than the limit is cut mid-word: better than nothing.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}

function shortHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 10);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** What asciiWords treats specially; most titles have none of it. */
const SPECIAL = /[&^`']/;

/**
 * What slugify gives a printable-ASCII title, without its transliteration tables (most
 * titles; a test checks the two agree): "&" reads "and", the spacing accents ^ and ` vanish,
 * "Conway's" loses its apostrophe.
 */
function asciiWords(title: string): string {
  const plain = SPECIAL.test(title)
    ? title
        .replaceAll('&', ' and ')
        .replace(/[\^`]/g, '')
        .toLowerCase()
        .replace(/([a-z\d])'([ts])(?![a-z\d])/g, '$1$2')
    : title.toLowerCase();
  return plain.replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '');
}

/** A title as lowercase ASCII words joined by hyphens: NFKC, then transliterated. */
export function slugWords(title: string): string {
  const normalized = title.normalize('NFKC');
  return PRINTABLE_ASCII.test(normalized) ? asciiWords(normalized) : slugify(normalized, { decamelize: false });
}

/**
 * The slug a title asks for, at most `max` characters. A title with no Latin-writable letters
 * (say, only CJK) falls back to a hash of its key.
 */
export function titleSlug(title: string, key: string, max = MAX_SLUG_LENGTH): string {
  const words = slugWords(title);
  const slug = cutAtWord(words, max);
  if (!SLUG_PATTERN.test(slug)) return `paper-${shortHash(key)}`;
  return RESERVED.test(slug) ? `${slug}-paper` : slug;
}

export interface SlugRequest {
  /** The paper's identity (normalized title + date). */
  key: string;
  title: string;
  /** ISO date, used to tell apart papers whose titles give the same slug. */
  date: string;
}

/** The candidates for a paper, in order of preference: title, title-date, title-date-2, … */
function* candidates(request: SlugRequest): Generator<string> {
  yield titleSlug(request.title, request.key);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? request.date : `${request.date}-${n}`;
    yield `${titleSlug(request.title, request.key, MAX_SLUG_LENGTH - suffix.length - 1)}-${suffix}`;
  }
}

/**
 * Gives each paper a unique slug, never one of the `reserved` names (files that are not papers).
 * Papers in `existing` keep theirs; the others take, in order of
 * (date, key), their first candidate nobody holds — so the earliest paper with a title gets the
 * plain slug, and a later namesake gets one with its date appended.
 */
export function assignSlugs(
  requests: Iterable<SlugRequest>,
  existing: ReadonlyMap<string, string>,
  reserved: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const assigned = new Map<string, string>();
  const taken = new Set<string>(reserved);
  const fresh: SlugRequest[] = [];
  for (const request of requests) {
    const slug = existing.get(request.key);
    if (slug !== undefined && !taken.has(slug)) {
      assigned.set(request.key, slug);
      taken.add(slug);
    } else {
      fresh.push(request);
    }
  }
  fresh.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const request of fresh) {
    for (const slug of candidates(request)) {
      if (taken.has(slug)) continue;
      assigned.set(request.key, slug);
      taken.add(slug);
      break;
    }
  }
  return assigned;
}
