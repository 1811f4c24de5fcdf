/** Topics as readers look them up, wherever they are listed: by name, `other` last. */
import { OTHER_TOPIC } from './scoring.ts';

export function byTopicName(a: { slug: string; name: string }, b: { slug: string; name: string }): number {
  return Number(a.slug === OTHER_TOPIC.slug) - Number(b.slug === OTHER_TOPIC.slug) || a.name.localeCompare(b.name);
}
