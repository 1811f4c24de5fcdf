import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { abstractToMarkdown } from '../../../src/lib/ingest/markdown-body.ts';
import { stripControls } from '../../../src/lib/common/text.ts';
import { HOSTILE_STRINGS } from '../../helpers/hostile.ts';

const parser = remark().use(remarkGfm).use(remarkMath);

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

/** The node types a body may contain, and the text a reader sees (math with its `$` dropped). */
function read(markdown: string): { types: Set<string>; paragraphs: string[]; links: string[] } {
  const types = new Set<string>();
  const links: string[] = [];
  const text = (node: Node): string => {
    types.add(node.type);
    if (node.type === 'link') links.push(node.url ?? '');
    if (node.type === 'text' || node.type === 'inlineMath') return node.value ?? '';
    return (node.children ?? []).map(text).join('');
  };
  const root = parser.parse(markdown) as Node;
  const paragraphs = (root.children ?? []).map(text);
  return { types, paragraphs, links };
}

const withoutDollars = (text: string) => text.replace(/\$/g, '');

test('hostile abstracts parse to plain paragraphs whose text is the abstract', () => {
  for (const hostile of HOSTILE_STRINGS) {
    // The parser gives abstracts one paragraph per blank-line block, spaces collapsed.
    const abstract = stripControls(hostile).replace(/\n/g, ' ').replace(/ +/g, ' ').trim();
    const { types, paragraphs } = read(abstractToMarkdown(abstract));
    for (const type of types)
      assert.ok(['paragraph', 'text', 'inlineMath', 'link'].includes(type), `${type} in ${hostile.slice(0, 40)}`);
    assert.equal(paragraphs.length, 1, hostile.slice(0, 40));
    assert.equal(withoutDollars(paragraphs[0] ?? ''), withoutDollars(abstract), hostile.slice(0, 40));
  }
});

test('math stays math for KaTeX; money stays text', () => {
  const { types, paragraphs } = read(abstractToMarkdown('Cost $\\mathcal{O}(n^2)$ vs $$\\sum_i x_i$$.'));
  assert.ok(types.has('inlineMath'));
  assert.equal(paragraphs[0], 'Cost \\mathcal{O}(n^2) vs \\sum_i x_i.');
  assert.equal(read(abstractToMarkdown('It costs $5 and $10.')).types.has('inlineMath'), false);
  assert.equal(abstractToMarkdown('It costs $5 and $10.'), 'It costs \\$5 and \\$10.');
});

test('HTML inside math delimiters never becomes HTML', () => {
  const markdown = abstractToMarkdown('$a\\$<img src=x onerror=alert(1)>$ and $<b>$');
  const root = parser.parse(markdown) as Node;
  assert.equal(JSON.stringify(root).includes('"type":"html"'), false);
});

test('http(s) URLs become links; javascript: and data: never do', () => {
  const { links } = read(
    abstractToMarkdown(
      'Code at https://github.com/org/repo_name. See (https://example.com/a_(b)), javascript:alert(1), data:text/html,x and [x](javascript:alert(2)).',
    ),
  );
  assert.deepEqual(links, ['https://github.com/org/repo_name', 'https://example.com/a_(b)']);
});

test('a URL ends before the brackets and punctuation its sentence closes, however many', () => {
  const links = (text: string) => read(abstractToMarkdown(text)).links;
  assert.deepEqual(links('([see https://x.org/a_(b)_[c]].)'), ['https://x.org/a_(b)_[c]']);
  assert.deepEqual(links(`https://x.org/${')'.repeat(50_000)}`), ['https://x.org/']);
  assert.deepEqual(links(`https://x.org/${'.)]'.repeat(20_000)}`), ['https://x.org/']);
});

test('paragraphs are kept; line-start syntax is neutral', () => {
  const markdown = abstractToMarkdown('# one\n\n> two\n\n1. three\n\n- four');
  assert.deepEqual(read(markdown).paragraphs, ['# one', '> two', '1. three', '- four']);
});

test('markdownToAbstract inverts abstractToMarkdown', async () => {
  const { markdownToAbstract } = await import('../../../src/lib/ingest/markdown-body.ts');
  for (const hostile of [...HOSTILE_STRINGS, 'one\n\ntwo paragraphs', 'see https://x.org/a_b. and \\ and $x$']) {
    const abstract = stripControls(hostile)
      .split(/\n{2,}/)
      .map((p) => p.replace(/[ \t\r\n]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
    assert.equal(markdownToAbstract(abstractToMarkdown(abstract)), abstract, hostile.slice(0, 40));
  }
});
