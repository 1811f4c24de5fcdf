/** What `npm run topics` prints: area and topic sizes, and why one paper got its topics and area. */
import type { Area } from '../../content.config.ts';
import { plural, terminalText } from '../common/text.ts';
import { plainText } from '../site/title-text.ts';
import {
  OTHER_TOPIC,
  areaEvidence,
  qualifyingTopics,
  shareOfBestNeeded,
  SCORING,
  type AreaScore,
  type PhraseScore,
  type TopicScore,
} from './scoring.ts';
import { tokenize } from './words.ts';

export interface LabelSize {
  slug: string;
  name: string;
  papers: number;
}

/** Paper counts per topic (or area), largest first; `other` last; unused ones with 0. */
export function labelSizes(
  labels: Record<string, Pick<Area, 'name'>>,
  assigned: Iterable<readonly string[]>,
): LabelSize[] {
  const counts = new Map<string, number>();
  for (const topics of assigned) for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const sizes = Object.entries(labels).map(([slug, { name }]) => ({ slug, name, papers: counts.get(slug) ?? 0 }));
  sizes.sort((a, b) => b.papers - a.papers || (a.slug < b.slug ? -1 : 1));
  sizes.push({ slug: OTHER_TOPIC.slug, name: OTHER_TOPIC.name, papers: counts.get(OTHER_TOPIC.slug) ?? 0 });
  return sizes;
}

export function formatSizes(areas: readonly LabelSize[], sizes: readonly LabelSize[], paperCount: number): string {
  const width = Math.max(...[...areas, ...sizes].map(({ slug }) => slug.length));
  const percent = (count: number) => `${paperCount === 0 ? 0 : Math.round((count / paperCount) * 100)}%`;
  const row = ({ slug, name, papers }: LabelSize) =>
    `  ${slug.padEnd(width)}  ${String(papers).padStart(6)}  ${percent(papers).padStart(4)}  ${name}`;
  const lines = [`Areas of ${paperCount} papers (a paper has one):`, ...areas.map(row), ''];
  lines.push(
    `Topics of ${paperCount} papers (a paper has 1–${SCORING.maxTopicsPerPaper}; no topic over ${SCORING.maxShareOfPapers * 100}%):`,
  );
  lines.push(...sizes.map(row));
  const unused = sizes.filter(({ papers, slug }) => papers === 0 && slug !== OTHER_TOPIC.slug).length;
  if (unused > 0) lines.push(`  (${unused} topics have no paper: their pages are not built)`);
  return lines.join('\n');
}

export interface Explanation {
  slug: string;
  title: string;
  area: string;
  topics: string[];
  scores: TopicScore[];
  areas: AreaScore[];
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function phraseLines({ phrase, inTitle, inAbstract, inKeywords, points, unmet }: PhraseScore): string {
  const where = [
    inTitle > 0 ? `title ×${inTitle}` : '',
    inAbstract > 0 ? `abstract ×${inAbstract}` : '',
    inKeywords > 0 ? `keywords ×${inKeywords}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const note = unmet === undefined ? '' : ` — not counted: ${unmet}`;
  return `      ${points > 0 ? '+' : ''}${number(points)}  ${JSON.stringify(phrase)} (${where})${note}`;
}

/** Every area and topic that scored, with its phrases, and why it was or was not given. */
export function formatExplanation({ slug, title, area, topics, scores, areas }: Explanation): string {
  const inArea = new Set(areas.find((candidate) => candidate.area === area)?.topics.map(({ topic }) => topic));
  const outsideArea = (topic: string) => !inArea.has(topic);
  const qualifying = qualifyingTopics(scores, outsideArea).map(({ topic }) => topic);
  const best = scores[0]?.score ?? 0;
  const lines = [`${plainText(title)} (${slug})`, `  area: ${area}`];
  for (const candidate of areas) {
    const { score, phrases, topics: fromTopics, joined, weight } = candidate;
    const verdict =
      candidate.area === area
        ? 'given'
        : areaEvidence(candidate) < SCORING.areaThreshold
          ? `below the threshold ${SCORING.areaThreshold}`
          : 'not the best';
    lines.push(`  area ${candidate.area}: ${number(score)} — ${verdict}`);
    for (const { topic, score: topicScore } of fromTopics) lines.push(`      +${number(topicScore)}  topic ${topic}`);
    lines.push(...phrases.map(phraseLines));
    if (joined !== undefined) lines.push(`      +${number(joined)}  the areas it joins`);
    if (weight !== 1) lines.push(`      ×${weight}  the area's weight`);
  }
  if (areas.length === 0) lines.push('  no area scored');
  lines.push(`  topics: ${topics.join(', ')}`);
  for (const { topic, score, phrases } of scores) {
    const verdict = topics.includes(topic)
      ? 'given'
      : qualifying.includes(topic)
        ? `qualified, but taken by the ${SCORING.maxShareOfPapers * 100}% cap`
        : score < SCORING.threshold
          ? `below the threshold ${SCORING.threshold}`
          : score < best * shareOfBestNeeded(outsideArea(topic))
            ? `below ${shareOfBestNeeded(outsideArea(topic)) * 100}% of the best score${outsideArea(topic) ? ' (outside the area)' : ''}`
            : `not among the best ${SCORING.maxTopicsPerPaper}`;
    lines.push(`  ${topic}: ${number(score)} — ${verdict}`);
    lines.push(...phrases.map(phraseLines));
  }
  if (scores.length === 0) lines.push('  no phrase of any topic matched');
  lines.push(
    `  rules: title matches ×${SCORING.titleFactor}, keywords ×${SCORING.keywordFactor} where the text gives evidence; a topic needs ≥ ${SCORING.threshold} and ≥ ${SCORING.relativeToBest * 100}% of the best score (${SCORING.relativeToBestOutsideArea * 100}% outside the paper's area); at most ${SCORING.maxTopicsPerPaper}; the area scoring best with its topics (and the areas it joins, times its weight) wins, if ≥ ${SCORING.areaThreshold} before its weight; an area's substrate phrases count only if no other area leads without them, or its other evidence is ≥ ${SCORING.substrateShare * 100}% of the leader's`,
  );
  return terminalText(lines.join('\n'));
}

/** The explanations of the papers `wanted` names; several are counted first and numbered. */
export function formatExplanations(explanations: readonly Explanation[], wanted: string): string {
  if (explanations.length === 1) return formatExplanation(explanations[0] as Explanation);
  const each = explanations.map(
    (explanation, index) => `${index + 1} of ${explanations.length}: ${formatExplanation(explanation)}`,
  );
  return [terminalText(`${plural(explanations.length, 'paper')} match "${wanted}":`), ...each].join('\n\n');
}

/**
 * Does `query` name this paper: its slug exactly, or every word of it among its title's words, as
 * written (`$\ell_2$`) or as the site shows them (`ℓ₂`)?
 */
export function matchesPaper(query: string, slug: string, title: string): boolean {
  const wanted = query.trim();
  if (wanted === slug) return true;
  const words = tokenize(wanted).raw.map((word) => word.toLowerCase());
  const titleWords = new Set(
    [title, plainText(title)].flatMap((text) => tokenize(text).raw).map((word) => word.toLowerCase()),
  );
  return words.length > 0 && words.every((word) => titleWords.has(word));
}
