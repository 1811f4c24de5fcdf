import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Taxonomy } from '../../../src/content.config.ts';
import { parseTaxonomy } from '../../../src/lib/topics/taxonomy.ts';
import { assignLabels, assignTopics } from '../../helpers/collection.ts';
import { taxonomyOf } from '../../helpers/taxonomy.ts';
import { isAcronym, stem } from '../../../src/lib/topics/words.ts';
import {
  compileTaxonomy,
  OTHER_AREA,
  OTHER_TOPIC,
  paperTopics,
  scoreEvidence,
  qualifyingTopics,
  SCORING,
  scorePaper,
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

const tiny: Taxonomy = taxonomyOf({
  llm: { name: 'LLM', phrases: { LLM: 4, 'large language model': 4, 'language model': 3 } },
  kan: { name: 'KAN', phrases: { KAN: 5 } },
  cam: { name: 'CAM', phrases: { CAM: 4, 'class activation map': 5 } },
  quantization: { name: 'Q', phrases: { quantization: 5 } },
  graphs: {
    name: 'G',
    phrases: { 'graph neural network': 5, graph: 2 },
    negative: { 'computation graph': 3 },
  },
});
const compiled = compileTaxonomy(tiny);
const topicsOf = (title: string, abstract = '') =>
  qualifyingTopics(scorePaper(compiled, { title, abstract })).map(({ topic }) => topic);

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
  const inTitle = scorePaper(compiled, { title: 'Quantization', abstract: '' })[0]?.score;
  const inAbstract = scorePaper(compiled, { title: 'X', abstract: 'quantization' })[0]?.score;
  const thrice = scorePaper(compiled, {
    title: 'X',
    abstract: 'quantization quantization quantization quantization',
  })[0]?.score;
  assert.equal(inTitle, 5 * SCORING.titleFactor);
  assert.equal(inAbstract, 5);
  assert.equal(thrice, 10);
});

