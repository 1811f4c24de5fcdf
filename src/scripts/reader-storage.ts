/**
 * The reader's state in this browser's localStorage (src/lib/reader/store.ts), for the page
 * scripts: read fresh before each change (another tab may have changed it) and written back.
 * A stored value that cannot be read is reset once, and the page says so.
 */
import { emptyState, parseState, serializeState, STORE_KEY, type ReaderState } from '../lib/reader/store.ts';

function stored(): string | null {
  try {
    return localStorage.getItem(STORE_KEY);
  } catch {
    // Storage refused (a privacy setting): the page works, remembering nothing.
    return null;
  }
}

function store(state: ReaderState): void {
  try {
    localStorage.setItem(STORE_KEY, serializeState(state));
  } catch {
    // Storage refused or full: this page's change is kept until it is left.
  }
}

let noticeShown = false;

/** Said once a page, even when the reset value cannot be replaced (storage full or refused). */
function showResetNotice(): void {
  if (noticeShown) return;
  noticeShown = true;
  const notice = document.createElement('p');
  notice.className = 'reader-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent =
    'Your saved papers, muted topics and last visit could not be read (what this browser kept was damaged or not ours), so they were reset.';
  document.querySelector('main')?.prepend(notice);
}

export function readState(): ReaderState {
  const { state, reset } = parseState(stored());
  if (reset) {
    store(emptyState());
    showResetNotice();
  }
  return state;
}

export function updateState(change: (state: ReaderState) => ReaderState): ReaderState {
  const state = change(readState());
  store(state);
  return state;
}
