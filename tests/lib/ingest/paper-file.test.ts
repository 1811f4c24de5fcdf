import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import matter from 'gray-matter';
import { paperSchema, type PaperData } from '../../../src/content.config.ts';
import {
  paperBody,
  PaperFileError,
  readPaperFile,
  readPaperIdentity,
  SAFE_MATTER_OPTIONS,
} from '../../../src/lib/ingest/paper-file.ts';
import { InputError } from '../../../src/lib/common/files.ts';
import { paperFile } from '../../helpers/collection.ts';
import { cleanTitle } from '../../../src/lib/common/text.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

/** A paper from a JSON dump and a text dump, with the hostile text in every text field. */
function paper(title: string): PaperData {
  return {
    title,
    date: '2024-02-29',
    arxiv: '2402.01234',
    authors: 2,
    authorNames: [title, 'Ada Lovelace'],
    upvotes: 12,
    comments: 0,
    github: 'https://github.com/example/code',
    githubStars: 41,
    projectPage: 'https://example.org/project/',
    organization: title,
    keywords: [title],
    aiSummary: title,
    area: 'language',
    topics: ['large-language-models'],
    sources: [
      { file: `dumps/${title.slice(0, 20)}.txt`, line: 7, captured: '2026-04-13' },
      { file: 'dumps/hf-2026-04-13.json', item: 3, captured: '2026-04-13' },
    ],
  };
}

const titles = HOSTILE_STRINGS.map(cleanTitle);

test("front matter reads back identically with gray-matter (safe options) and Astro's loader", () => {
  for (const title of titles) {
    const data = paper(title);
    const text = paperFile(data, 'Abstract.');
    assert.deepEqual(readPaperFile(text).data, data, title.slice(0, 40));
    assert.deepEqual(parseFrontmatter(text).frontmatter, data, title.slice(0, 40));
    assert.deepEqual(paperSchema.parse(readPaperFile(text).data), data);
  }
});

test('front matter reads back identically with PyYAML (a YAML 1.1 reader)', () => {
  const texts = titles.map((title) => paperFile(paper(title), ''));
  const python = `
import json, sys, yaml
out = []
for text in json.load(sys.stdin):
    front = text.split('\\n---\\n', 1)[0][4:]
    out.append(yaml.safe_load(front))
json.dump(out, sys.stdout)
`;
  const result = execFileSync('/usr/bin/python3', ['-c', python], { input: JSON.stringify(texts), maxBuffer: 1 << 26 });
  assert.deepEqual(JSON.parse(result.toString()), titles.map(paper));
});

test('dates are quoted strings: no YAML reader makes them Date objects', () => {
  const text = paperFile(paper('Dates'), '');
  assert.match(text, /^date: "2024-02-29"$/m);
  assert.equal(typeof parseFrontmatter(text).frontmatter.date, 'string');
});

test('the schema refuses impossible dates that a YAML reader would accept', () => {
  const data = { ...paper('Impossible'), date: '2023-02-30' };
  assert.equal(paperSchema.safeParse(data).success, false);
  assert.equal(paperSchema.safeParse({ ...paper('Extra'), slug: 'x' }).success, false, 'no key named slug');
});

test('---js front matter: gray-matter runs it by default; our options never do', () => {
  const evil = '---js\n{ title: (globalThis.__ran = true, "pwned") }\n---\nbody';
  const trap = matter(evil);
  assert.equal(trap.data.title, 'pwned', 'the trap is real');
  delete (globalThis as Record<string, unknown>).__ran;
  for (const language of ['js', 'javascript', 'JS', 'Javascript ']) {
    const text = evil.replace('---js', `---${language}`);
    assert.throws(() => matter(text, SAFE_MATTER_OPTIONS), /never evaluated/, language);
    assert.throws(() => readPaperFile(text), /never evaluated/, language);
  }
  assert.equal((globalThis as Record<string, unknown>).__ran, undefined);
});

test('front matter that cannot be read is a PaperFileError naming the file and the line, whichever reads it', () => {
  const text = paperFile(paper('Title'), 'An abstract.');
  const damaged = text.replace(/^title: /m, 'title: [oops ');
  const file = 'content/papers/title.md';
  const named = (error: unknown) => {
    assert.ok(error instanceof PaperFileError && error instanceof InputError);
    assert.equal(error.message, `${file}: line 3: missed comma between flow collection entries`);
    assert.equal(error.file, file);
    return true;
  };
  assert.throws(() => readPaperFile(damaged, file), named);
  assert.throws(() => readPaperIdentity(damaged, file), named);
  assert.throws(() => paperBody(damaged, file), named);
  // The line is the file's, counted from its opening `---`.
  const upvotes = text.split('\n').findIndex((line) => line.startsWith('upvotes: ')) + 1;
  assert.throws(() => readPaperFile(text.replace(/^upvotes: /m, 'upvotes: : '), file), {
    message: new RegExp(`^${file}: line ${upvotes}: `),
  });
  assert.throws(() => readPaperFile(damaged), { message: /^line 3: missed comma/ }, 'unnamed: the line alone');
  assert.throws(() => readPaperFile('---js\n{}\n---\n', file), {
    message: /^content\/papers\/title\.md: refused: .*never evaluated/,
  });
});

test('the body is the escaped abstract; an empty abstract leaves no body', () => {
  assert.match(paperFile(paper('B'), '<b>bold</b>'), /\n---\n\n\\<b\\>bold\\<\/b\\>\n$/);
  assert.match(paperFile(paper('B'), ''), /\n---\n$/);
});

test('the body cut after the front matter is the body gray-matter reads, hostile titles, abstracts and hand edits too', () => {
  const files = [
    ...titles.map((title, i) => paperFile(paper(title), HOSTILE_STRINGS[(i + 1) % HOSTILE_STRINGS.length] ?? '')),
    paperFile(paper('Title'), 'An abstract.\n---\nwith a rule'),
    paperFile(paper('Title'), ''),
    // Edited by hand: another layout, a block scalar whose lines include "---".
    '---\ndate: "2024-02-29"\ntitle: |\n  two\n  ---\n  lines\n---\n\nBody.\n',
  ];
  for (const text of files) assert.equal(paperBody(text), readPaperFile(text).body, text);
});
