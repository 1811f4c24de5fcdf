/** Entries of a text dump written by tests, in the form the listing copies (see tests/fixtures). */

/**
 * One entry and the blank line after it: its title, abstract, author count and date line (a date,
 * then its upvotes if any: "Apr 14 3"). Entries are concatenated into a dump as they are.
 */
export function textEntry(title: string, dateLine: string, { abstract = 'Abstract.', authors = 2 } = {}): string {
  return `${title}\n\n${abstract}\n\n  • ${authors} authors\n·\n${dateLine}\n\n`;
}
