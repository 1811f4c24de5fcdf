/**
 * What a fetched day does to its dump file. The text written is the items as the API gave them,
 * one JSON array. A re-fetch brings newer upvotes and papers listed since; papers of the dump
 * there that an answer lacks (an API hiccup, a listing trimmed) are kept after the answer's
 * items, so a fetch never takes a paper out of the site nor leaves a new one out. An item that
 * is not a paper is kept as given and named: the ingest refuses it, and the day's papers are
 * published all the same. An answer of items none of which is a paper fails the day.
 */
import type { Day } from '../common/dates.ts';
import { InputError } from '../common/files.ts';
import { plural } from '../common/text.ts';
import { listedPaperId, parseJsonDump } from '../ingest/json-dump.ts';
import { refusedItems } from './fetch-day.ts';

export type DayStatus = 'written' | 'unchanged' | 'empty' | 'failed';

export interface DumpDecision {
  status: DayStatus;
  /** The text to write, when the file is to be (re)written. */
  text?: string;
  /** Papers the API listed for the day. */
  papers: number;
  /** Papers of the dump there that the answer lacks, kept after its items. */
  kept?: number;
  /** A failure that is the dump file's, not the answer's. */
  fileFailed?: true;
  reason?: string;
}

/** The dump's text: the JSON array, as JSON.stringify indents it. */
export function dumpText(items: readonly unknown[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** At most this many papers are named when the answer lacks papers of the dump there. */
const IDS_SHOWN = 5;

/**
 * The decision for a day's `items`, given the text of the dump already at `file` (undefined:
 * none). `fileName` dates items that carry no listing day; `today` bounds papers' dates.
 */
export function decideDump(
  items: readonly unknown[],
  existing: string | undefined,
  { file, fileName, today }: { file: string; fileName: string; today: Day },
): DumpDecision {
  if (items.length === 0)
    return {
      status: 'empty',
      papers: 0,
      reason: `no papers listed for this day; ${existing === undefined ? 'nothing written' : 'the dump there is kept'}`,
    };
  const text = dumpText(items);
  const fetched = parseJsonDump(text, { fileName, today });
  if (fetched.entries.length === 0)
    return { status: 'failed', papers: 0, reason: `no item is a paper: ${refusedItems(fetched.rejected)}` };
  // One bad item does not hold the day back: it stays in the dump, whose ingest refuses and names it.
  const notPapers =
    fetched.rejected.length === 0
      ? undefined
      : `${plural(fetched.rejected.length, 'item')} not a paper, kept for the ingest to refuse: ${refusedItems(fetched.rejected)}`;
  return withNote(decideAgainst(existing, items, text, fetched, { file, fileName, today }), notPapers);
}

/** A decision with a further note after its reason. */
function withNote(decision: DumpDecision, note: string | undefined): DumpDecision {
  if (note === undefined) return decision;
  return { ...decision, reason: decision.reason === undefined ? note : `${decision.reason}; ${note}` };
}

/** The decision for a day's items (`text` as written, `fetched` as read) against the dump there. */
function decideAgainst(
  existing: string | undefined,
  items: readonly unknown[],
  text: string,
  fetched: ReturnType<typeof parseJsonDump>,
  { file, fileName, today }: { file: string; fileName: string; today: Day },
): DumpDecision {
  const papers = fetched.entries.length;
  if (existing === undefined) return { status: 'written', text, papers };
  if (existing === text) return { status: 'unchanged', papers };
  let kept;
  try {
    kept = parseJsonDump(existing, { fileName, today });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      status: 'failed',
      papers,
      fileFailed: true,
      reason: `${file} is there and is not a JSON dump (${error.message}): not replaced`,
    };
  }
  const keptItems = JSON.parse(existing.replace(/^\ufeff/, '')) as unknown[];
  const now = new Set(fetched.entries.map(listedPaperId));
  const lacking = kept.entries.filter((entry) => !now.has(listedPaperId(entry)));
  const merged = dumpText([...items, ...lacking.map(({ line }) => keptItems[line - 1])]);
  const missing = [...new Set(lacking.map(listedPaperId))];
  const shown = missing.slice(0, IDS_SHOWN).join(', ');
  const more = missing.length > IDS_SHOWN ? `, and ${missing.length - IDS_SHOWN} more` : '';
  const keeping = `${plural(missing.length, 'paper')} the API no longer lists (${shown}${more})`;
  // The same items written another way (the API's own text, unindented): nothing new to write.
  if (merged === existing || merged === dumpText(keptItems))
    return missing.length === 0
      ? { status: 'unchanged', papers }
      : { status: 'unchanged', papers, kept: missing.length, reason: `the dump there keeps ${keeping}` };
  return {
    status: 'written',
    text: merged,
    papers,
    kept: missing.length,
    reason:
      missing.length === 0
        ? `replaced the dump there (${plural(kept.entries.length, 'paper')} before)`
        : `updated the dump there, keeping ${keeping}`,
  };
}
