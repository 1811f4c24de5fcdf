/**
 * Realistic synthetic dumps for the benchmark, deterministic for a seed: ~60 papers a day, one
 * dump per day (named with its capture date), titles around 80 characters and abstracts around
 * 1,200 drawn from a varied ML vocabulary (so topics spread), some upvotes, year-less dates for
 * the capture year, some explicitly dated older papers, and some papers listed again the next day.
 */
import { plural } from '../../src/lib/common/text.ts';

// Word banks by research area: what titles and abstracts are made of.
const AREAS: readonly (readonly string[])[] = [
  [
    'large language models',
    'instruction tuning',
    'in-context learning',
    'long context',
    'tokenization',
    'pretraining corpus',
  ],
  [
    'chain-of-thought reasoning',
    'mathematical reasoning',
    'test-time compute',
    'process reward models',
    'self-consistency',
  ],
  ['preference optimization', 'RLHF', 'jailbreak attacks', 'reward models', 'safety alignment', 'red teaming'],
  [
    'sparse autoencoders',
    'feature attribution',
    'saliency maps',
    'mechanistic interpretability',
    'class activation maps',
  ],
  ['steering vectors', 'activation steering', 'representation engineering', 'activation patching'],
  ['diffusion models', 'flow matching', 'text-to-image generation', 'latent diffusion', 'video generation'],
  ['vision-language models', 'multimodal LLMs', 'visual question answering', 'image captioning'],
  ['vision transformers', 'image classification', 'convolutional networks', 'ImageNet'],
  ['object detection', 'semantic segmentation', 'instance segmentation', 'multi-object tracking'],
  ['neural radiance fields', 'Gaussian splatting', 'point clouds', 'monocular depth estimation'],
  ['graph neural networks', 'message passing', 'node classification', 'graph pooling', 'link prediction'],
  ['reinforcement learning', 'policy optimization', 'offline RL', 'actor-critic methods', 'exploration'],
  ['robot manipulation', 'legged locomotion', 'sim-to-real transfer', 'vision-language-action models'],
  ['speech recognition', 'text-to-speech', 'speaker verification', 'audio language models'],
  ['time series forecasting', 'anomaly detection', 'multivariate forecasting', 'sensor data'],
  ['quantization', 'pruning', 'knowledge distillation', 'low-rank adaptation', 'speculative decoding'],
  ['mixture of experts', 'expert routing', 'load balancing', 'sparse experts'],
  ['state space models', 'Mamba', 'linear recurrent models', 'selective scan'],
  ['Kolmogorov-Arnold networks', 'KANs', 'learnable activation functions', 'B-splines'],
  ['quantum machine learning', 'variational quantum circuits', 'quantum kernels', 'qubits'],
  ['medical image segmentation', 'radiology reports', 'histopathology', 'clinical prediction'],
  ['remote sensing', 'satellite imagery', 'land cover mapping', 'hyperspectral images'],
  ['adversarial examples', 'backdoor attacks', 'certified robustness', 'membership inference'],
  ['deepfake detection', 'AI-generated image detection', 'watermarking', 'machine-generated text'],
  ['sentiment analysis', 'named entity recognition', 'text classification', 'hate speech detection'],
  ['few-shot learning', 'meta-learning', 'open-set recognition', 'out-of-distribution detection'],
  ['semi-supervised learning', 'noisy labels', 'pseudo-labeling', 'weak supervision'],
  ['activation functions', 'normalization layers', 'neural architecture search', 'residual connections'],
  ['optimizers', 'learning rate schedules', 'training dynamics', 'loss landscapes'],
  ['generalization bounds', 'sample complexity', 'neural tangent kernel', 'approximation theory'],
  ['LLM agents', 'tool use', 'web agents', 'multi-agent systems'],
  ['retrieval-augmented generation', 'dense retrieval', 'reranking', 'open-domain question answering'],
  ['code generation', 'program synthesis', 'program repair', 'software engineering agents'],
  ['molecular property prediction', 'protein design', 'drug discovery', 'physics-informed neural networks'],
  ['video understanding', 'action recognition', 'temporal action localization', 'video LLMs'],
  ['federated learning', 'differential privacy', 'machine unlearning', 'privacy-preserving learning'],
  ['recommender systems', 'collaborative filtering', 'click-through rate prediction', 'sequential recommendation'],
];

