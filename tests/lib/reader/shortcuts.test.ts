import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTypingIn, SHORTCUTS, shortcutFor, type KeyPress } from '../../../src/lib/reader/shortcuts.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: { tagName: 'BODY', isContentEditable: false },
  ...more,
});

test('each key does its action', () => {
  assert.deepEqual(
    ['j', 'k', 'a', 's', 'o', '?', '/'].map((key) => shortcutFor(press(key))),
    ['next', 'previous', 'abstract', 'save', 'open', 'help', 'search'],
  );
  assert.equal(shortcutFor(press('x')), undefined);
  assert.equal(shortcutFor(press('J')), undefined, 'Shift+j is not j');
  assert.equal(shortcutFor(press('j', { target: null })), 'next');
});

test('no shortcut fires while typing in a field', () => {
  for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
    assert.equal(shortcutFor(press('s', { target: { tagName, isContentEditable: false } })), undefined, tagName);
  assert.equal(shortcutFor(press('j', { target: { tagName: 'DIV', isContentEditable: true } })), undefined);
  assert.equal(isTypingIn({ tagName: 'A', isContentEditable: false }), false);
  assert.equal(isTypingIn(null), false);
});

test('no shortcut fires with Ctrl, Alt or Meta held; "?" comes with Shift', () => {
  for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const)
    assert.equal(shortcutFor(press('s', { [modifier]: true })), undefined, modifier);
  assert.equal(shortcutFor(press('?')), 'help');
});

test('the help lists every shortcut once', () => {
  const keys = SHORTCUTS.map(({ key }) => key);
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(new Set(SHORTCUTS.map(({ action }) => action)).size, keys.length);
});
