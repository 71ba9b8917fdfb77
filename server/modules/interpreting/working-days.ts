import Holidays from 'date-holidays';
import {
  addDays,
  brusselsDate,
  brusselsInstant,
  brusselsParts,
  isLocalDate,
  type LocalDate,
  parseLocalTime,
} from './brussels-time.ts';

/**
 * Working days for the interpreting service: Monday to Friday, minus Belgium's ten national
 * public holidays (date-holidays 'BE', type "public"). Community days (11 July Flemish, 27
 * September French) are not national holidays and stay working days, as the BRIEF names no
 * closing days for the agency; agency-specific closing days can be passed in `extraClosedDays`.
 */
const belgium = new Holidays('BE', { types: ['public'] });
const holidaysByYear = new Map<number, ReadonlySet<LocalDate>>();

export function belgianPublicHolidays(year: number): ReadonlySet<LocalDate> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const days = new Set<LocalDate>();
  for (const holiday of belgium.getHolidays(year)) {
    if (holiday.type === 'public') days.add(holiday.date.slice(0, 10));
  }
  holidaysByYear.set(year, days);
  return days;
}

export function isBelgianPublicHoliday(date: LocalDate): boolean {
  return belgianPublicHolidays(Number(date.slice(0, 4))).has(date);
}

export type WorkingDayOptions = { extraClosedDays?: ReadonlySet<LocalDate> };

/** A calendar date, or an instant read as its Brussels calendar date. */
export type DayLike = LocalDate | Date;

function toLocalDate(day: DayLike): LocalDate {
  if (day instanceof Date) return brusselsDate(day);
  if (!isLocalDate(day)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${day}`);
  return day;
}

export function isWorkingDay(day: DayLike, options: WorkingDayOptions = {}): boolean {
  const date = toLocalDate(day);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (options.extraClosedDays?.has(date)) return false;
  return !isBelgianPublicHoliday(date);
}

/**
 * Moves `count` working days away from `day` (forward when positive, backward when negative);
 * `day` itself is never counted, so Friday + 1 is Monday. With 0 it answers `day` unchanged,
 * working day or not.
 */
export function addWorkingDays(day: DayLike, count: number, options: WorkingDayOptions = {}): LocalDate {
  if (!Number.isInteger(count)) throw new RangeError(`count must be an integer: ${count}`);
  let date = toLocalDate(day);
  const step = count < 0 ? -1 : 1;
  for (let left = Math.abs(count); left > 0; ) {
    date = addDays(date, step);
    if (isWorkingDay(date, options)) left -= 1;
  }
  return date;
}

/** The first working day on or after `day`. */
export function workingDayOnOrAfter(day: DayLike, options: WorkingDayOptions = {}): LocalDate {
  const date = toLocalDate(day);
  return isWorkingDay(date, options) ? date : addWorkingDays(date, 1, options);
}

/**
 * Working days in the half-open range [from, to): `from` counts, `to` does not. Monday → Wednesday
 * is 2 (Monday, Tuesday). Negative when `to` lies before `from`.
 */
export function workingDaysBetween(from: DayLike, to: DayLike, options: WorkingDayOptions = {}): number {
  const start = toLocalDate(from);
  const end = toLocalDate(to);
  if (end < start) return -workingDaysBetween(end, start, options);
  let count = 0;
  for (let date = start; date < end; date = addDays(date, 1)) {
    if (isWorkingDay(date, options)) count += 1;
  }
  return count;
}

/**
 * The lead-time rule as an effective-dated parameter: a request needs `workingDays` working days
 * ahead; a request that arrives at or after `cutOffTime` (Brussels, `HH:MM`) or on a closed day is
 * treated as received on the next working day.
 */
export type LeadTimeRule = { workingDays: number; cutOffTime: string };

export type LeadTimeCheck = {
  ok: boolean;
  /** The working day the request counts as received on. */
  receivedOn: LocalDate;
  /** Working days in [receivedOn, session date). */
  workingDaysAhead: number;
  /** The first session date that would satisfy the rule for this request moment. */
  earliestSessionDate: LocalDate;
};

/** The working day a request made at `requestedAt` counts as received on. */
export function receivedOn(
  requestedAt: Date,
  cutOffTime: string,
  options: WorkingDayOptions = {},
): LocalDate {
  const { date, hour, minute } = brusselsParts(requestedAt);
  const beforeCutOff = hour * 60 + minute < parseLocalTime(cutOffTime);
  if (beforeCutOff && isWorkingDay(date, options)) return date;
  return addWorkingDays(date, 1, options);
}

/**
 * "At least N working days ahead": the working days from the day of receipt (included) up to the
 * session's date (excluded) must number at least N. With N = 2 and a 16:00 cut-off, a request on
 * Friday 15:00 may book Tuesday (Friday and Monday count); Friday 16:30 counts from Monday and
 * may book Wednesday at the earliest. See README.md for the full definition.
 */
export function checkLeadTime(
  requestedAt: Date,
  sessionStart: Date,
  rule: LeadTimeRule,
  options: WorkingDayOptions = {},
): LeadTimeCheck {
  if (!Number.isInteger(rule.workingDays) || rule.workingDays < 0) {
    throw new RangeError(`lead time must be a whole number of working days: ${rule.workingDays}`);
  }
  const received = receivedOn(requestedAt, rule.cutOffTime, options);
  const sessionDate = brusselsDate(sessionStart);
  const ahead = workingDaysBetween(received, sessionDate, options);
  // received is a working day, so the Nth working day counting it is received + (N - 1).
  const lastCounted =
    rule.workingDays === 0 ? addDays(received, -1) : addWorkingDays(received, rule.workingDays - 1, options);
  const future = sessionStart.getTime() > requestedAt.getTime();
  return {
    ok: future && ahead >= rule.workingDays,
    receivedOn: received,
    workingDaysAhead: Math.max(0, ahead),
    earliestSessionDate: addDays(lastCounted, 1),
  };
}

/**
 * A deadline "N working days before the session, at HH:MM Brussels time", e.g. free cancellation
 * until 10:00 on the working day before (N = 1). An effective-dated parameter, like the lead time.
 */
export type WorkingDayDeadlineRule = { workingDaysBefore: number; time: string };

/** The instant of such a deadline for a session; counted back from the session's Brussels date. */
export function workingDayDeadline(
  sessionStart: Date,
  rule: WorkingDayDeadlineRule,
  options: WorkingDayOptions = {},
): Date {
  if (!Number.isInteger(rule.workingDaysBefore) || rule.workingDaysBefore < 0) {
    throw new RangeError(`working days before must be a whole number ≥ 0: ${rule.workingDaysBefore}`);
  }
  const day = addWorkingDays(brusselsDate(sessionStart), -rule.workingDaysBefore, options);
  return brusselsInstant(day, parseLocalTime(rule.time));
}

/** True while a change made at `at` is still before the deadline (e.g. a free cancellation). */
export function isBeforeDeadline(
  at: Date,
  sessionStart: Date,
  rule: WorkingDayDeadlineRule,
  options: WorkingDayOptions = {},
): boolean {
  return at.getTime() < workingDayDeadline(sessionStart, rule, options).getTime();
}
