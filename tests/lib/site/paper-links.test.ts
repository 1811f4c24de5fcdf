import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arxivAbsUrl, arxivPdfUrl, huggingFaceUrl, paperLinks } from '../../../src/lib/site/paper-links.ts';

test('a new-style arXiv id gives its abstract page, its PDF and its Hugging Face page', () => {
  assert.equal(arxivAbsUrl('2410.17243'), 'https://arxiv.org/abs/2410.17243');
  assert.equal(arxivPdfUrl('2410.17243'), 'https://arxiv.org/pdf/2410.17243');
  assert.equal(huggingFaceUrl('2410.17243'), 'https://huggingface.co/papers/2410.17243');
});

test('an old-style id keeps its archive and slash', () => {
  assert.equal(arxivAbsUrl('hep-th/9901001'), 'https://arxiv.org/abs/hep-th/9901001');
  assert.equal(arxivPdfUrl('hep-th/9901001'), 'https://arxiv.org/pdf/hep-th/9901001');
});

test('links come in reading order: arXiv, PDF, Hugging Face, code with its stars, project page', () => {
  const links = paperLinks({
    arxiv: '2511.18538',
    code: { url: 'https://github.com/o/r', stars: 1412 },
    projectPage: 'https://o.github.io/r/',
  });
  assert.deepEqual(
    links.map(({ label }) => label),
    ['arXiv', 'PDF', 'Hugging Face', 'Code', 'Project page'],
  );
  assert.equal(links[3]?.note, '1,412 stars');
});

test('a paper without an id has no arXiv links; one star is singular; no stars, no note', () => {
  assert.deepEqual(paperLinks({}), []);
  assert.equal(paperLinks({ code: { url: 'https://github.com/o/r', stars: 1 } })[0]?.note, '1 star');
  assert.equal(paperLinks({ code: { url: 'https://github.com/o/r' } })[0]?.note, undefined);
});
