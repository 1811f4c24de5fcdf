/** The search records of the collection's papers (see record.ts), from their files. */
import { paperSchema } from '../../content.config.ts';
import { markdownToAbstract } from '../ingest/markdown-body.ts';
import { readPaperFile } from '../ingest/paper-file.ts';
import { readTaxonomy } from '../topics/taxonomy.ts';
import { areasWithOther, OTHER_AREA, topicsWithOther } from '../topics/scoring.ts';
import { InputError } from '../common/files.ts';
import { listingDay } from '../site/listing-day.ts';
import { plainText } from '../site/title-text.ts';
import { cardCitation } from '../reader/card-data.ts';
import { byTopicName } from '../topics/topic-order.ts';
import type { FilterNames } from './query.ts';
import { searchRecord } from './record.ts';

const namesBySlug = (labels: ReadonlyMap<string, { name: string }>) =>
  new Map([...labels].map(([slug, { name }]) => [slug, name]));

/**
 * Area and topic names by slug, as pages show them: a topic slug the taxonomy lost is not shown,
 * an area slug it lost is `other`'s (see src/content.ts).
 */
export function filterNamesOf(taxonomyFile: string): FilterNames {
  const { areas, topics } = readTaxonomy(taxonomyFile);
  return {
    areas: namesBySlug(areasWithOther(Object.entries(areas))),
    topics: namesBySlug(topicsWithOther(Object.entries(topics))),
  };
}

/** A paper's search record, from the text of its collection file `file` (checked against the schema: a file that fails is the user's to fix, by running the ingest again). */
export function paperRecord(
  file: string,
  slug: string,
  text: string,
  names: FilterNames,
): { url: string; content: string } {
  const { data, body } = readPaperFile(text, file);
  const checked = paperSchema.safeParse(data);
  if (!checked.success)
    throw new InputError(
      `${file}: ${checked.error.issues.map(({ path, message }) => `${path.join('.') || 'front matter'}: ${message}`).join('; ')}`,
    );
  const { title, date, sources, upvotes, area, topics, authorNames, github, githubStars, arxiv } = checked.data;
  const named = topics
    .flatMap((slug) => {
      const name = names.topics.get(slug);
      return name === undefined ? [] : [{ slug, name }];
    })
    .sort(byTopicName);
  const listed = listingDay(sources);
  // The parts of the card's citation the index holds no other way (see record.ts).
  const { key } = cardCitation({ title: plainText(title), date, arxiv, authorNames });
  return searchRecord({
    slug,
    title,
    date,
    listed,
    upvotes,
    area: names.areas.get(area) ?? OTHER_AREA.name,
    topics: named.map(({ name }) => name),
    authorNames,
    code: github === undefined ? undefined : { url: github, stars: githubStars },
    abstract: markdownToAbstract(body),
    citation: { key, arxiv },
  });
}
