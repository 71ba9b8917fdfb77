/** A calendar day as `YYYY-MM-DD`, or a moment in time. */
export type DayInput = Date | string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The agency works in Belgium: a moment belongs to the day it is on the wall clock in Brussels.
const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Brussels calendar day of a moment, or a checked `YYYY-MM-DD` string. Throws on anything else. */
export function toDay(at: DayInput): string {
  if (at instanceof Date) {
    if (Number.isNaN(at.getTime())) throw new RangeError('invalid Date');
    return brussels.format(at);
  }
  const match = DAY.exec(at);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not a YYYY-MM-DD day: ${at.slice(0, 40)}`);
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    throw new RangeError(`no such day: ${at}`);
  return at;
}

/** Today in Brussels. */
export function today(now: Date = new Date()): string {
  return toDay(now);
}
