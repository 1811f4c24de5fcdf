/**
 * The reader's state in this browser's localStorage (src/lib/reader/store.ts), for the page
 * scripts: read fresh before each change (another tab may have changed it) and written back.
 * What of the stored value cannot be read is dropped once, and the page says so; so is a change
 * the browser will not keep.
 */
import { parseState, serializeState, unreadNotice, STORE_KEY, type ReaderState } from '../lib/reader/store.ts';

// A change the browser refused to keep (storage full, or turned off): this page reads it back
// instead, so its buttons show what the reader did, until the page is left.
let unkept: string | undefined;

function stored(): string | null {
  if (unkept !== undefined) return unkept;
  try {
    return localStorage.getItem(STORE_KEY);
  } catch {
    // Storage refused (a privacy setting): the page works, remembering nothing.
    return null;
  }
}

/** `noticeIfUnkept`: false for what the page writes of itself (a page view, what it could not read dropped). */
function store(state: ReaderState, noticeIfUnkept: boolean): void {
  const text = serializeState(state);
  try {
    localStorage.setItem(STORE_KEY, text);
    unkept = undefined;
  } catch {
    unkept = text;
    if (noticeIfUnkept)
      showNotice(
        'unkept',
        'This browser did not let the site keep your change (its storage is full or turned off): saved papers, muted topics and visits last only while this page is open.',
      );
  }
}

const shown = new Set<string>();

/** Said once a page. */
function showNotice(kind: 'unread' | 'unkept', text: string): void {
  if (shown.has(kind)) return;
  shown.add(kind);
  const notice = document.createElement('p');
  notice.className = 'reader-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = text;
  document.querySelector('main')?.prepend(notice);
}

export function readState(): ReaderState {
  const { state, ...unread } = parseState(stored());
  const notice = unreadNotice(unread);
  if (notice !== undefined) {
    showNotice('unread', notice);
    store(state, false);
  }
  return state;
}

const followers: ((state: ReaderState) => void)[] = [];

/**
 * Calls `follow` with the state each time another tab changes it: read once for every part of
 * the page that follows it, and only for this site's key.
 */
export function onOtherTabChange(follow: (state: ReaderState) => void): void {
  if (followers.length === 0)
    addEventListener('storage', ({ key }) => {
      // null: the whole storage was cleared.
      if (key !== STORE_KEY && key !== null) return;
      const state = readState();
      for (const each of followers) each(state);
    });
  followers.push(follow);
}

/** `byReader`: false for a change the page makes of itself (a page view). */
export function updateState(change: (state: ReaderState) => ReaderState, byReader = true): ReaderState {
  const state = change(readState());
  store(state, byReader);
  return state;
}