const VERBS = ['improves', 'scales', 'stabilizes', 'accelerates', 'simplifies', 'unifies', 'rethinks', 'benchmarks'];
const NOUNS = ['framework', 'method', 'benchmark', 'analysis', 'approach', 'model', 'study', 'recipe'];
const SENTENCES = [
  (a: string, b: string) =>
    `Recent progress in ${a} has been driven by larger models, yet ${b} remains poorly understood.`,
  (a: string, b: string) => `We propose a simple ${pick.noun()} that connects ${a} and ${b} without extra supervision.`,
  (a: string, b: string) =>
    `Our key observation is that ${a} ${pick.verb()} ${b} when the training signal is properly normalized.`,
  (a: string, b: string) =>
    `Experiments on seven benchmarks show consistent gains over strong baselines for ${a} and ${b}.`,
  (a: string, b: string) => `We further analyze failure cases and find that ${a} is sensitive to the choice of ${b}.`,
  (a: string, b: string) =>
    `The resulting ${pick.noun()} ${pick.verb()} ${a} while keeping the cost of ${b} unchanged.`,
  (a: string, b: string) => `Ablations confirm that each component matters, and that ${a} benefits most from ${b}.`,
  (a: string, b: string) => `Code, data and trained models for ${a} and ${b} are released to support future research.`,
];

/** Park–Miller minimal standard generator: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

let next = random(1);
const pick = {
  of: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  verb: () => pick.of(VERBS),
  noun: () => pick.of(NOUNS),
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface SyntheticPaper {
  title: string;
  abstract: string;
  authors: number;
  date: Date;
  upvotes: number;
}

function paper(date: Date, index: number): SyntheticPaper {
  const area = pick.of(AREAS);
  const other = next() < 0.35 ? pick.of(AREAS) : area;
  const [a, b, c] = [pick.of(area), pick.of(area), pick.of(other)];
  const name = `${pick.of(['Sparse', 'Deep', 'Fast', 'Robust', 'Scalable', 'Adaptive', 'Unified', 'Efficient'])}${pick.of(['Net', 'Former', 'Flow', 'Mix', 'Gen', 'Lens', 'Bench', 'Tune'])}-${index % 97}`;
  const title = `${name}: ${pick.noun()[0]?.toUpperCase()}${pick.noun().slice(1)} for ${a} with ${c}`.slice(0, 96);
  const sentences: string[] = [];
  while (sentences.join(' ').length < 1150) sentences.push(pick.of(SENTENCES)(pick.of([a, b, c]), pick.of([b, c, a])));
  return {
    title,
    abstract: sentences.join(' '),
    authors: 1 + Math.floor(next() * 12),
    date,
    upvotes: Math.floor(next() ** 3 * 120),
  };
}

function entry({ title, abstract, authors, date, upvotes }: SyntheticPaper, captured: Date): string {
  const day = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  const printed = date.getUTCFullYear() === captured.getUTCFullYear() ? day : `${day}, ${date.getUTCFullYear()}`;
  return `${title}\n\n${abstract}\n\n  • ${plural(authors, 'author')}\n·\n${printed}${upvotes > 0 ? ` ${upvotes}` : ''}\n`;
}

export interface SyntheticDump {
  name: string;
  text: string;
}

const GIVEN = ['Wei', 'Anna', 'Jun', 'Maria', 'Ravi', 'Lena', 'Omar', 'Yuki', 'Pablo', 'Chen', 'Sara', 'Ivan'];
const FAMILY = ['Zhang', 'Müller', 'Garcia', 'Kim', 'Nguyen', 'Rossi', 'Patel', 'Sato', 'Silva', 'Novak', 'Li'];

/** The abstract with the hard line breaks arXiv's summaries have, every ~80 characters. */
function wrapped(text: string): string {
  return text.replace(/(.{60,80}?) /g, '$1\n');
}

