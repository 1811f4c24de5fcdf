/**
 * The words of many texts, each distinct word described once. Words are what `tokenize`
 * (scoring.ts) finds — runs of letters and digits (`\p{L}\p{N}`) in the text's NFKC form — but
 * found by one pass over the character codes that hashes each word as it goes, so a word seen
 * before costs a table probe, not a regex match, a new string and a Map lookup (50k abstracts
 * are ten million words).
 */

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Beyond ASCII, each code unit's class as it is first met: 0 unknown, 1 word, 2 not. */
const BMP_CLASS = new Uint8Array(0x10000);

/** How many code units of a word character start at `index` (0: not a word character), beyond ASCII. */
function wordWidth(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHARACTER.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  if (BMP_CLASS[code] === 0) BMP_CLASS[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return BMP_CLASS[code] === 1 ? 1 : 0;
}

// FNV-1a over the code units.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class WordTable<Info> {
  /** Each word's description, by id. */
  readonly infos: Info[] = [];
  readonly #words: string[] = [];
  readonly #describe: (word: string) => Info;
  /** Open addressing: a word's id + 1 in the slot its hash leads to (or the next free one), 0 for none. */
  #slots = new Int32Array(1 << 12);
  /** Each word's hash, by id. */
  #hashes = new Int32Array(1 << 11);
  #ids = new Int32Array(1 << 10);

  constructor(describe: (word: string) => Info) {
    this.#describe = describe;
  }

  /** The ids of the words of `text`, in order: a view valid until the next call. */
  scan(text: string): Int32Array {
    const ascii = this.#scan(text, false);
    const count = ascii >= 0 ? ascii : this.#scan(text.normalize('NFKC'), true);
    // Read after scanning: a scan may have grown the buffer.
    return this.#ids.subarray(0, count);
  }

  /** The number of words, or -1 when the text is not ASCII and not yet NFKC-normalized. */
  #scan(text: string, normalized: boolean): number {
    const length = text.length;
    let ids = this.#ids;
    let count = 0;
    let index = 0;
    while (index < length) {
      let code = text.charCodeAt(index);
      let width;
      if (code < 128) {
        if (ASCII_WORD[code] === 0) {
          index++;
          continue;
        }
        width = 1;
      } else if (!normalized) return -1;
      else if ((width = wordWidth(text, index, code)) === 0) {
        index++;
        continue;
      }
      const start = index;
      let hash = FNV_OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), FNV_PRIME);
        index += width;
        if (index >= length) break;
        code = text.charCodeAt(index);
        if (code < 128) {
          if (ASCII_WORD[code] === 0) break;
          width = 1;
        } else if (!normalized) return -1;
        else if ((width = wordWidth(text, index, code)) === 0) break;
      }
      if (count === ids.length) this.#ids = ids = grow(ids, count * 2);
      ids[count++] = this.#find(text, start, index, hash);
    }
    return count;
  }

  /** The id of the word text[start, end), added if it is new. */
  #find(text: string, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const id = (slots[slot] as number) - 1;
      if (id < 0) return this.#add(text.slice(start, end), hash);
      const word = this.#words[id] as string;
      if (this.#hashes[id] === hash && word.length === end - start && text.startsWith(word, start)) return id;
    }
  }

  #add(word: string, hash: number): number {
    const id = this.#words.length;
    this.#words.push(word);
    this.infos.push(this.#describe(word));
    if (id === this.#hashes.length) this.#hashes = grow(this.#hashes, id * 2);
    this.#hashes[id] = hash;
    if (this.#words.length * 2 <= this.#slots.length) this.#place(id);
    else {
      this.#slots = new Int32Array(this.#slots.length * 2);
      for (let placed = 0; placed <= id; placed++) this.#place(placed);
    }
    return id;
  }

  #place(id: number): void {
    const hash = this.#hashes[id] as number;
    const mask = this.#slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = id + 1;
  }
}

function grow(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
