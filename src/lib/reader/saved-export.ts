/**
 * Saved papers as a JSON file to keep or to import in another browser, and reading such a file
 * back. An imported file is untrusted: it is taken whole or refused, with the reason.
 */
import { asSavedPaper, type SavedPaper } from './saved-paper.ts';

export const EXPORT_FORMAT = 'paper-digest-saved';
export const EXPORT_VERSION = 1;

export function exportJson(papers: readonly SavedPaper[], now: number): string {
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: new Date(now).toISOString(), papers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `error`: why the file is refused, as the page says it after "Not imported: ". */
export type ImportResult = { papers: SavedPaper[] } | { error: string };

export function parseExport(text: string): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { error: 'the file is not JSON.' };
  }
  const { format, version, papers } = (typeof file === 'object' && file !== null ? file : {}) as Record<
    string,
    unknown
  >;
  if (format !== EXPORT_FORMAT || !Array.isArray(papers))
    return { error: "the file is not an export of Paper Digest's saved papers." };
  if (version !== EXPORT_VERSION)
    return { error: `the export's version (${String(version)}) is not one this site reads.` };
  const read = papers.map(asSavedPaper);
  const bad = read.findIndex((paper) => paper === undefined);
  if (bad >= 0) return { error: `paper ${bad + 1} of the file cannot be read.` };
  return { papers: read as SavedPaper[] };
}
