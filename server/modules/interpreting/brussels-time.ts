/**
 * Europe/Brussels wall-clock helpers on top of Intl, so that no date library is needed.
 * Calendar dates are plain `YYYY-MM-DD` strings: they compare correctly as strings and carry no
 * hidden time zone.
 */

/** A calendar date in Brussels, `YYYY-MM-DD`. */
export type LocalDate = string;

export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: BRUSSELS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export type BrusselsParts = { date: LocalDate; hour: number; minute: number; second: number };

/** The Brussels calendar date and wall-clock time of an instant. */
export function brusselsParts(instant: Date): BrusselsParts {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The Brussels calendar date of an instant. */
export function brusselsDate(instant: Date): LocalDate {
  return brusselsParts(instant).date;
}

/** Minutes since local midnight in Brussels. */
export function brusselsMinuteOfDay(instant: Date): number {
  const { hour, minute } = brusselsParts(instant);
  return hour * 60 + minute;
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

function dateToUtcMidnight(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** `HH:MM` → minutes since midnight. */
export function parseLocalTime(time: string): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(dateToUtcMidnight(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(dateToUtcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week that holds the date. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Brussels offset from UTC in minutes at an instant (+60 in winter, +120 in summer). */
function offsetMinutes(epochMs: number): number {
  const p = brusselsParts(new Date(epochMs));
  const asUtc = Date.parse(`${p.date}T00:00:00Z`) + ((p.hour * 60 + p.minute) * 60 + p.second) * 1000;
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant at which Brussels clocks show `date` `minuteOfDay`. Around a DST change the two
 * possible offsets are tried; an ambiguous autumn time takes the earlier (summer-time) reading,
 * and a time that does not exist (02:30 on the spring-forward night) lands one hour later.
 */
export function brusselsInstant(date: LocalDate, minuteOfDay: number): Date {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 1440) {
    throw new RangeError(`minute of day must be 0…1440: ${minuteOfDay}`);
  }
  const naive = dateToUtcMidnight(date) + minuteOfDay * 60_000;
  const offsets = [offsetMinutes(naive - 6 * 3_600_000), offsetMinutes(naive + 6 * 3_600_000)];
  const target = addDays(date, Math.floor(minuteOfDay / 1440));
  const valid = offsets
    .map((offset) => naive - offset * 60_000)
    .filter((ms) => {
      const p = brusselsParts(new Date(ms));
      return p.date === target && p.hour * 60 + p.minute === minuteOfDay % 1440;
    });
  return new Date(valid.length > 0 ? Math.min(...valid) : naive - (offsets[0] ?? 60) * 60_000);
}

/** Convenience: instant of a `YYYY-MM-DD` + `HH:MM` Brussels wall-clock time. */
export function brusselsDateTime(date: LocalDate, time: string): Date {
  return brusselsInstant(date, parseLocalTime(time));
}
