import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bibtexEntry, citationKey } from '../../../src/lib/site/bibtex.ts';
import { bibtexRecord, bibtexText } from '../../../src/lib/site/bibtex-record.ts';

const paper = {
  title: 'From Code Foundation Models to Agents',
  date: '2025-11-23',
  authorNames: ['Jian Yang', 'Xianglong Liu'],
  arxiv: '2511.18538',
  url: 'https://example.org/papers/from-code/',
};

test('an arXiv paper is cited with its eprint, its authors joined by "and", its title kept as written', () => {
  assert.equal(
    bibtexEntry(paper),
    '@misc{yang2025code,\n' +
      '  title = {{From Code Foundation Models to Agents}},\n' +
      '  author = {Jian Yang and Xianglong Liu},\n' +
      '  year = {2025},\n' +
      '  eprint = {2511.18538},\n' +
      '  archivePrefix = {arXiv},\n' +
      '  url = {https://arxiv.org/abs/2511.18538},\n' +
      '}\n',
  );
});

test('a paper without an id or names is cited by its page, with a key from its title', () => {
  const entry = bibtexEntry({ title: 'The Art of Scaling', date: '2026-04-13', url: 'https://example.org/p/' });
  assert.match(entry, /^@misc\{paper2026art,\n/);
  assert.match(entry, /\n {2}url = \{https:\/\/example\.org\/p\/\},\n/);
  assert.doesNotMatch(entry, /author|eprint/);
});

test('keys are ASCII letters and digits, the same for the same paper', () => {
  assert.equal(citationKey({ ...paper, authorNames: ['José Müller-Østergaard'] }), 'muellerostergaard2025code');
  assert.equal(citationKey({ ...paper, title: '深度学习' }), 'yang2025');
});

test("TeX's special characters in titles and names are escaped, so any text reads back as written", () => {
  assert.equal(
    bibtexText('50% of {x} & $y_1$ #1 ~ ^ \\'),
    '50\\% of \\textbraceleft{}x\\textbraceright{} \\& \\$y\\_1\\$ \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
  );
  assert.equal(bibtexText('one\n  line'), 'one line');
});

test("a lone brace in a title or a name leaves every field's braces balanced, counted as BibTeX counts them", () => {
  const entry = bibtexRecord('key', {
    title: 'Sets {x of',
    date: '2026-01-01',
    authorNames: ['Ana }Bo'],
    url: 'https://example.org/',
  });
  for (const field of entry.split('\n').filter((line) => line.includes(' = '))) {
    let depth = 0;
    for (const character of field) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0;
      assert.ok(depth >= 0, field);
    }
    assert.equal(depth, 0, field);
  }
});
