import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cleanTitle,
  closeBidi,
  plural,
  stripControls,
  SUMMARY_LENGTH,
  summarize,
  terminalText,
  titleKey,
  trimSpace,
} from '../../../src/lib/common/text.ts';

test('ANSI escape sequences go whole, with no residue', () => {
  assert.equal(stripControls('a\u001b[1;31mred\u001b[0m b'), 'ared b');
  assert.equal(stripControls('\u001b]8;;https://x.example\u0007link\u001b]8;;\u001b\\'), 'link');
  assert.equal(stripControls('x\u009b2Jy'), 'xy');
  assert.equal(stripControls('\u001b7saved\u001b8 \u001b(Bascii'), 'saved ascii');
});

test('C0 and C1 controls, DEL and non-characters are removed; tabs become spaces', () => {
  assert.equal(stripControls('a\u0000b\u0007c\u007fd\u0085e\u009ff\ufffeg\uffffh'), 'abcdefgh');
  assert.equal(stripControls('a\tb'), 'a b');
  assert.equal(stripControls('plain text é 中 😀 \u202ex\u202c'), 'plain text é 中 😀 \u202ex\u202c');
});

test('bidirectional formatting left open is closed where its paragraph ends; closers with nothing open are dropped', () => {
  const [RLO, PDF, RLI, PDI] = ['\u202e', '\u202c', '\u2067', '\u2069'];
  assert.equal(closeBidi(`a ${RLO}gnp.exe`), `a ${RLO}gnp.exe${PDF}`);
  assert.equal(closeBidi(`${RLO}one\ntwo`), `${RLO}one${PDF}\ntwo`, 'a paragraph ends at a line break');
  assert.equal(closeBidi(`${RLI}x${RLO}y${PDI}z`), `${RLI}x${RLO}y${PDF}${PDI}z`, 'an isolate closes what it holds');
  assert.equal(closeBidi(`x${PDF}y${PDI}`), 'xy');
  assert.equal(closeBidi(`${RLI}x${PDF}${PDI}`), `${RLI}x${PDI}`, 'a PDF does not close an isolate');
  const balanced = `نماذج ${RLO}RTL${PDF} עברית \u200f`;
  assert.equal(closeBidi(balanced), balanced, 'closed formatting and marks are kept');
  assert.equal(stripControls(`A title${RLO}\u0007`), `A title${RLO}${PDF}`);
  assert.match(
    summarize(`${RLO}${'word '.repeat(60)}`, 40),
    new RegExp(`^${RLO}(word ){5,}word${PDF}…$`),
    'nor a summary',
  );
  assert.equal(titleKey(`A ${RLO}Title${PDF}`), titleKey('a title'));
});

test('trimming knows NBSP and Unicode line separators', () => {
  assert.equal(trimSpace('\u00a0 \u2028text\u00a0\u2029 '), 'text');
});

test('titles are one line with single spaces', () => {
  assert.equal(cleanTitle('  A\t\tB   C\u2028D  '), 'A B C D');
});

test('title keys fold case, compatibility forms and spacing', () => {
  assert.equal(titleKey('Ｆｕｌｌ  Width'), titleKey('full width'));
  assert.notEqual(titleKey('Paper A'), titleKey('Paper B'));
});

test('text for a terminal keeps its lines and printable text, drops what steers a terminal, names bidi controls', () => {
  assert.equal(terminalText('one\ntwo é 中 😀'), 'one\ntwo é 中 😀');
  assert.equal(
    terminalText('a\u001b]0;title\u0007b\u001b[2Jc\td\re\u0085f'),
    'abc def',
    'a tab is a space: words stay apart',
  );
  assert.equal(terminalText('\u202egnp.exe \u2066x\u2069 \u200f'), '<U+202E>gnp.exe <U+2066>x<U+2069> <U+200F>');
  assert.equal(
    terminalText('dumps/\u001b]x.txt:1: cut off\ndumps/b.txt:2: no date'),
    'dumps/x.txt:1: cut off\ndumps/b.txt:2: no date',
    'an OSC never closed swallows nothing',
  );
});

test('a summary is the abstract, or its start cut at a word, never inside a character', () => {
  assert.equal(summarize('Short abstract.'), 'Short abstract.');
  const long = 'word '.repeat(100);
  const cut = summarize(long);
  assert.ok(cut.endsWith('word…') && cut.length <= SUMMARY_LENGTH + 1, cut);
  const emoji = `${'x'.repeat(SUMMARY_LENGTH - 41)}${'😀'.repeat(40)}`;
  assert.doesNotMatch(summarize(emoji), /[\ud800-\udbff]…$/);
  // A cut after a sentence or a clause drops its stop before the ellipsis.
  assert.equal(summarize(`${'a'.repeat(200)}. ${'b'.repeat(100)}`), `${'a'.repeat(200)}…`);
  assert.equal(summarize(`${'a'.repeat(205)}, — ${'b'.repeat(100)}`), `${'a'.repeat(205)}…`);
  assert.equal(summarize('.'.repeat(300)), `${'.'.repeat(SUMMARY_LENGTH - 40)}…`, 'nothing but stops: kept');
});

test('a count reads with its noun, thousands grouped as on the paper page', () => {
  assert.equal(plural(1, 'paper'), '1 paper');
  assert.equal(plural(0, 'entry', 'entries'), '0 entries');
  assert.equal(plural(1234, 'star'), '1,234 stars');
});
