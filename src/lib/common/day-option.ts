/** Days the user names (an option's value, a dump's file name): real days, none after today. */
import { compareDays, parseIsoDate, toIsoDate, type Day } from './dates.ts';
import { InputError } from './files.ts';

/** Why a day the user named (`what`, as the message names it) cannot be: it is after today (UTC). */
export function afterToday(what: string, day: Day, today: Day): string | undefined {
  if (compareDays(day, today) <= 0) return undefined;
  return `${what} is after today (${toIsoDate(today)}, UTC): no papers are listed yet`;
}

/** The day `--name value` names; one that is not a real date, or is after today, is an InputError. */
export function dayOption(name: string, value: string, today: Day): Day {
  const day = parseIsoDate(value);
  if (!day) throw new InputError(`--${name} ${JSON.stringify(value)}: expected a real date as YYYY-MM-DD`);
  const late = afterToday(`--${name} ${value}`, day, today);
  if (late !== undefined) throw new InputError(late);
  return day;
}
