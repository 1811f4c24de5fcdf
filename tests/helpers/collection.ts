/**
 * The ingest's per-paper steps composed for tests that start from a title and an abstract
 * rather than from a dump.
 */
import type { PaperData } from '../../src/content.config.ts';
import { abstractToMarkdown } from '../../src/lib/ingest/markdown-body.ts';
import { paperFileText } from '../../src/lib/ingest/paper-file.ts';
import { capTopics, paperTopics, type CompiledTaxonomy } from '../../src/lib/topics/scoring.ts';

/** A paper file's text as the ingest writes it, from the paper's data and its abstract. */
export function paperFile(data: PaperData, abstract: string): string {
  return paperFileText(data, abstractToMarkdown(abstract));
}

/** Topics for a whole collection as the ingest gives them: each paper's qualifying topics, then the share cap. */
export function assignTopics(
  compiled: CompiledTaxonomy,
  papers: readonly { key: string; title: string; abstract: string }[],
): Map<string, string[]> {
  return capTopics(papers.map(({ key, title, abstract }) => ({ key, ...paperTopics(compiled, title, abstract) })));
}
