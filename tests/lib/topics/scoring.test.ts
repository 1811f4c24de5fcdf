import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Taxonomy } from '../../../src/content.config.ts';
import { parseTaxonomy } from '../../../src/lib/topics/taxonomy.ts';
import { assignTopics } from '../../helpers/collection.ts';
import {
  compileTaxonomy,
  isAcronym,
  OTHER_TOPIC,
  qualifyingTopics,
  SCORING,
  scorePaper,
  stem,
  topicsWithOther,
} from '../../../src/lib/topics/scoring.ts';

const SHIPPED = parseTaxonomy(
  readFileSync(new URL('../../../content/topics.yaml', import.meta.url), 'utf8'),
  'content/topics.yaml',
);

test('stemming joins word families on both sides', () => {
  const family = (words: string[]) => new Set(words.map(stem));
  assert.equal(family(['quantize', 'quantized', 'quantizing', 'quantization', 'quantizations', 'quantizes']).size, 1);
  assert.equal(family(['prune', 'pruned', 'pruning', 'prunes']).size, 1);
  assert.equal(family(['segment', 'segments', 'segmentation', 'segmented', 'segmenting']).size, 1);
  assert.equal(family(['detect', 'detection', 'detector', 'detectors', 'detecting']).size, 1);
  assert.equal(family(['model', 'models', 'modeling']).size, 1);
  assert.equal(family(['embed', 'embedding', 'embedded']).size, 1);
  assert.equal(family(['distill', 'distillation', 'distilled']).size, 1);
  assert.equal(stem('graphs'), 'graph');
  assert.equal(stem('bias'), 'bias');
  assert.equal(stem('speed'), 'speed');
  assert.equal(stem('fine-tuned'.split('-')[1] ?? ''), stem('tuning'));
  assert.equal(stem('class'), 'class');
  assert.equal(stem('the'), 'the');
});

test('acronyms: two capitals and no spaces', () => {
  for (const phrase of ['LLM', 'GNN', 'KAN', 'CAM', 'RL', 'LoRA', 'Grad-CAM', 'CIFAR-10'])
    assert.ok(isAcronym(phrase), phrase);
  for (const phrase of ['Mamba', 'graph neural network', 'X-ray', 'Faster R-CNN', '3D'])
    assert.ok(!isAcronym(phrase), phrase);
});

const tiny: Taxonomy = {
  llm: { name: 'LLM', description: 'd', phrases: { LLM: 4, 'large language model': 4, 'language model': 3 } },
  kan: { name: 'KAN', description: 'd', phrases: { KAN: 5 } },
  cam: { name: 'CAM', description: 'd', phrases: { CAM: 4, 'class activation map': 5 } },
  quantization: { name: 'Q', description: 'd', phrases: { quantization: 5 } },
  graphs: {
    name: 'G',
    description: 'd',
    phrases: { 'graph neural network': 5, graph: 2 },
    negative: { 'computation graph': 3 },
  },
};
const compiled = compileTaxonomy(tiny);
const topicsOf = (title: string, abstract = '') => qualifyingTopics(scorePaper(compiled, title, abstract));

test('acronyms match case-sensitively as whole words, plural allowed', () => {
  assert.deepEqual(topicsOf('Scaling LLMs'), ['llm']);
  assert.deepEqual(topicsOf('Scaling llms'), []);
  assert.deepEqual(topicsOf('ReLU-KAN for regression'), ['kan']);
  assert.deepEqual(topicsOf('KANSAS weather'), []);
  assert.deepEqual(topicsOf('A camera study'), [], 'CAM is not in camera');
  assert.deepEqual(topicsOf('Eigen-CAM explains'), ['cam']);
});

test('phrases match on word boundaries after stemming', () => {
  assert.deepEqual(topicsOf('Quantized networks'), ['quantization']);
  assert.deepEqual(topicsOf('Quantizing networks'), ['quantization']);
  assert.deepEqual(topicsOf('Nonquantization'), []);
  assert.deepEqual(topicsOf('Large Language Models are few-shot learners'), ['llm']);
});

test('a title match weighs three times an abstract match; repeats count less', () => {
  const inTitle = scorePaper(compiled, 'Quantization', '')[0]?.score;
  const inAbstract = scorePaper(compiled, 'X', 'quantization')[0]?.score;
  const thrice = scorePaper(compiled, 'X', 'quantization quantization quantization quantization')[0]?.score;
  assert.equal(inTitle, 5 * SCORING.titleFactor);
  assert.equal(inAbstract, 5);
  assert.equal(thrice, 10);
});

test('a longer phrase hides the shorter one inside it; negatives subtract', () => {
  const [graphs] = scorePaper(compiled, 'X', 'a graph neural network');
  assert.deepEqual(
    graphs?.phrases.map(({ phrase }) => phrase),
    ['graph neural network'],
  );
  assert.deepEqual(topicsOf('Static computation graph compilation', 'graph graph'), []);
});

test('the threshold and the share of the best score decide; at most three topics', () => {
  assert.deepEqual(topicsOf('A study', 'one graph'), [], 'below the threshold');
  assert.deepEqual(topicsOf('Quantization of LLMs', 'graph'), ['quantization', 'llm']);
  const many = topicsOf('LLM KAN CAM quantization graph neural network');
  assert.equal(many.length, SCORING.maxTopicsPerPaper);
});

