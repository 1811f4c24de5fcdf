/** The collection folder as the ingest finds it: its markdown files, what each holds, what stat says of them. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paperFileKey } from './collection.ts';
import { readPaperFile } from './paper-file.ts';
import { trustedRecord, type FileRecord, type FileStamp } from './manifest.ts';
import { displayPath, readUtf8, readUtf8WithStat, textHash, type FileStat } from '../common/files.ts';

/** The names of the collection's markdown files (none if the folder is not there yet). */
function markdownFiles(out: string): string[] {
  try {
    return readdirSync(out).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
  } catch {
    return [];
  }
}

/** How the ingest manifest records the paths of the collection's files, by name. */
export function recordedPaths(out: string): (name: string) => string {
  const folder = displayPath(out);
  return folder === '.' ? (name) => name : (name) => `${folder}/${name}`;
}

/** The collection on disk: slug → text of each markdown file. */
export function readCollection(out: string): Map<string, string> {
  return new Map(markdownFiles(out).map((name) => [name.slice(0, -3), readUtf8(join(out, name))]));
}

/** The dump files a paper file's sources name (none if its front matter cannot say). */
export function sourceDumps(out: string, slug: string): string[] {
  try {
    const { sources } = readPaperFile(readUtf8(join(out, `${slug}.md`))).data;
    return Array.isArray(sources) ? sources.map((source) => String((source as { file?: unknown }).file)) : [];
  } catch {
    return [];
  }
}

/** A collection file as the ingest lays out and compares with it. */
export interface SurveyedFile {
  /** Its paper's key; undefined for a file that is not a paper. */
  key: string | undefined;
  hash: string;
  stat: FileStat;
}

/**
 * The collection on disk by slug, each file known from its manifest record while stat finds it
 * as recorded, else read: a day's ingest at 50k papers reads only the files that changed.
 */
export function surveyCollection(out: string, records: ReadonlyMap<string, FileRecord>): Map<string, SurveyedFile> {
  const files = new Map<string, SurveyedFile>();
  const recordedPath = recordedPaths(out);
  for (const name of markdownFiles(out)) {
    const path = join(out, name);
    const found = statSync(path, { throwIfNoEntry: false });
    const record =
      found && trustedRecord(records, { path: recordedPath(name), size: found.size, mtimeMs: found.mtimeMs });
    if (record) {
      files.set(name.slice(0, -3), {
        key: record.key,
        hash: record.hash,
        stat: { size: record.size, mtimeMs: record.mtimeMs },
      });
    } else {
      const { text, stat } = readUtf8WithStat(path);
      files.set(name.slice(0, -3), { key: paperFileKey(text), hash: textHash(text), stat });
    }
  }
  return files;
}

export function fileStamp(path: string, recordedPath = displayPath(path)): FileStamp {
  const { size, mtimeMs } = statSync(path);
  return { path: recordedPath, size, mtimeMs };
}

/** The collection folder's markdown files as stat finds them, in the manifest's order. */
export function stampCollection(out: string): FileStamp[] {
  const recordedPath = recordedPaths(out);
  return markdownFiles(out)
    .map((name) => fileStamp(join(out, name), recordedPath(name)))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