test('a longer phrase hides the shorter one inside it; negatives subtract', () => {
  const [graphs] = scorePaper(compiled, { title: 'X', abstract: 'a graph neural network' });
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

test('the shipped taxonomy is valid, has 8–12 areas and 30+ topics; its sample: one area each, <10% other, no topic over 40%', async () => {
  const areaCount = Object.keys(SHIPPED.areas).length;
  assert.ok(areaCount >= 8 && areaCount <= 12, `${areaCount} areas`);
  assert.ok(Object.keys(SHIPPED.topics).length >= 30);
  const { parseDump } = await import('../../../src/lib/ingest/dump-parser.ts');
  const { dateDump } = await import('../../../src/lib/ingest/dump-dates.ts');
  const sample = readFileSync(new URL('../../../content/dumps/daily-papers-2026-04-13.txt', import.meta.url), 'utf8');
  const { entries } = dateDump(parseDump(sample), {
    fileName: 'daily-papers-2026-04-13.txt',
    today: { year: 2026, month: 11, day: 24 },
  });
  const labels = [
    ...assignLabels(
      compileTaxonomy(SHIPPED),
      entries.map((entry, i) => ({ key: String(i), ...entry })),
    ).values(),
  ];
  const share = (topic: string) => labels.filter(({ topics }) => topics.includes(topic)).length / labels.length;
  assert.ok(share(OTHER_TOPIC.slug) < 0.1, `other: ${share(OTHER_TOPIC.slug)}`);
  for (const topic of Object.keys(SHIPPED.topics)) assert.ok(share(topic) <= SCORING.maxShareOfPapers, topic);
  for (const { area } of labels) assert.ok(Object.hasOwn(SHIPPED.areas, area), area);
});

test('the shipped taxonomy names each anchor once: a second &name would silently change what every later *name means', () => {
  const text = readFileSync(new URL('../../../content/topics.yaml', import.meta.url), 'utf8');
  // Anchors in the YAML, not in comments.
  const anchors = text
    .split('\n')
    .flatMap((line) => [...line.replace(/(^|\s)#.*$/, '').matchAll(/(?<![\w&*])&([A-Za-z][\w-]*)/g)])
    .map(([, name]) => name);
  assert.ok(anchors.length > 0);
  assert.deepEqual(
    anchors.filter((name, i) => anchors.indexOf(name) !== i),
    [],
  );
});

const AREAS = 'areas:\n  vision:\n    name: Vision\n    description: d\n    phrases: {image: 1}\n';
const topicsYaml = (topics: string) => `${AREAS}topics:\n${topics}`;

test('a bad taxonomy gets an error naming the area or topic, and the field', () => {
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  llm:\n    name: x\n    description: y\n    area: vision\n    phrases:\n      foo: "3"\n'),
        't.yaml',
      ),
    /t\.yaml: topic "llm", field phrases\."foo": expected a weight/,
  );
  assert.throws(
    () => parseTaxonomy(topicsYaml('  llm:\n    name: x\n    area: vision\n    phrases: {a: 1}\n'), 't.yaml'),
    /topic "llm", field description/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  llm:\n    name: x\n    description: y\n    area: vision\n    phrases: {}\n'),
        't.yaml',
      ),
    /topic "llm", field phrases: needs at least one phrase/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  llm:\n    name: x\n    description: y\n    area: language\n    phrases: {a: 1}\n'),
        't.yaml',
      ),
    /t\.yaml: topic "llm", field area: no area "language" in areas/,
  );
  assert.throws(
    () => parseTaxonomy(topicsYaml('  llm:\n    name: x\n    description: y\n    phrases: {a: 1}\n'), 't.yaml'),
    /topic "llm", field area/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  llm:\n    name: x\n    description: y\n    area: vision\n    phrases: {a: {weight: 2}}\n'),
        't.yaml',
      ),
    /topic "llm", field phrases\."a"/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  Bad Slug:\n    name: x\n    description: d\n    area: vision\n    phrases: {a: 1}\n'),
        't.yaml',
      ),
    /topic "Bad Slug": a slug is lowercase/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml('  other:\n    name: x\n    description: d\n    area: vision\n    phrases: {a: 1}\n'),
        't.yaml',
      ),
    /topic "other": "other" is reserved/,
  );
  assert.throws(
    () => parseTaxonomy('areas:\n  vision:\n    name: V\n    phrases: {image: 1}\ntopics: {}\n', 't.yaml'),
    /t\.yaml: area "vision", field description/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        'areas:\n  vision:\n    name: V\n    description: d\n    phrases: {image: {weight: 1, with: []}}\n',
        't.yaml',
      ),
    /area "vision", field phrases\."image"/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        `${AREAS.replace('phrases', 'joins: [vision, audio]\n    phrases')}topics:\n  t:\n    name: T\n    description: d\n    area: vision\n    phrases: {a: 1}\n`,
        't.yaml',
      ),
    /area "vision", field joins\[0\]: no other area "vision" in areas/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        `${AREAS.replace('phrases', 'substrate: [image, photo]\n    phrases')}topics:\n  t:\n    name: T\n    description: d\n    area: vision\n    phrases: {a: 1}\n`,
        't.yaml',
      ),
    /t\.yaml: area "vision", field substrate\[1\]: "photo" is no phrase of the area or its topics/,
  );
  assert.throws(
    () =>
      parseTaxonomy(
        topicsYaml(
          '  t:\n    name: T\n    description: d\n    area: vision\n    substrate: [a]\n    phrases: {a: 1}\n',
        ),
        't.yaml',
      ),
    /topic "t": Unrecognized key: "substrate"/,
  );
  assert.throws(() => parseTaxonomy(AREAS, 't.yaml'), /t\.yaml: the taxonomy, field topics/);
  assert.throws(() => parseTaxonomy('llm:\n  name: x\n', 't.yaml'), /t\.yaml: the taxonomy/);
  assert.throws(() => parseTaxonomy('a:\n  name: x\n  name: y\n', 't.yaml'), /t\.yaml:3: duplicated mapping key/);
  assert.throws(() => parseTaxonomy('a: [', 't.yaml'), /t\.yaml:\d+:/);
});

