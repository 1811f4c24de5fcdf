/**
 * Topic and area quality on hand-written labelled abstracts (tests/fixtures/topics/<set>.yaml,
 * written without looking at the sample or the rules). Papers with the same label must share an
 * area or a topic; papers of different areas must share neither. `labelled`, `blind` and
 * `holdout` are labelled by topic (their label's area is the taxonomy's); every `areas-*` set by
 * area, written from the list of areas alone (`areas-real`: the sample's real papers, labelled so).
 * The rules were refined against `labelled`; the others were written afterwards.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { compileTaxonomy } from '../../src/lib/topics/scoring.ts';
import { assignLabels } from './collection.ts';

export const QUALITY_SETS = [
  'labelled',
  'blind',
  'holdout',
  'areas-holdout',
  'areas-blind',
  'areas-real',
  'areas-unseen',
  'areas-final',
  'areas-sealed',
  'areas-sealed-2',
  'areas-sealed-3',
  'areas-sealed-4',
  'areas-sealed-5',
  'areas-sealed-6',
  'areas-sealed-7',
  'areas-pool-a',
  'areas-pool-b',
  'areas-pool-c',
  'areas-pool-d',
  'areas-pool-e',
  'areas-pool-f',
  'areas-pool-g',
  'areas-pool-h',
  'areas-pool-i',
  'areas-pool-j',
  'areas-pool-k',
  'areas-pool-l',
  'areas-pool-m',
  'areas-pool-n',
  'areas-pool-o',
  'areas-pool-p',
  'areas-pool-q',
  'areas-pool-r',
  'areas-pool-s',
  'areas-pool-t',
  'areas-pool-u',
  'areas-pool-v',
  'areas-pool-w',
  'areas-pool-x',
  'areas-pool-y',
  'areas-pool-z',
  'areas-pool-aa',
  'areas-pool-ab',
  'areas-pool-ac',
  'areas-pool-ad',
  'areas-pool-ae',
  'areas-pool-af',
  'areas-pool-ag',
  'areas-pool-ah',
  'areas-pool-ai',
  'areas-pool-aj',
  'areas-sealed-8',
  'areas-sealed-9',
  'areas-sealed-10',
  'areas-sealed-11',
] as const;
export type QualitySet = (typeof QUALITY_SETS)[number];

interface LabelledSet {
  papers: { id: string; area: string; title: string; abstract: string; keywords?: string[] }[];
  /** Pairs of topic labels a reader would call unrelated (sets labelled by topic). */
  cross_area_pairs?: [string, string][];
}

export interface QualityReport {
  /** Pairs with the same label, and how many share an area or a topic. */
  sameArea: { pairs: number; sharing: number; misses: string[] };
  /** Pairs of different areas, and how many share neither. */
  crossArea: { pairs: number; disjoint: number; misses: string[] };
  /** Papers whose area is their label's. */
  ownArea: { papers: number; hits: number; misses: string[] };
  /** The largest topic, and its share of the set's papers. */
  largestTopic: { topic: string; share: number };
}

export function measureTopicQuality(
  set: QualitySet,
  taxonomyPath = new URL('../../content/topics.yaml', import.meta.url),
): QualityReport {
  const labelled = yaml.load(
    readFileSync(new URL(`../fixtures/topics/${set}.yaml`, import.meta.url), 'utf8'),
  ) as LabelledSet;
  const taxonomy = parseTaxonomy(readFileSync(taxonomyPath, 'utf8'), 'topics.yaml');
  const areaOfLabel = (label: string) =>
    Object.hasOwn(taxonomy.areas, label) ? label : (taxonomy.topics[label]?.area ?? label);
  const labels = assignLabels(
    compileTaxonomy(taxonomy),
    labelled.papers.map((paper) => ({ key: paper.id, ...paper })),
  );
  const of = (id: string) => labels.get(id) ?? { area: '', topics: [] };
  const shareArea = (a: string, b: string) => of(a).area !== 'other' && of(a).area === of(b).area;
  const shareTopic = (a: string, b: string) =>
    of(a).topics.some((topic) => topic !== 'other' && of(b).topics.includes(topic));
  const share = (a: string, b: string) => shareArea(a, b) || shareTopic(a, b);
  const describe = (id: string) => `${id} ${of(id).area} [${of(id).topics.join(', ')}]`;

  const report: QualityReport = {
    sameArea: { pairs: 0, sharing: 0, misses: [] },
    crossArea: { pairs: 0, disjoint: 0, misses: [] },
    ownArea: { papers: 0, hits: 0, misses: [] },
    largestTopic: { topic: '', share: 0 },
  };
  const byLabel = new Map<string, string[]>();
  const topicCounts = new Map<string, number>();
  for (const paper of labelled.papers) {
    byLabel.set(paper.area, [...(byLabel.get(paper.area) ?? []), paper.id]);
    report.ownArea.papers++;
    if (of(paper.id).area === areaOfLabel(paper.area)) report.ownArea.hits++;
    else report.ownArea.misses.push(`${describe(paper.id)} (label ${paper.area})`);
    for (const topic of of(paper.id).topics) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
  }
  for (const [topic, count] of topicCounts)
    if (count / labelled.papers.length > report.largestTopic.share)
      report.largestTopic = { topic, share: count / labelled.papers.length };

  for (const ids of byLabel.values())
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        report.sameArea.pairs++;
        if (share(a, b)) report.sameArea.sharing++;
        else report.sameArea.misses.push(`${describe(a)} ~ ${describe(b)}`);
      }
  // A set labelled by area: every two papers of different areas. By topic: its unrelated pairs,
  // those whose topics the taxonomy puts in different areas.
  const crossLabels =
    labelled.cross_area_pairs ??
    [...byLabel.keys()].flatMap((a, i) => [...byLabel.keys()].slice(i + 1).map((b) => [a, b] as [string, string]));
  for (const [labelA, labelB] of crossLabels) {
    if (areaOfLabel(labelA) === areaOfLabel(labelB)) continue;
    for (const a of byLabel.get(labelA) ?? [])
      for (const b of byLabel.get(labelB) ?? []) {
        report.crossArea.pairs++;
        if (!share(a, b)) report.crossArea.disjoint++;
        else report.crossArea.misses.push(`${describe(a)} ~ ${describe(b)}`);
      }
  }
  return report;
}
