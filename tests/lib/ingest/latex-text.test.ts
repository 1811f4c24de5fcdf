import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latexTextUnescaped } from '../../../src/lib/ingest/latex-text.ts';

test("LaTeX's text escapes read as their characters: 95\\% is 95%", () => {
  assert.equal(latexTextUnescaped('up to 99\\% of accuracy, 24.5\\% faster'), 'up to 99% of accuracy, 24.5% faster');
  assert.equal(latexTextUnescaped('R\\&D on \\#1 with snake\\_case'), 'R&D on #1 with snake_case');
  assert.equal(
    latexTextUnescaped('a \\\\ b, \\alpha and \\emph{x}'),
    'a \\\\ b, \\alpha and \\emph{x}',
    'other commands stay',
  );
  assert.equal(latexTextUnescaped('no escapes'), 'no escapes');
});

test('math keeps its escapes, for KaTeX; money is text', () => {
  assert.equal(latexTextUnescaped('$50\\%$ of $x$ and 50\\%'), '$50\\%$ of $x$ and 50%');
  assert.equal(latexTextUnescaped('$$a \\% b$$ then 3\\%'), '$$a \\% b$$ then 3%');
  assert.equal(latexTextUnescaped('costs $5 and 10\\%'), 'costs $5 and 10%');
});
