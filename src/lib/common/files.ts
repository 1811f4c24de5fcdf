/** File I/O for the scripts: listing inputs, strict UTF-8 reading, atomic writes. */
import { spawnSync } from 'node:child_process';
import { hash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Every file under `dir`, with its path relative to it (forward slashes) and its size. */
export function listFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ name, stats: statSync(join(dir, name)) }))
    .filter(({ stats }) => stats.isFile())
    .map(({ name, stats }) => ({ path: name.split(sep).join('/'), bytes: stats.size }));
}

/** A hash of a text, to tell whether a file's text is the one expected without keeping either. */
export function textHash(text: string): string {
  // One-shot, without a Hash object: every paper file is hashed on each run, and this is the cheaper call.
  return hash('sha256', text, 'base64url');
}

/** An input the user can act on: names the file and, where it helps, the line. */
export class InputError extends Error {}

/** A write the system refused (no space, no permission, a read-only or busy file system): names the path. */
export class WriteError extends Error {
  /** The system's error code: ENOSPC, EACCES, EROFS, EBUSY… */
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** Runs `write`, turning the system's refusal into a WriteError naming `path` and the reason. */
export function writing<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    // Node's message is "CODE: what happened, call 'path'": the path is named once, in front.
    throw new WriteError(`${displayPath(path)}: cannot write (${String(message).split(',')[0]})`, code);
  }
}

/**
 * Files under each path (a file, or a folder searched recursively) with one of the extensions,
 * sorted. A path that cannot be read, a folder that cannot be listed and a link to nothing are
 * InputErrors naming them.
 */
export function listInputFiles(paths: readonly string[], extensions: readonly string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    const stats = inputStat(path);
    if (stats.isFile()) files.add(path);
    else if (stats.isDirectory()) for (const file of filesUnder(path, extensions)) files.add(file);
  }
  return [...files].sort();
}

/** Files under a folder, searched folder by folder, so a folder that cannot be listed is named itself. */
function filesUnder(folder: string, extensions: readonly string[]): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw unreadable(folder, error);
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    // Links to folders are not followed, as a recursive listing does not follow them.
    if (entry.isDirectory()) return filesUnder(path, extensions);
    return extensions.some((extension) => entry.name.endsWith(extension)) && inputStat(path).isFile() ? [path] : [];
  });
}

function inputStat(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' &&
      lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()
    )
      throw new InputError(`${path}: a link to nothing (its target does not exist)`);
    throw unreadable(path, error);
  }
}

/** The InputError for a path (`shown` as the message names it) that the system refused to read. */
function unreadable(shown: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(
    code === 'ENOENT' ? `${shown}: no such file or folder` : `${shown}: cannot read (${code ?? String(error)})`,
  );
}

/**
 * A path as messages show it and generated files record it, with forward slashes: relative to the
 * working folder when inside it, else absolute (`../../x` would name it only from here).
 */
export function displayPath(path: string): string {
  const inside = relative(process.cwd(), path);
  const outside = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return (outside ? resolve(path) : inside).split(sep).join('/') || '.';
}

/** Refuses a path that is there and is not a folder (an output folder named by mistake as a file). */
export function refuseUnlessFolder(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats !== undefined && !stats.isDirectory()) throw new InputError(`${displayPath(path)}: not a folder`);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file that must be UTF-8; a bad byte is reported with its line number. */
export function readUtf8(path: string): string {
  return decodeUtf8(path, readFileBytes(path));
}

/** A file's bytes; a file that cannot be read is an InputError naming it. */
export function readFileBytes(path: string): Buffer {
  return readBytes(path, () => readFileSync(path));
}

