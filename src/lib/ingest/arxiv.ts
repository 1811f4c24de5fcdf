/**
 * arXiv identifiers, as the Daily Papers listing gives them: `2410.17243` (since 2007) or
 * `hep-th/9901001` (before), without a version. Anything else is not used: the id goes into
 * links and file contents.
 */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})$/;

/** The id, if `value` is one (a trailing version such as `v2` dropped). */
export function arxivId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim().replace(/v\d+$/, '');
  return ARXIV_ID.test(id) ? id : undefined;
}