test('two topics, or two areas, with one name are refused, naming both; an area and a topic may share one', () => {
  const topic = (slug: string, name: string) =>
    `  ${slug}:\n    name: ${name}\n    description: d\n    area: vision\n    phrases: {a: 1}\n`;
  assert.throws(
    () => parseTaxonomy(topicsYaml(topic('a', 'Reasoning') + topic('b', 'Reasoning')), 'content/topics.yaml'),
    { message: `content/topics.yaml: topic "b", field name: "Reasoning" is topic "a"'s name already` },
  );
  // Names that read alike on a page: case and inner spaces aside.
  assert.throws(
    () => parseTaxonomy(topicsYaml(topic('a', 'Speech & Audio') + topic('b', 'speech  &  audio')), 't.yaml'),
    { message: `t.yaml: topic "b", field name: "speech  &  audio" is topic "a"'s name already` },
  );
  const area = (slug: string, name: string) =>
    `  ${slug}:\n    name: ${name}\n    description: d\n    phrases: {b: 1}\n`;
  assert.throws(
    () =>
      parseTaxonomy(
        `areas:\n${area('vision', 'Vision') + area('imaging', 'Vision')}topics:\n${topic('a', 'A')}`,
        't.yaml',
      ),
    { message: `t.yaml: area "imaging", field name: "Vision" is area "vision"'s name already` },
  );
  assert.equal(parseTaxonomy(topicsYaml(topic('vision', 'Vision')), 't.yaml').topics.vision?.name, 'Vision');
});

/** Two areas, a topic in each, an ambiguous phrase with context, an area that joins them. */
const twoLevel = compileTaxonomy(
  taxonomyOf(
    {
      interpretability: {
        name: 'Interpretability',
        phrases: { 'sparse autoencoder': 5, activations: { weight: 3, with: ['language model', 'probe'] } },
        area: 'safety',
      },
      'activation-functions': {
        name: 'Activation functions',
        phrases: { 'activation function': 5, activations: { weight: 2, unless: ['language model'] }, ReLU: 4 },
        area: 'learning',
      },
      captioning: { name: 'Captioning', phrases: { caption: 5 }, area: 'multimodal' },
    },
    {
      learning: { name: 'Learning', description: 'd', phrases: { training: 2, gradient: 2 } },
      safety: { name: 'Safety', description: 'd', phrases: { harmful: 3, jailbreak: 4 } },
      vision: { name: 'Vision', description: 'd', phrases: { image: 3 } },
      language: { name: 'Language', description: 'd', phrases: { text: 3 } },
      multimodal: { name: 'Multimodal', description: 'd', phrases: { 'image-text': 4 }, joins: ['vision', 'language'] },
    },
  ),
);
const labelsOf = (title: string, abstract: string, keywords?: string[]) =>
  paperTopics(twoLevel, { title, abstract, keywords });

test('an area is decided from the whole paper: its topics and its own phrases', () => {
  assert.deepEqual(labelsOf('Sparse autoencoders for everyone', 'We study them.'), {
    topics: ['interpretability'],
    scores: [15],
    area: 'safety',
  });
  // No topic matches, yet the area's own phrases place the paper.
  assert.deepEqual(labelsOf('Jailbreak prompts in the wild', 'Harmful requests.'), {
    topics: [],
    scores: [],
    area: 'safety',
  });
  assert.equal(labelsOf('Nothing at all', 'Really nothing.').area, OTHER_AREA.slug);
  assert.equal(labelsOf('Nothing at all', 'One gradient.').area, OTHER_AREA.slug, 'under the threshold');
});

test('an ambiguous phrase counts only with its context', () => {
  const probing = scoreEvidence(twoLevel, { title: 'Reading activations', abstract: 'Of a language model.' });
  assert.deepEqual(
    probing.topics.map(({ topic, score }) => [topic, score]),
    [
      ['interpretability', 9],
      ['activation-functions', 0],
    ],
  );
  assert.match(probing.topics[1]?.phrases[0]?.unmet ?? '', /not with "language model"/);
  const training = scoreEvidence(twoLevel, { title: 'Smooth activations', abstract: 'ReLU and training.' });
  assert.deepEqual(
    training.topics.map(({ topic, score }) => [topic, score]),
    [
      ['activation-functions', 10],
      ['interpretability', 0],
    ],
  );
  assert.match(training.topics[1]?.phrases[0]?.unmet ?? '', /needs one of "language model", "probe"/);
  assert.equal(training.areas[0]?.area, 'learning');
});

