/** Invoice quarters and statement months as calendar-day ranges (both ends inclusive). */

export type Period = { label: string; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2027-Q1` → 1 January – 31 March 2027. */
export function quarterPeriod(quarter: string): Period {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new RangeError(`not a quarter (YYYY-Qn): ${quarter.slice(0, 20)}`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3 + 1;
  return {
    label: quarter,
    start: `${year}-${pad(firstMonth)}-01`,
    end: lastDayOfMonth(year, firstMonth + 2),
  };
}

/** `2027-01` → 1 – 31 January 2027. */
export function monthPeriod(month: string): Period {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${month.slice(0, 20)}`);
  const year = Number(match[1]);
  const m = Number(match[2]);
  return { label: month, start: `${year}-${pad(m)}-01`, end: lastDayOfMonth(year, m) };
}

/** The quarter a calendar day falls in. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** `2027-01-12` → `12/01/2027`, as dates are written in Belgium. */
export function belgianDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** Cents → `€ 1.234,56` (Belgian: dot for thousands, comma for decimals). */
export function formatEuro(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError('cents must be an integer');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${pad(abs % 100)}`;
}

/** Cents → `1234,56`, for CSV cells that a Belgian Excel reads as numbers. */
export function decimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${pad(abs % 100)}`;
}
