/** Days the user names (an option's value, a dump's file name): real days, none after today. */
import { addDays, compareDays, parseIsoDate, toIsoDate, type Day } from './dates.ts';
import { InputError } from './files.ts';

/** Why a day the user named (`what`, as the message names it) cannot be: it is after today (UTC). */
export function afterToday(what: string, day: Day, today: Day): string | undefined {
  if (compareDays(day, today) <= 0) return undefined;
  return `${what} is after today (${toIsoDate(today)}, UTC): no papers are listed yet`;
}

/**
 * Why a day someone named by their own calendar (`what`) cannot be: it is later than today in
 * every time zone (the earliest run a day ahead of UTC).
 */
export function afterEveryToday(what: string, day: Day, today: Day): string | undefined {
  if (compareDays(day, addDays(today, 1)) <= 0) return undefined;
  return `${what} is a day no time zone has reached yet (today is ${toIsoDate(today)} in UTC): no papers are listed yet`;
}

/**
 * The day `--name value` names; one that is not a real date, or is too late (`tooLate`: by
 * default, after today in UTC), is an InputError.
 */
export function dayOption(name: string, value: string, today: Day, tooLate = afterToday): Day {
  const day = parseIsoDate(value);
  if (!day) throw new InputError(`--${name} ${JSON.stringify(value)}: expected a real date as YYYY-MM-DD`);
  const late = tooLate(`--${name} ${value}`, day, today);
  if (late !== undefined) throw new InputError(late);
  return day;
}