test("keywords add to the text's evidence and are never the only evidence", () => {
  const withText = scoreEvidence(twoLevel, {
    title: 'A caption study',
    abstract: '',
    keywords: ['caption', 'sparse autoencoder'],
  });
  const captioning = withText.topics.find(({ topic }) => topic === 'captioning');
  assert.equal(captioning?.score, 5 * 3 + 5 * SCORING.keywordFactor);
  assert.deepEqual(captioning?.phrases[0], { phrase: 'caption', inTitle: 1, inAbstract: 0, inKeywords: 1, points: 20 });
  // The keyword "sparse autoencoder" alone gives interpretability nothing.
  assert.equal(withText.topics.find(({ topic }) => topic === 'interpretability')?.score, 0);
  assert.deepEqual(labelsOf('Unrelated', 'Words.', ['sparse autoencoder', 'jailbreak']).area, OTHER_AREA.slug);
  // A keyword phrase never spans two keywords.
  const split = scoreEvidence(twoLevel, {
    title: 'Sparse',
    abstract: 'sparse autoencoder',
    keywords: ['sparse', 'autoencoder'],
  });
  assert.equal(split.topics[0]?.phrases[0]?.inKeywords, 0);
});

test('an area that joins others scores their evidence but the strongest', () => {
  const both = scoreEvidence(twoLevel, { title: 'Image and text', abstract: 'image text' });
  const multimodal = both.areas.find(({ area }) => area === 'multimodal');
  assert.equal(multimodal?.joined, 12);
  assert.equal(both.areas[0]?.area, 'multimodal');
  const imageOnly = scoreEvidence(twoLevel, { title: 'Image', abstract: 'image' });
  assert.equal(imageOnly.areas[0]?.area, 'vision');
  assert.equal(
    imageOnly.areas.find(({ area }) => area === 'multimodal'),
    undefined,
  );
});

/** A language area whose LLM phrases are substrate, and a science area. */
const substrate = compileTaxonomy(
  taxonomyOf(
    {
      llm: { name: 'LLMs', phrases: { LLM: 4, 'instruction tuning': 4 }, area: 'language' },
      reasoning: { name: 'Reasoning', phrases: { reasoning: 4 }, area: 'language' },
      chemistry: { name: 'Chemistry', phrases: { molecule: 5 }, area: 'science' },
    },
    {
      language: { name: 'Language', description: 'd', phrases: { text: 2, sentence: 2 }, substrate: ['LLM', 'text'] },
      science: { name: 'Science', description: 'd', phrases: { chemistry: 3 } },
      multimodal: { name: 'Multimodal', description: 'd', phrases: { image: 3 }, joins: ['science', 'language'] },
    },
  ),
);

test("an area's substrate phrases count only when no other area has evidence of its own", () => {
  // An LLM for molecules is a chemistry paper, and no LLM paper.
  const molecules = scoreEvidence(substrate, { title: 'An LLM for molecule design', abstract: 'LLM text LLM.' });
  assert.deepEqual(
    molecules.areas.map(({ area, score }) => [area, score]),
    [
      ['science', 15],
      ['language', 0],
    ],
  );
  assert.equal(molecules.topics.find(({ topic }) => topic === 'llm')?.score, 0);
  assert.match(molecules.topics.find(({ topic }) => topic === 'llm')?.phrases[0]?.unmet ?? '', /evidence of its own/);
  assert.deepEqual(paperTopics(substrate, { title: 'An LLM for molecule design', abstract: 'LLM.' }).topics, [
    'chemistry',
  ]);
  // Without another area's evidence, the LLM is the subject.
  assert.equal(paperTopics(substrate, { title: 'Scaling an LLM', abstract: 'LLM text.' }).area, 'language');
  // The other phrases of the area and its topics are evidence of its own: they keep its substrate.
  const tuned = scoreEvidence(substrate, {
    title: 'Instruction tuning an LLM for molecule design',
    abstract: 'Sentence by sentence.',
  });
  assert.equal(tuned.areas[0]?.area, 'language');
  assert.equal(tuned.topics[0]?.topic, 'llm');
  assert.equal(tuned.topics[0]?.score, 24);
  // Substrate phrases of a topic not in the list, or of another area, are no substrate.
  assert.equal(paperTopics(substrate, { title: 'Reasoning about molecules', abstract: 'molecule' }).area, 'science');
});

