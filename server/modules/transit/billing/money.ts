/** Formatting and calendar arithmetic for the transit site's bills and receipts (Belgian style). */

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** Cents → `€ 1.234,56`: dot for thousands, comma for decimals, minus before the sign. */
export function euro(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const whole = Math.trunc(Math.abs(cents) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}€ ${whole},${pad2(Math.abs(cents) % 100)}`;
}

/** A quantity with a decimal comma and at most two decimals: `34,5`. */
export function decimal(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

/** `2027-07-01` → `01/07/2027`. */
export function dayNl(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** The calendar day `count` days after `day` (both YYYY-MM-DD; no time zone involved). */
export function addDays(day: string, count: number): string {
  const moved = new Date(`${day}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + count);
  return moved.toISOString().slice(0, 10);
}

/** The days from `from` up to but not including `to`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}
