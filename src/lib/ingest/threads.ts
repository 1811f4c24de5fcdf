/**
 * Helper threads for `ingest`: reading dumps (parsing, topic scoring, markdown) and writing the
 * files are CPU work and system calls, one dump or one file at a time, so every core can take a
 * share. Each thread, the main one included, keeps the entries of the dumps it read — their
 * abstracts and bodies are most of the data — and hands the main thread only their facts. Once
 * the main thread has merged them into papers and laid out the collection, each thread renders
 * and writes the files whose text it has, then keeps the topics it scored in the cache (and
 * `topics --explain` asks the threads for the abstracts it scores again). The helpers run
 * thread-worker.ts.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PaperData, Taxonomy } from '../../content.config.ts';
import { entryFacts, fileStatus, type EntryFacts, type FileStatus, type PreparedEntry } from './collection.ts';
import type { Day } from '../common/dates.ts';
import { paperFileText } from './paper-file.ts';
import { stagedName } from './journal.ts';
import { compileTaxonomy } from '../topics/scoring.ts';
import {
  readDumpCached,
  readDumpFile,
  writeCacheFile,
  type DumpFile,
  type DumpTopics,
  type TopicCache,
} from './dump-file.ts';
import { displayPath, InputError, textHash, writeFile, WriteError, type FileStat } from '../common/files.ts';
import type { Progress } from '../common/progress.ts';

/** An entry's facts, and where its text is: which thread has it (0: the main one), at which index. */
export type EntryRef = EntryFacts & { thread: number; ref: number };

/** A paper file to render from entry `ref` of a thread, and to write if its text's hash is not `before`. */
export interface PaperFile {
  ref: number;
  name: string;
  data: PaperData;
  /** textHash of the file on disk, if there is one. */
  before: string | undefined;
}

/** A paper file to write, from the entry its text comes from. */
export type PaperToWrite = Omit<PaperFile, 'ref'> & { newest: EntryRef };

/** Where files go: into a folder, under their names (a staging folder) or the temporary names of update `staged` (journal.ts). */
export interface Target {
  folder: string;
  staged?: string | undefined;
  /** The folder the files end up in, which a failure names (default: `folder`). */
  final?: string | undefined;
}

export interface RenderedFile {
  status: FileStatus;
  /** textHash of the file's text. */
  hash: string;
  /** What stat says of the file, if it was written. */
  written: FileStat | undefined;
}

/** What a helper is asked to do. Lists go as JSON: cloning one string is much faster. */
export type Task =
  | {
      kind: 'read';
      files: readonly string[];
      claims: Int32Array;
      captured: Day | undefined;
      today: Day;
      taxonomy: Taxonomy;
      cache: TopicCache | undefined;
    }
  | { kind: 'write'; files: string; target: Target | undefined }
  | { kind: 'keep'; folder: string }
  | { kind: 'abstracts'; refs: readonly number[] }
  | { kind: 'ready' };

type ReadTask = Extract<Task, { kind: 'read' }>;

/** A failure as it crosses from a helper: errors lose their class on the way. */
interface Failure {
  message: string;
  stack: string | undefined;
  /** The user's to fix: input that cannot be used, or a write the system refused. */
  kind: 'input' | 'write' | undefined;
  code: unknown;
}

export type Outcome<T> = { value: T } | { failure: Failure };

export function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { value: work() };
  } catch (error) {
    return {
      failure: {
        message: (error as Error).message,
        stack: (error as Error).stack,
        kind: error instanceof InputError ? 'input' : error instanceof WriteError ? 'write' : undefined,
        code: (error as { code?: unknown }).code,
      },
    };
  }
}

function unwrap<T>(outcome: Outcome<T>): T {
  if ('value' in outcome) return outcome.value;
  const { message, stack, kind, code } = outcome.failure;
  if (kind === 'input') throw new InputError(message);
  if (kind === 'write') throw new WriteError(message, typeof code === 'string' ? code : undefined);
  const error = new Error(message);
  error.stack = stack;
  throw error;
}

/** A dump read, with its entries' facts, and the name of its cache file if the read went through the cache. */
export type ReadDump = DumpFile<EntryRef> & { cacheKey: string | undefined };

