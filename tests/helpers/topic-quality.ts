/**
 * Topic quality on hand-written labelled abstracts (tests/fixtures/topics/<set>.yaml, written
 * without looking at the sample or the rules): papers of one area must share a topic; papers of
 * areas a reader would call unrelated must share none. The rules were refined against `labelled`;
 * `holdout` was written afterwards and never tuned on.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { compileTaxonomy } from '../../src/lib/topics/scoring.ts';
import { assignTopics } from './collection.ts';

interface Labelled {
  papers: { id: string; area: string; title: string; abstract: string }[];
  cross_area_pairs: [string, string][];
}

export interface QualityReport {
  sameArea: { pairs: number; sharing: number; misses: string[] };
  crossArea: { pairs: number; disjoint: number; misses: string[] };
  /** Papers whose topics include their own area. */
  ownArea: { papers: number; hits: number; misses: string[] };
}

export function measureTopicQuality(
  set: 'labelled' | 'holdout' | 'blind',
  taxonomyPath = new URL('../../content/topics.yaml', import.meta.url),
): QualityReport {
  const labelled = yaml.load(
    readFileSync(new URL(`../fixtures/topics/${set}.yaml`, import.meta.url), 'utf8'),
  ) as Labelled;
  const taxonomy = compileTaxonomy(parseTaxonomy(readFileSync(taxonomyPath, 'utf8'), 'topics.yaml'));
  const topics = assignTopics(
    taxonomy,
    labelled.papers.map((paper) => ({ key: paper.id, ...paper })),
  );
  const share = (a: string, b: string) => (topics.get(a) ?? []).some((topic) => (topics.get(b) ?? []).includes(topic));
  const describe = (id: string) => `${id} [${(topics.get(id) ?? []).join(', ')}]`;

  const report: QualityReport = {
    sameArea: { pairs: 0, sharing: 0, misses: [] },
    crossArea: { pairs: 0, disjoint: 0, misses: [] },
    ownArea: { papers: 0, hits: 0, misses: [] },
  };
  const byArea = new Map<string, string[]>();
  for (const paper of labelled.papers) {
    byArea.set(paper.area, [...(byArea.get(paper.area) ?? []), paper.id]);
    report.ownArea.papers++;
    if ((topics.get(paper.id) ?? []).includes(paper.area)) report.ownArea.hits++;
    else report.ownArea.misses.push(`${describe(paper.id)} (area ${paper.area})`);
  }
  for (const ids of byArea.values()) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        report.sameArea.pairs++;
        if (share(a, b)) report.sameArea.sharing++;
        else report.sameArea.misses.push(`${describe(a)} ~ ${describe(b)}`);
      }
  }
  for (const [areaA, areaB] of labelled.cross_area_pairs) {
    for (const a of byArea.get(areaA) ?? [])
      for (const b of byArea.get(areaB) ?? []) {
        report.crossArea.pairs++;
        if (!share(a, b)) report.crossArea.disjoint++;
        else report.crossArea.misses.push(`${describe(a)} ~ ${describe(b)}`);
      }
  }
  return report;
}
