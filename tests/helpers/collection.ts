/**
 * The ingest's per-paper steps composed for tests that start from a title and an abstract
 * rather than from a dump.
 */
import type { PaperData } from '../../src/content.config.ts';
import { abstractToMarkdown } from '../../src/lib/ingest/markdown-body.ts';
import { paperFileText } from '../../src/lib/ingest/paper-file.ts';
import { capTopics, paperTopics, type CompiledTaxonomy, type PaperText } from '../../src/lib/topics/scoring.ts';

/** A paper file's text as the ingest writes it, from the paper's data and its abstract. */
export function paperFile(data: PaperData, abstract: string): string {
  return paperFileText(data, abstractToMarkdown(abstract));
}

/** Topics for a whole collection as the ingest gives them: each paper's qualifying topics, then the share cap. */
export function assignTopics(compiled: CompiledTaxonomy, papers: readonly PaperToLabel[]): Map<string, string[]> {
  return capTopics(papers.map((paper) => ({ key: paper.key, ...paperTopics(compiled, paper) })));
}

interface PaperToLabel extends PaperText {
  key: string;
}

/** Areas and topics for a whole collection as the ingest gives them, by key. */
export function assignLabels(
  compiled: CompiledTaxonomy,
  papers: readonly PaperToLabel[],
): Map<string, { area: string; topics: string[] }> {
  const scored = papers.map((paper) => ({ key: paper.key, ...paperTopics(compiled, paper) }));
  const topics = capTopics(scored);
  return new Map(scored.map(({ key, area }) => [key, { area, topics: topics.get(key) ?? [] }]));
}