/** Each dump a thread read, by index in the task's files. */
export type ReadOutcomes = [index: number, Outcome<ReadDump>][];

/** One thread's part: the entries of the dumps it read, and the topics it scored, to keep in the cache. */
export class ThreadPart {
  readonly #thread: number;
  readonly #entries: PreparedEntry[] = [];
  readonly #scored: { key: string; topics: DumpTopics }[] = [];

  /** `thread`: 0 for the main thread, then the helpers from 1. */
  constructor(thread: number) {
    this.#thread = thread;
  }

  /**
   * Reads dump `claims[0]`, then the next unclaimed one, and so on, until none is left: every
   * thread runs this loop on the same shared counter.
   */
  read(task: ReadTask, onClaim: (index: number) => void = () => {}): ReadOutcomes {
    const taxonomy = compileTaxonomy(task.taxonomy);
    const read: ReadOutcomes = [];
    for (
      let index = Atomics.add(task.claims, 0, 1);
      index < task.files.length;
      index = Atomics.add(task.claims, 0, 1)
    ) {
      onClaim(index);
      read.push([
        index,
        attempt(() => {
          const path = task.files[index] as string;
          const options = { captured: task.captured, today: task.today, taxonomy };
          let file: DumpFile;
          let cacheKey: string | undefined;
          if (task.cache === undefined) file = readDumpFile(path, options);
          else {
            const { scored, ...cached } = readDumpCached(path, options, task.cache);
            ({ file, key: cacheKey } = cached);
            if (scored) this.#scored.push({ key: cacheKey, topics: scored });
          }
          const { dump, ...rest } = file;
          const entries = dump.entries.map((entry) => ({
            ...entryFacts(entry),
            thread: this.#thread,
            ref: this.#entries.push(entry) - 1,
          }));
          return { dump: { ...dump, entries }, ...rest, cacheKey };
        }),
      ]);
    }
    return read;
  }

  /** Renders the files and writes each that changed into the target, if any. */
  write(files: readonly PaperFile[], target: Target | undefined): RenderedFile[] {
    return files.map(({ ref, name, data, before }) => {
      const text = paperFileText(data, (this.#entries[ref] as PreparedEntry).body);
      const hash = textHash(text);
      const status = fileStatus(hash, before);
      return {
        status,
        hash,
        written:
          target && status !== 'unchanged'
            ? writeFile(
                join(target.folder, target.staged === undefined ? name : stagedName(name, target.staged)),
                text,
                join(target.final ?? target.folder, name),
              )
            : undefined,
      };
    });
  }

  /** The abstracts of this thread's entries `refs`. */
  abstracts(refs: readonly number[]): string[] {
    return refs.map((ref) => (this.#entries[ref] as PreparedEntry).abstract);
  }

  /** Writes a cache file of the topics of each dump this thread scored. */
  keep(folder: string): void {
    for (const { key, topics } of this.#scored.splice(0)) writeCacheFile(folder, key, topics);
  }
}

/**
 * The helpers for reading `dumps`: one per core besides this thread's, at most three, and none
 * that would find no dump to read (the threads share the work a dump at a time).
 */
export function helpersFor(dumps: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, 3, dumps - 1));
}

export class Threads {
  readonly #own = new ThreadPart(0);
  readonly #helpers: Worker[];

  /** `helpers`: see helpersFor. */
  constructor(helpers: number) {
    this.#helpers = Array.from(
      { length: helpers },
      (_, h) => new Worker(new URL('./thread-worker.ts', import.meta.url), { workerData: h + 1 }),
    );
  }

  /**
   * Every helper loaded. The ingest does not wait for this: the main thread starts on the dumps
   * at once and helpers join as they are ready. Tests wait, so that every thread takes a share.
   */
  async ready(): Promise<void> {
    await Promise.all(this.#helpers.map((helper) => this.#ask(helper, { kind: 'ready' })));
  }

  /**
   * The helper's answer to the task; a helper that fails or stops instead is an error. (The task
   * is posted at once: a read task must reach the helpers before this thread starts reading.)
   */
  #ask<T>(helper: Worker, task: Task): Promise<T> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) =>
        settle(() => reject(new Error(`internal error: a helper thread stopped (exit code ${code})`)));
      const onMessage = (reply: T) => settle(() => resolve(reply));
      const settle = (then: () => void) => {
        helper.off('error', onError).off('exit', onExit).off('message', onMessage);
        then();
      };
      helper.once('error', onError).once('exit', onExit).once('message', onMessage);
      helper.postMessage(task);
    });
  }

