/**
 * The site's keyboard shortcuts: which key does what, and when none does — while the reader
 * types in a field, or with Ctrl, Alt or Meta held (the browser's and the system's own). Shift
 * is allowed: "?" is a shifted key on most layouts.
 */

export type ShortcutAction = 'search' | 'next' | 'previous' | 'abstract' | 'save' | 'open' | 'help';

/** In the order the help dialog lists them. */
export const SHORTCUTS: readonly { key: string; action: ShortcutAction; description: string }[] = [
  { key: 'j', action: 'next', description: 'Next paper in the list' },
  { key: 'k', action: 'previous', description: 'Previous paper in the list' },
  { key: 'a', action: 'abstract', description: "Show or hide the current paper's abstract" },
  { key: 's', action: 'save', description: 'Save or unsave the current paper' },
  { key: 'o', action: 'open', description: 'Open the current paper' },
  { key: '/', action: 'search', description: 'Search papers' },
  { key: '?', action: 'help', description: 'Show these shortcuts' },
];

/** What a key event's target can tell: an element (or none, or a document). */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: KeyTarget | null;
}

const FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTypingIn(target: KeyTarget | null): boolean {
  return target !== null && (target.isContentEditable === true || FIELDS.has(target.tagName ?? ''));
}

export function shortcutFor({ key, ctrlKey, altKey, metaKey, target }: KeyPress): ShortcutAction | undefined {
  if (ctrlKey || altKey || metaKey || isTypingIn(target)) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === key)?.action;
}
