/**
 * A `RelatedReference` (related.ts) as bytes, for the build's cache folder: a JSON header, then
 * the typed arrays as they are in memory, each at a multiple of 8 bytes, so that reading it
 * copies bytes and parses no numbers. A checksum over the header's fields and the arrays makes a
 * damaged file read as none: a reference that is wrong but reused would give wrong lists. The
 * layout is this module's: a file another version of it wrote names other code, and is not read.
 */
import { createHash } from 'node:crypto';
import type { RelatedReference } from './related.ts';

const TYPES = { Int32Array, Float64Array, Uint8Array } as const;

/** The arrays, in file order, and their types. */
const LAYOUT = {
  documentFrequency: 'Int32Array',
  vectorTerms: 'Int32Array',
  vectorWeights: 'Float64Array',
  vectorLengths: 'Uint8Array',
  postingStarts: 'Int32Array',
  postingEnds: 'Int32Array',
  postingPapers: 'Int32Array',
  postingWeights: 'Float64Array',
  best: 'Int32Array',
  bestScores: 'Float64Array',
} as const;

interface ArrayTypes {
  Int32Array: Int32Array;
  Float64Array: Float64Array;
  Uint8Array: Uint8Array;
}
type Arrays = { [name in keyof typeof LAYOUT]: ArrayTypes[(typeof LAYOUT)[name]] };

interface Header {
  /** The key of the code that made the reference (src/lib/build/dependencies.ts): other code's is not reused. */
  code: string;
  key: string;
  stems: string[];
  /** Each array's length, in LAYOUT order. */
  lengths: number[];
  /** SHA-256 of the fields above and of the arrays' bytes. */
  checksum: string;
}

function checksumOf({ code, key, stems, lengths }: Omit<Header, 'checksum'>, arrays: Uint8Array): string {
  return createHash('sha256').update(JSON.stringify({ code, key, stems, lengths })).update(arrays).digest('base64url');
}

const padded = (length: number) => Math.ceil(length / 8) * 8;

export function encodeReference(reference: RelatedReference, code: string): Uint8Array {
  const { key, stems, documentFrequency, vectors, postings, best, bestScores } = reference;
  const arrays: Arrays = {
    documentFrequency,
    vectorTerms: vectors.terms,
    vectorWeights: vectors.weights,
    vectorLengths: vectors.lengths,
    postingStarts: postings.starts,
    postingEnds: postings.ends,
    postingPapers: postings.papers,
    postingWeights: postings.weights,
    best,
    bestScores,
  };
  const inOrder = Object.keys(LAYOUT).map((name) => arrays[name as keyof Arrays]);
  const payload = new Uint8Array(inOrder.reduce((end, array) => end + padded(array.byteLength), 0));
  let at = 0;
  for (const array of inOrder) {
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += padded(array.byteLength);
  }
  const fields = { code, key, stems, lengths: inOrder.map((array) => array.length) };
  const header: Header = { ...fields, checksum: checksumOf(fields, payload) };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = padded(4 + headerBytes.length);
  const bytes = new Uint8Array(start + payload.length);
  new DataView(bytes.buffer).setUint32(0, headerBytes.length, true);
  bytes.set(headerBytes, 4);
  bytes.set(payload, start);
  return bytes;
}

/** The reference in `bytes`, or undefined if they are not one whole, made by `code`. */
export function decodeReference(data: Uint8Array, code: string): RelatedReference | undefined {
  // A plain view: a Buffer's slice would not copy.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  try {
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
    const names = Object.keys(LAYOUT) as (keyof Arrays)[];
    if (header.code !== code || header.lengths.length !== names.length) return undefined;
    const start = padded(4 + headerLength);
    if (header.checksum !== checksumOf(header, bytes.subarray(start))) return undefined;
    const arrays: Partial<Record<keyof Arrays, unknown>> = {};
    let at = start;
    names.forEach((name, i) => {
      const Type = TYPES[LAYOUT[name]];
      const byteLength = (header.lengths[i] as number) * Type.BYTES_PER_ELEMENT;
      // A copy: the data need not be aligned for the type.
      arrays[name] = new Type(bytes.slice(at, at + byteLength).buffer);
      at += padded(byteLength);
    });
    if (at !== bytes.length) return undefined; // cut short, or more than the header says
    const {
      documentFrequency,
      vectorTerms,
      vectorWeights,
      vectorLengths,
      postingStarts,
      postingEnds,
      postingPapers,
      postingWeights,
      best,
      bestScores,
    } = arrays as Arrays;
    return {
      key: header.key,
      stems: header.stems,
      documentFrequency,
      vectors: { terms: vectorTerms, weights: vectorWeights, lengths: vectorLengths },
      postings: { starts: postingStarts, ends: postingEnds, papers: postingPapers, weights: postingWeights },
      best,
      bestScores,
    };
  } catch {
    return undefined;
  }
}