test('a paper matching nothing goes to other; the share cap never leaves a paper empty', () => {
  const papers = Array.from({ length: 20 }, (_, i) => ({
    key: `k${i}`,
    title: i < 16 ? `LLM study ${i}` : 'Nothing here',
    abstract: i < 6 ? 'quantization' : '',
  }));
  const assigned = assignTopics(compiled, papers);
  assert.deepEqual(assigned.get('k19'), [OTHER_TOPIC.slug]);
  const llm = [...assigned.values()].filter((topics) => topics.includes('llm')).length;
  // 16 papers match LLM; the cap is 8, but 10 of them have no other topic and keep it.
  assert.equal(llm, 10);
  // Below 20 papers there is no cap.
  const few = assignTopics(compiled, papers.slice(0, 5));
  assert.equal([...few.values()].filter((topics) => topics.includes('llm')).length, 5);
  for (const topics of assigned.values()) assert.ok(topics.length >= 1);
});

test('assignment is deterministic whatever the order', () => {
  const papers = Array.from({ length: 30 }, (_, i) => ({
    key: `k${i}`,
    title: `LLM ${i % 3 ? 'quantization' : 'graph neural network'}`,
    abstract: `paper ${i}`,
  }));
  const forward = assignTopics(compiled, papers);
  const backward = assignTopics(compiled, [...papers].reverse());
  assert.deepEqual([...forward].sort(), [...backward].sort());
});

test('the shipped taxonomy is valid, has 30+ topics, and its sample topics: <10% other, no topic over 40%', async () => {
  assert.ok(Object.keys(SHIPPED).length >= 30);
  const { parseDump } = await import('../../../src/lib/ingest/dump-parser.ts');
  const { dateDump } = await import('../../../src/lib/ingest/dump-dates.ts');
  const sample = readFileSync(new URL('../../../content/dumps/daily-papers-2026-04-13.txt', import.meta.url), 'utf8');
  const { entries } = dateDump(parseDump(sample), {
    fileName: 'daily-papers-2026-04-13.txt',
    today: { year: 2026, month: 11, day: 24 },
  });
  const assigned = [
    ...assignTopics(
      compileTaxonomy(SHIPPED),
      entries.map((entry, i) => ({ key: String(i), ...entry })),
    ).values(),
  ];
  const share = (topic: string) => assigned.filter((topics) => topics.includes(topic)).length / assigned.length;
  assert.ok(share(OTHER_TOPIC.slug) < 0.1, `other: ${share(OTHER_TOPIC.slug)}`);
  for (const topic of Object.keys(SHIPPED)) assert.ok(share(topic) <= SCORING.maxShareOfPapers, topic);
});

test('a bad taxonomy gets an error naming the topic and field', () => {
  assert.throws(
    () => parseTaxonomy('llm:\n  name: x\n  description: y\n  phrases:\n    foo: "3"\n', 't.yaml'),
    /t\.yaml: topic "llm", field phrases\."foo": .*expected number/,
  );
  assert.throws(
    () => parseTaxonomy('llm:\n  name: x\n  phrases: {a: 1}\n', 't.yaml'),
    /topic "llm", field description/,
  );
  assert.throws(
    () => parseTaxonomy('llm:\n  name: x\n  description: y\n  phrases: {}\n', 't.yaml'),
    /topic "llm", field phrases: a topic needs at least one phrase/,
  );
  assert.throws(
    () => parseTaxonomy('Bad Slug:\n  name: x\n  description: d\n  phrases: {a: 1}\n', 't.yaml'),
    /topic "Bad Slug": a topic slug is lowercase/,
  );
  assert.throws(
    () => parseTaxonomy('other:\n  name: x\n  description: d\n  phrases: {a: 1}\n', 't.yaml'),
    /"other" is reserved/,
  );
  assert.throws(() => parseTaxonomy('a:\n  name: x\n  name: y\n', 't.yaml'), /t\.yaml:3: duplicated mapping key/);
  assert.throws(() => parseTaxonomy('a: [', 't.yaml'), /t\.yaml:\d+:/);
});

test('overlapping matches in a long abstract: each longer phrase hides the shorter inside it', () => {
  // Many repeats, so that a pass quadratic in the matches would show; speed itself is for the benchmark.
  const [llm] = scorePaper(compiled, 'x', 'large language model '.repeat(40_000));
  assert.deepEqual(
    llm?.phrases.map(({ phrase, inAbstract }) => [phrase, inAbstract]),
    [['large language model', 40_000]],
  );
});

test("the topics a paper can name are the taxonomy's and `other`", () => {
  const llm = { name: 'LLMs', description: 'Language models.', phrases: { 'language model': 3 } };
  const topics = topicsWithOther([['llm', llm]]);
  assert.deepEqual([...topics.keys()], ['llm', OTHER_TOPIC.slug]);
  assert.equal(topics.get('llm'), llm);
  assert.equal(topics.get(OTHER_TOPIC.slug)?.name, 'Other');
});
