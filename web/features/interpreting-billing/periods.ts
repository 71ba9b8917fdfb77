/**
 * Calendar periods the billing pages pick from, as the API writes them: quarters "2027-Q1",
 * months "2027-01", days "2027-01-31" (Brussels days; the caller passes today's Brussels date).
 */

const pad = (n: number) => String(n).padStart(2, '0');

function parts(day: string): { year: number; month: number } {
  const [year = 2000, month = 1] = day.split('-').map(Number);
  return { year, month };
}

export function quarterOf(day: string): string {
  const { year, month } = parts(day);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The quarter's first and last day: "2027-Q1" → 2027-01-01 … 2027-03-31. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const firstMonth = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}` };
}

/** This quarter and the ones before it, newest first. */
export function recentQuarters(today: string, count: number): string[] {
  const { year, month } = parts(today);
  let index = year * 4 + Math.ceil(month / 3) - 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++, index--) out.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return out;
}

/** This month and the ones before it, newest first. */
export function recentMonths(today: string, count: number): string[] {
  const { year, month } = parts(today);
  let index = year * 12 + month - 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++, index--) out.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  return out;
}

const monthName = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2027-01" → "januari 2027". */
export function monthLabel(month: string): string {
  const { year, month: m } = parts(`${month}-01`);
  return monthName.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** "2027-Q1" → "1e kwartaal 2027 (jan–mrt)". */
export function quarterLabel(quarter: string): string {
  const q = Number(quarter.slice(6));
  const spans = ['jan–mrt', 'apr–jun', 'jul–sep', 'okt–dec'];
  return `${q}e kwartaal ${quarter.slice(0, 4)} (${spans[q - 1] ?? ''})`;
}

/** Minutes as "1 u 05" (hours and minutes), the way a timesheet is read. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(abs / 60)} u ${pad(abs % 60)}`;
}

/** Minutes between two instants (ISO strings); null when one is missing. */
export function minutesBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  return Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000);
}
