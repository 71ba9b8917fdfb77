/** Calendar-day arithmetic on `YYYY-MM-DD` strings (UTC midnight, so no daylight-saving drift). */

const MS_PER_DAY = 86_400_000;

function toUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Nights from `from` to `to` (the departure day is not a night). */
export function nightsBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** Every day of [from, to). */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The capacity pool of one day of the site. */
export function sitePoolKey(day: string): string {
  return `transit-site:${day}`;
}

/** The day of a pool key, or null for another pool. */
export function dayOfPoolKey(key: string): string | null {
  return key.startsWith('transit-site:') ? key.slice('transit-site:'.length) : null;
}

/** The same day `months` months earlier or later (the 31st falls back to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) throw new RangeError(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}