test('an area that joins others scores their substrate too: a multimodal LLM is multimodal', () => {
  const both = scoreEvidence(substrate, {
    title: 'Chemistry: an LLM that reads image and molecule',
    abstract: 'image LLM',
  });
  assert.deepEqual(
    both.areas.filter(({ score }) => score > 0).map(({ area, score, joined }) => [area, score, joined]),
    [
      ['multimodal', 12 + 16, 16],
      ['science', 24, undefined],
    ],
  );
});

test('overlapping matches in a long abstract: each longer phrase hides the shorter inside it', () => {
  // Many repeats, so that a pass quadratic in the matches would show; speed itself is for the benchmark.
  const [llm] = scorePaper(compiled, { title: 'x', abstract: 'large language model '.repeat(40_000) });
  assert.deepEqual(
    llm?.phrases.map(({ phrase, inAbstract }) => [phrase, inAbstract]),
    [['large language model', 40_000]],
  );
});

test("the topics a paper can name are the taxonomy's and `other`", () => {
  const llm = { name: 'LLMs', description: 'Language models.', area: 'language', phrases: { 'language model': 3 } };
  const topics = topicsWithOther([['llm', llm]]);
  assert.deepEqual([...topics.keys()], ['llm', OTHER_TOPIC.slug]);
  assert.equal(topics.get('llm'), llm);
  assert.equal(topics.get(OTHER_TOPIC.slug)?.name, 'Other');
});

/** Pairs a reader puts in one area, which single-word evidence used to split. */
const SAME_AREA_PAIRS: [
  area: string,
  a: { title: string; abstract: string },
  b: { title: string; abstract: string },
][] = [
  [
    'vision',
    {
      title: 'Open-Vocabulary Object Detection with Region-Text Pretraining',
      abstract:
        'We detect objects of categories never seen in training by aligning region features with text embeddings, and report box AP on LVIS rare classes.',
    },
    {
      title: 'Fast Neural Radiance Fields from Sparse Views',
      abstract:
        'We reconstruct a scene from six photographs and render novel views in real time with a hash-grid NeRF.',
    },
  ],
  [
    'robotics-rl',
    {
      title: 'Conservative Value Estimates for Offline Reinforcement Learning',
      abstract:
        'We learn a policy from a fixed dataset of logged transitions without further interaction, penalizing out-of-distribution actions.',
    },
    {
      title: 'Sim-to-Real Transfer of Agile Quadruped Locomotion',
      abstract:
        'A legged robot learns to run and jump in simulation with domain randomization and is deployed on hardware zero-shot.',
    },
  ],
  [
    'language',
    {
      title: 'Retrieval-Augmented Generation with Adaptive Passage Selection',
      abstract:
        'A retriever fetches passages from Wikipedia and the language model answers open-domain questions grounded in them.',
    },
    {
      title: 'Distilling Chain-of-Thought into Small Language Models',
      abstract:
        'We fine-tune a small student model on step-by-step rationales written by a large teacher to improve its reasoning.',
    },
  ],
];

test('the pairs single words used to split share their area', () => {
  const shipped = compileTaxonomy(SHIPPED);
  for (const [area, a, b] of SAME_AREA_PAIRS) {
    assert.equal(paperTopics(shipped, a).area, area, a.title);
    assert.equal(paperTopics(shipped, b).area, area, b.title);
  }
});

