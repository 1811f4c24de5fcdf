/** Small taxonomies for tests: topics, each in an area (by default one area, `field`). */
import type { Area, Taxonomy, Topic } from '../../src/content.config.ts';

/** No areas and no topics: every paper goes to `other`. */
export const NO_TAXONOMY: Taxonomy = { areas: {}, topics: {} };

const FIELD: Record<string, Area> = { field: { name: 'Field', description: 'd', phrases: { field: 1 } } };

/** A taxonomy of these topics; a topic without an area is in the first area. */
export function taxonomyOf(
  topics: Record<string, Omit<Topic, 'area' | 'description'> & Partial<Pick<Topic, 'area' | 'description'>>>,
  areas: Record<string, Area> = FIELD,
): Taxonomy {
  const first = Object.keys(areas)[0] as string;
  return {
    areas,
    topics: Object.fromEntries(
      Object.entries(topics).map(([slug, topic]) => [slug, { description: 'd', area: first, ...topic }]),
    ),
  };
}