/**
 * A paper as the Daily Papers API lists it (the current schema): the same facts as its text
 * entry, plus what only JSON carries (an arXiv id, the authors' names, keywords, a code link).
 */
function item(paper: SyntheticPaper, index: number, captured: Date): unknown {
  const { title, abstract, authors, date, upvotes } = paper;
  const id = `${String(date.getUTCFullYear()).slice(2)}${String(date.getUTCMonth() + 1).padStart(2, '0')}.${String(index).padStart(5, '0')}`;
  const names = Array.from({ length: authors }, (_, i) => ({
    _id: `${id}-${i}`,
    name: `${GIVEN[(index + i) % GIVEN.length]} ${FAMILY[(index * 7 + i) % FAMILY.length]}`,
    hidden: false,
  }));
  return {
    paper: {
      id,
      authors: names,
      publishedAt: date.toISOString(),
      submittedOnDailyAt: captured.toISOString(),
      title,
      summary: wrapped(abstract),
      upvotes,
      discussionId: id,
      ...(index % 3 === 0 ? { githubRepo: `https://github.com/example/${id}`, githubStars: index % 500 } : {}),
      ai_summary: abstract.slice(0, 160),
      ai_keywords: title
        .split(/[:,]| with | for /)
        .map((part) => part.trim())
        .filter(Boolean),
    },
    publishedAt: captured.toISOString(),
    title,
    summary: abstract,
    numComments: index % 4,
  };
}

/**
 * `papers` distinct papers in daily dumps ending the day before `lastDay`: each dump lists its
 * day's papers, one in twenty papers an older paper with its year printed, and a few of the
 * previous day's papers again (with more upvotes) — duplicates the ingest must merge.
 */
export interface SyntheticOptions {
  seed?: number;
  perDay?: number;
  lastDay?: Date;
  /** Text dumps (the default), or the same papers as the API's JSON. */
  format?: 'text' | 'json';
}

const LAST_DAY = new Date(Date.UTC(2026, 3, 13));

export function generateDumps(
  papers: number,
  { seed = 1, perDay = 60, lastDay = LAST_DAY, format = 'text' }: SyntheticOptions = {},
): SyntheticDump[] {
  next = random(seed);
  const days = Math.ceil(papers / perDay);
  const dumps: SyntheticDump[] = [];
  let previous: (SyntheticPaper & { index: number })[] = [];
  let made = 0;
  for (let d = days; d >= 1; d--) {
    const captured = new Date(lastDay.getTime() - d * 86_400_000);
    const today: (SyntheticPaper & { index: number })[] = [];
    for (let i = 0; i < perDay && made < papers; i++, made++) {
      const older =
        next() < 0.05 ? new Date(captured.getTime() - Math.floor(400 + next() * 2000) * 86_400_000) : captured;
      today.push({ ...paper(older, made), index: made });
    }
    const repeats = previous.filter(() => next() < 0.03).map((seen) => ({ ...seen, upvotes: seen.upvotes + 5 }));
    const listed = [...today, ...repeats];
    const header = `Daily Papers\n\nbyAK and the research community\n\n${MONTHS[captured.getUTCMonth()]} ${captured.getUTCDate()}\n\n`;
    dumps.push(
      format === 'json'
        ? { name: `hf-${isoDay(captured)}.json`, text: JSON.stringify(listed.map((p) => item(p, p.index, captured))) }
        : {
            name: `daily-papers-${isoDay(captured)}.txt`,
            text: header + listed.map((p) => entry(p, captured)).join('\n'),
          },
    );
    previous = today;
  }
  return dumps;
}

/**
 * What publishing one more day adds to `generateDumps(papers, options)`: the next day's dump, and
 * the last day's again when it was cut short (its page, captured once more, lists all its papers).
 */
export function nextDayDumps(papers: number, options: SyntheticOptions = {}): SyntheticDump[] {
  const { perDay = 60, lastDay = LAST_DAY } = options;
  const published = new Map(generateDumps(papers, options).map(({ name, text }) => [name, text]));
  const later = generateDumps(papers + perDay, { ...options, lastDay: new Date(lastDay.getTime() + 86_400_000) });
  return later.filter(({ name, text }) => published.get(name) !== text);
}
