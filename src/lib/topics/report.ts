/** What `npm run topics` prints: topic sizes, and why one paper got its topics. */
import type { Taxonomy } from '../../content.config.ts';
import { terminalText } from '../common/text.ts';
import { OTHER_TOPIC, qualifyingTopics, SCORING, tokenize, type TopicScore } from './scoring.ts';

export interface TopicSize {
  slug: string;
  name: string;
  papers: number;
}

/** Paper counts per topic, largest first; `other` last; unused topics with 0. */
export function topicSizes(taxonomy: Taxonomy, assigned: Iterable<readonly string[]>): TopicSize[] {
  const counts = new Map<string, number>();
  for (const topics of assigned) for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const sizes = Object.entries(taxonomy).map(([slug, { name }]) => ({ slug, name, papers: counts.get(slug) ?? 0 }));
  sizes.sort((a, b) => b.papers - a.papers || (a.slug < b.slug ? -1 : 1));
  sizes.push({ slug: OTHER_TOPIC.slug, name: OTHER_TOPIC.name, papers: counts.get(OTHER_TOPIC.slug) ?? 0 });
  return sizes;
}

export function formatSizes(sizes: readonly TopicSize[], paperCount: number): string {
  const width = Math.max(...sizes.map(({ slug }) => slug.length));
  const percent = (count: number) => `${paperCount === 0 ? 0 : Math.round((count / paperCount) * 100)}%`;
  const lines = [
    `Topics of ${paperCount} papers (a paper has 1–${SCORING.maxTopicsPerPaper}; no topic over ${SCORING.maxShareOfPapers * 100}%):`,
  ];
  for (const { slug, name, papers } of sizes) {
    lines.push(`  ${slug.padEnd(width)}  ${String(papers).padStart(6)}  ${percent(papers).padStart(4)}  ${name}`);
  }
  const unused = sizes.filter(({ papers, slug }) => papers === 0 && slug !== OTHER_TOPIC.slug).length;
  if (unused > 0) lines.push(`  (${unused} topics have no paper: their pages are not built)`);
  return lines.join('\n');
}

export interface Explanation {
  slug: string;
  title: string;
  topics: string[];
  scores: TopicScore[];
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Every topic that scored, with its phrases, and why it was or was not given. */
export function formatExplanation({ slug, title, topics, scores }: Explanation): string {
  const qualifying = qualifyingTopics(scores);
  const best = scores[0]?.score ?? 0;
  const lines = [`${JSON.stringify(title)} (${slug})`, `  topics: ${topics.join(', ')}`];
  for (const { topic, score, phrases } of scores) {
    const verdict = topics.includes(topic)
      ? 'given'
      : qualifying.includes(topic)
        ? `qualified, but taken by the ${SCORING.maxShareOfPapers * 100}% cap`
        : score < SCORING.threshold
          ? `below the threshold ${SCORING.threshold}`
          : score < best * SCORING.relativeToBest
            ? `below ${SCORING.relativeToBest * 100}% of the best score`
            : `not among the best ${SCORING.maxTopicsPerPaper}`;
    lines.push(`  ${topic}: ${number(score)} — ${verdict}`);
    for (const { phrase, inTitle, inAbstract, points } of phrases) {
      const where = [inTitle > 0 ? `title ×${inTitle}` : '', inAbstract > 0 ? `abstract ×${inAbstract}` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`      ${points > 0 ? '+' : ''}${number(points)}  ${JSON.stringify(phrase)} (${where})`);
    }
  }
  if (scores.length === 0) lines.push('  no phrase of any topic matched');
  lines.push(
    `  rules: title matches ×${SCORING.titleFactor}; a topic needs ≥ ${SCORING.threshold} and ≥ ${SCORING.relativeToBest * 100}% of the best score; at most ${SCORING.maxTopicsPerPaper}`,
  );
  return terminalText(lines.join('\n'));
}

/** Does `query` name this paper: its slug exactly, or every word of it among its title's words? */
export function matchesPaper(query: string, slug: string, title: string): boolean {
  const wanted = query.trim();
  if (wanted === slug) return true;
  const words = tokenize(wanted).raw.map((word) => word.toLowerCase());
  const titleWords = new Set(tokenize(title).raw.map((word) => word.toLowerCase()));
  return words.length > 0 && words.every((word) => titleWords.has(word));
}