/** readUtf8, and what stat says of the file read (from its open descriptor: no second lookup). */
export function readUtf8WithStat(path: string): { text: string; stat: FileStat } {
  let stat: FileStat | undefined;
  const bytes = readBytes(path, () => {
    const descriptor = openSync(path, 'r');
    try {
      const { size, mtimeMs } = fstatSync(descriptor);
      stat = { size, mtimeMs };
      return readFileSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  });
  return { text: decodeUtf8(path, bytes), stat: stat as FileStat };
}

function readBytes(path: string, read: () => Buffer): Buffer {
  try {
    return read();
  } catch (error) {
    throw unreadable(displayPath(path), error);
  }
}

/** The bytes of file `path` as UTF-8 text; a bad byte is reported with its line number. */
export function decodeUtf8(path: string, bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    // Find the first undecodable line to point at it.
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          UTF8.decode(bytes.subarray(start, index));
        } catch {
          break;
        }
        line++;
        start = index + 1;
      }
    }
    throw new InputError(`${displayPath(path)}:${line}: not valid UTF-8 text`);
  }
}

/** Names of the temporary files writeFileAtomic leaves behind if it is interrupted. */
export const TEMPORARY_FILE = /^\..+\.tmp$/;

/**
 * Writes a file so that readers see the old text or the new, never a mix: the text goes to a
 * temporary file in the same folder, which then replaces the target in one rename.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  writing(path, () => {
    try {
      writeWithStat(temporary, text, true);
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  });
  syncFolder(dirname(path));
}

/** Writes a file, and (`durable`) waits until the disk has it, so that a rename after it cannot outlive it; returns what stat says of it. */
function writeWithStat(path: string, text: string | Uint8Array, durable: boolean): FileStat {
  const descriptor = openSync(path, 'w');
  try {
    writeFileSync(descriptor, text);
    if (durable) fsyncSync(descriptor);
    const { size, mtimeMs } = fstatSync(descriptor);
    return { size, mtimeMs };
  } finally {
    closeSync(descriptor);
  }
}

/** Waits until the disk has a file, or a folder's entries (the files renamed into it or removed from it). */
function flush(path: string): void {
  writing(path, () => {
    const descriptor = openSync(path, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  });
}

/** Waits until the disk has a folder's entries. */
export function syncFolder(folder: string): void {
  flush(folder);
}

/** A file's size and modification time, as the ingest manifest records them. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/**
 * Writes a file nobody reads yet (in a staging folder, or under a temporary name for the file
 * `named`, which a failure names); returns what stat says of it, which a rename keeps.
 * syncWritten, once, makes many such files durable.
 */
export function writeFile(path: string, text: string, named = path): FileStat {
  return writing(named, () => writeWithStat(path, text, false));
}

/**
 * Waits until the disk has `files` (names in `folder`, written by writeFile) and the folder's
 * entries: one flush of the whole file system (`sync -f`, Linux's syncfs) where there is one,
 * which costs far less than a flush per file; else a flush per file.
 */
export function syncWritten(folder: string, files: readonly string[]): void {
  if (files.length === 0) return;
  if (spawnSync('sync', ['-f', folder], { stdio: 'ignore' }).status === 0) return;
  for (const name of files) flush(join(folder, name));
  flush(folder);
}

function stagingPrefix(folder: string): string {
  return `.${basename(folder)}-`;
}

/** Removes the staging folders an interrupted first build left beside `folder`. */
export function removeStaleStaging(folder: string): void {
  const parent = dirname(folder);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(stagingPrefix(folder)) && name.endsWith('.tmp'))
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Creates `folder` with all its files at once: `write` puts them into a staging folder beside
 * it, which is then renamed into place: one rename instead of one per file, and just as atomic.
 * Returns what `write` returns, or undefined, having written nothing, when `folder` exists.
 */
export async function writeFolderAtomic<T>(
  folder: string,
  write: (staging: string) => Promise<T>,
): Promise<T | undefined> {
  // A folder already there (a mount point, say) cannot be replaced by a rename: written file by file.
  if (lstatSync(folder, { throwIfNoEntry: false }) !== undefined) return undefined;
  const staging = join(dirname(folder), `${stagingPrefix(folder)}${randomBytes(6).toString('hex')}.tmp`);
  writing(folder, () => {
    mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(staging);
  });
  try {
    const result = await write(staging);
    syncWritten(staging, readdirSync(staging));
    writing(folder, () => renameSync(staging, folder));
    syncFolder(dirname(folder));
    return result;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Made meanwhile by someone else: written file by file.
    if (error instanceof WriteError && (error.code === 'ENOTEMPTY' || error.code === 'EEXIST')) return undefined;
    throw error;
  }
}
