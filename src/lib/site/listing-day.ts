/**
 * A day page is a Daily Papers day: a paper is on the day the listing first showed it, its
 * earliest source's capture (a JSON dump's `submittedOnDailyAt`), whatever its own date.
 */
export function listingDay(sources: readonly { captured: string }[]): string {
  let earliest: string | undefined;
  for (const { captured } of sources) if (earliest === undefined || captured < earliest) earliest = captured;
  if (earliest === undefined) throw new Error('a paper has at least one source');
  return earliest;
}
