/** The search records of the collection's papers (see record.ts), from their files. */
import { paperSchema } from '../../content.config.ts';
import { markdownToAbstract } from '../ingest/markdown-body.ts';
import { readPaperFile } from '../ingest/paper-file.ts';
import { readTaxonomy } from '../topics/taxonomy.ts';
import { topicsWithOther } from '../topics/scoring.ts';
import { InputError } from '../common/files.ts';
import { listingDay } from '../site/listing-day.ts';
import { plainTitle } from '../site/title-text.ts';
import { cardAttributes } from '../reader/card-data.ts';
import { byTopicName } from '../topics/topic-order.ts';
import { searchRecord } from './record.ts';

/** Topic names by slug, as paper pages show them (a slug the taxonomy lost is not shown). */
export function topicNamesOf(taxonomyFile: string): Map<string, string> {
  return new Map(
    [...topicsWithOther(Object.entries(readTaxonomy(taxonomyFile).topics))].map(([slug, { name }]) => [slug, name]),
  );
}

/** A paper's search record, from the text of its collection file `file` (checked against the schema: a file that fails is the user's to fix, by running the ingest again). */
export function paperRecord(
  file: string,
  slug: string,
  text: string,
  topicNames: ReadonlyMap<string, string>,
): { url: string; content: string } {
  const { data, body } = readPaperFile(text);
  const checked = paperSchema.safeParse(data);
  if (!checked.success)
    throw new InputError(
      `${file}: ${checked.error.issues.map(({ path, message }) => `${path.join('.') || 'front matter'}: ${message}`).join('; ')}`,
    );
  const { title, date, sources, upvotes, topics, authorNames, github, githubStars, arxiv } = checked.data;
  const named = topics
    .flatMap((slug) => {
      const name = topicNames.get(slug);
      return name === undefined ? [] : [{ slug, name }];
    })
    .sort(byTopicName);
  const listed = listingDay(sources);
  // The same attributes as the pages' cards, so a result is saved and muted as a card is.
  const reader = cardAttributes({
    slug,
    listed,
    title: plainTitle(title),
    date,
    arxiv,
    authorNames,
    topics: named,
  });
  return searchRecord({
    slug,
    title,
    date,
    listed,
    upvotes,
    topics: named.map(({ name }) => name),
    authorNames,
    code: github === undefined ? undefined : { url: github, stars: githubStars },
    abstract: markdownToAbstract(body),
    reader,
  });
}