  /**
   * Every dump read, in the order of `files`, through the cache if one is given; the first
   * failure in that order is thrown.
   */
  async readDumps(
    files: readonly string[],
    options: { captured: Day | undefined; today: Day; taxonomy: Taxonomy; progress: Progress; cache?: TopicCache },
  ): Promise<ReadDump[]> {
    const { captured, today, taxonomy, progress, cache } = options;
    const task: ReadTask = {
      kind: 'read',
      files,
      claims: new Int32Array(new SharedArrayBuffer(4)),
      captured,
      today,
      taxonomy,
      cache,
    };
    const replies = this.#helpers.map(
      async (helper) => JSON.parse(await this.#ask<string>(helper, task)) as ReadOutcomes,
    );
    let shown = 0;
    const own = this.#own.read(task, (index) => {
      for (; shown <= index; shown++) progress.tick(displayPath(files[shown] as string));
    });
    const outcomes: Outcome<ReadDump>[] = [];
    for (const [index, outcome] of [own, ...(await Promise.all(replies))].flat()) outcomes[index] = outcome;
    progress.done();
    return outcomes.map(unwrap);
  }

  /**
   * Hands each thread the items whose entries it has (`entryOf`): `own` does this thread's share,
   * `task` makes a helper's. The answers, in the items' order; the first failure is thrown.
   */
  async #byThread<T, A>(
    items: readonly T[],
    entryOf: (item: T) => EntryRef,
    own: (part: ThreadPart, share: T[]) => A[],
    task: (share: T[]) => Task,
  ): Promise<A[]> {
    const shares = [this.#own, ...this.#helpers].map(() => ({ indices: [] as number[], items: [] as T[] }));
    items.forEach((item, index) => {
      const share = shares[entryOf(item).thread] as (typeof shares)[number];
      share.indices.push(index);
      share.items.push(item);
    });
    const replies = this.#helpers.map((helper, h) => this.#ask<Outcome<A[]>>(helper, task(shares[h + 1]?.items ?? [])));
    const answers: A[] = [];
    [attempt(() => own(this.#own, shares[0]?.items ?? [])), ...(await Promise.all(replies))]
      .map(unwrap)
      .forEach((answered, thread) => {
        answered.forEach((answer, i) => (answers[shares[thread]?.indices[i] as number] = answer));
      });
    return answers;
  }

  /** Renders each paper's file in the thread that has its entry, and writes it (see ThreadPart.write). */
  writePapers(papers: readonly PaperToWrite[], target: Target | undefined): Promise<RenderedFile[]> {
    const files = (share: PaperToWrite[]): PaperFile[] =>
      share.map(({ newest, name, data, before }) => ({ ref: newest.ref, name, data, before }));
    return this.#byThread(
      papers,
      ({ newest }) => newest,
      (part, share) => part.write(files(share), target),
      (share) => ({ kind: 'write', files: JSON.stringify(files(share)), target }),
    );
  }

  /** The abstracts of these entries, from the threads that have them. */
  abstracts(entries: readonly EntryRef[]): Promise<string[]> {
    const refs = (share: EntryRef[]) => share.map(({ ref }) => ref);
    return this.#byThread(
      entries,
      (entry) => entry,
      (part, share) => part.abstracts(refs(share)),
      (share) => ({ kind: 'abstracts', refs: refs(share) }),
    );
  }

  /** Each thread writes the cache files of the dumps whose topics it scored into `folder`. */
  async keepScored(folder: string): Promise<void> {
    const replies = this.#helpers.map((helper) => this.#ask<Outcome<void>>(helper, { kind: 'keep', folder }));
    [attempt(() => this.#own.keep(folder)), ...(await Promise.all(replies))].forEach(unwrap);
  }

  close(): void {
    for (const helper of this.#helpers) void helper.terminate();
  }
}
