/**
 * Wall-clock time in Brussels, where every session happens, whatever the device's own zone says:
 * a requester abroad who books 09:00 means 09:00 in Ghent.
 */
const ZONE = 'Europe/Brussels';

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

/** Minutes east of UTC in Brussels at an instant (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * "2027-01-12" + "09:00" → "2027-01-12T09:00:00+01:00". The offset is the one in force at that wall
 * time; found from a first guess and checked once more, which settles both DST changes.
 */
export function brusselsInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  let offset = brusselsOffsetMinutes(new Date(asUtc - 60 * 60_000));
  offset = brusselsOffsetMinutes(new Date(asUtc - offset * 60_000));
  return `${date}T${time}:00${formatOffset(offset)}`;
}

export type BrusselsParts = { date: string; time: string; weekday: number };

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Brussels calendar date, clock time and ISO weekday of an instant. */
export function brusselsParts(instant: string | Date): BrusselsParts {
  const parts = partsFormat.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    weekday: WEEKDAYS[get('weekday')] ?? 0,
  };
}

/** Adds days to an ISO date, in the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date `count` weekdays after `date` (weekends skipped; public holidays are the server's). */
export function addWeekdays(date: string, count: number): string {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (weekdayOf(current) <= 5) left -= 1;
  }
  return current;
}

/**
 * The free-cancellation deadline as the page can estimate it: 10:00 in Brussels on the weekday
 * before the session. The server has the effective-dated rule and the public holidays, and its
 * answer after cancelling is what counts; this estimate lets the requester decide beforehand.
 */
export function estimatedFreeCancellationDeadline(start: string, cutoff = '10:00'): string | null {
  const { date } = brusselsParts(start);
  let day = addDays(date, -1);
  while (weekdayOf(day) > 5) day = addDays(day, -1);
  return brusselsInstant(day, cutoff);
}