test("a paper reading an LLM's activations is interpretability, not activation functions", () => {
  const shipped = compileTaxonomy(SHIPPED);
  const probing = paperTopics(shipped, {
    title: 'What Do Activations Know? Linear Probes on a Language Model',
    abstract:
      'We train linear probes on the residual stream activations of a large language model to read out the truth of its statements.',
  });
  // Its area is where the rest of its evidence puts it (here language models), never the activation functions'.
  assert.notEqual(probing.area, 'machine-learning');
  assert.equal(probing.topics[0], 'interpretability');
  assert.ok(!probing.topics.includes('activation-functions-architectures'), probing.topics.join());
  const smooth = paperTopics(shipped, {
    title: 'A Smooth Activation Function for Fast Network Training',
    abstract:
      'We replace ReLU with a smooth nonlinearity and train residual networks to the same accuracy in fewer epochs.',
  });
  assert.ok(smooth.topics.includes('activation-functions-architectures'), smooth.topics.join());
  assert.equal(smooth.area, 'machine-learning');
});

test("an acronym's plural matches it, also when the plural is a phrase of its own elsewhere", () => {
  const plural = compileTaxonomy(
    taxonomyOf({
      llm: { name: 'LLM', phrases: { LLM: 4 } },
      agents: { name: 'Agents', phrases: { agent: { weight: 3, with: ['LLMs'] } } },
    }),
  );
  assert.deepEqual(paperTopics(plural, { title: 'Scaling LLMs', abstract: '' }).topics, ['llm']);
  assert.deepEqual(paperTopics(plural, { title: 'An agent of LLMs', abstract: '' }).topics, ['llm', 'agents']);
});

test('a context given only by keywords does not count', () => {
  const reading = { title: 'Reading activations', abstract: 'We read them.' };
  assert.ok(!labelsOf(reading.title, reading.abstract, ['probe']).topics.includes('interpretability'));
  assert.ok(labelsOf(reading.title, `${reading.abstract} With a probe.`).topics.includes('interpretability'));
});

test("a topic outside the paper's area needs more of the best score", () => {
  const areas = compileTaxonomy(
    taxonomyOf(
      {
        detection: { name: 'Detection', phrases: { 'object detection': 5 }, area: 'vision' },
        segmentation: { name: 'Segmentation', phrases: { segmentation: 6 }, area: 'vision' },
        llm: { name: 'LLM', phrases: { LLM: 6 }, area: 'language' },
      },
      {
        vision: { name: 'Vision', description: 'd', phrases: { image: 1 } },
        language: { name: 'Language', description: 'd', phrases: { text: 1 } },
      },
    ),
  );
  // Best 15 (detection, in the title); segmentation and LLM 6 each: 40% of the best, under 50%.
  const paper = { title: 'Object detection', abstract: 'Segmentation as well. An LLM names the boxes.' };
  assert.ok(6 >= 15 * SCORING.relativeToBest && 6 < 15 * SCORING.relativeToBestOutsideArea);
  assert.deepEqual(paperTopics(areas, paper), {
    topics: ['detection', 'segmentation'],
    scores: [15, 6],
    area: 'vision',
  });
});

test("an area's weight ranks it below others, and the threshold asks of its evidence before the weight", () => {
  const weighted = compileTaxonomy(
    taxonomyOf(
      {
        pruning: { name: 'Pruning', phrases: { pruning: 4 }, area: 'learning' },
        video: { name: 'Video', phrases: { video: 4 }, area: 'vision' },
      },
      {
        learning: { name: 'Learning', description: 'd', phrases: { training: 1 }, weight: 0.5 },
        vision: { name: 'Vision', description: 'd', phrases: { camera: 1 } },
      },
    ),
  );
  // Equal evidence: the weighted area yields.
  assert.equal(paperTopics(weighted, { title: 'Pruning video models', abstract: '' }).area, 'vision');
  // Alone, a weighted area's evidence of 4 places the paper, though its score is 2.
  const alone = scoreEvidence(weighted, { title: 'x', abstract: 'pruning' });
  assert.deepEqual(
    alone.areas.map(({ area, score, weight }) => [area, score, weight]),
    [['learning', 2, 0.5]],
  );
  assert.equal(paperTopics(weighted, { title: 'x', abstract: 'pruning' }).area, 'learning');
});
