import { addDays, brusselsDate, brusselsInstant, isoWeekday, type LocalDate } from './brussels-time.ts';

/** A recurring weekly window in Brussels wall-clock time; `to` may be "24:00" for midnight. */
export type WeeklyWindow = { weekday: number; from: string; to: string };

/** A one-off change: extra hours (available) or time off (unavailable), as ISO instants. */
export type AvailabilityException = { start: string; end: string; available: boolean };

/** Epoch milliseconds, half-open [start, end). */
export type TimeRange = { start: number; end: number };

export type AvailabilityAnswer = 'available' | 'outside_weekly_hours' | 'time_off';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function minuteOfDay(clock: string): number {
  if (!CLOCK.test(clock)) throw new RangeError(`not a time of day (HH:MM): ${clock}`);
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Most interpreters share the same few window edges, and a matching run asks for them hundreds of
 * times on the same date; the Intl conversion behind brusselsInstant is the costly part.
 */
const wallClockCache = new Map<string, number>();

function wallClock(date: LocalDate, minute: number): number {
  const key = `${date}|${minute}`;
  const cached = wallClockCache.get(key);
  if (cached !== undefined) return cached;
  if (wallClockCache.size > 50_000) wallClockCache.clear();
  const value = brusselsInstant(date, minute).getTime();
  wallClockCache.set(key, value);
  return value;
}

/** The weekly windows that fall on the given Brussels dates, as instants (DST-correct per date). */
function weeklyRanges(windows: readonly WeeklyWindow[], dates: readonly LocalDate[]): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (const date of dates) {
    const weekday = isoWeekday(date);
    for (const window of windows) {
      if (window.weekday !== weekday) continue;
      const start = wallClock(date, minuteOfDay(window.from));
      const end = wallClock(date, minuteOfDay(window.to));
      if (end > start) ranges.push({ start, end });
    }
  }
  return ranges;
}

/** True when the union of `ranges` covers all of `target`. */
export function covers(ranges: readonly TimeRange[], target: TimeRange): boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let reached = target.start;
  for (const range of sorted) {
    if (range.start > reached) break;
    reached = Math.max(reached, range.end);
    if (reached >= target.end) return true;
  }
  return reached >= target.end;
}

/**
 * Time off wins over everything; otherwise the job must lie inside the weekly windows plus any
 * extra hours. A job across midnight needs windows on both dates that join up.
 */
export function isAvailable(
  windows: readonly WeeklyWindow[],
  exceptions: readonly AvailabilityException[],
  job: TimeRange,
): AvailabilityAnswer {
  const extra: TimeRange[] = [];
  for (const exception of exceptions) {
    const range = { start: Date.parse(exception.start), end: Date.parse(exception.end) };
    if (!exception.available && range.start < job.end && job.start < range.end) return 'time_off';
    if (exception.available) extra.push(range);
  }
  const first = brusselsDate(new Date(job.start));
  const last = brusselsDate(new Date(job.end - 1));
  const dates =
    first === last ? [first] : [first, addDays(first, 1), last].filter((d, i, all) => all.indexOf(d) === i);
  return covers([...weeklyRanges(windows, dates), ...extra], job) ? 'available' : 'outside_weekly_hours';
}
