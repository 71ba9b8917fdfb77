import type { InterpretingErrorCode, Recurrence, SeriesScope } from '../../../contracts/interpreting.ts';
import type { FieldError } from '../../../contracts/problem.ts';
import {
  addDays,
  brusselsDate,
  brusselsInstant,
  brusselsMinuteOfDay,
  type LocalDate,
  parseLocalTime,
} from './brussels-time.ts';
import { isWorkingDay, type WorkingDayOptions } from './working-days.ts';

/** One planned session of a series; times are UTC ISO strings, dates are Brussels dates. */
export type Occurrence = {
  index: number;
  localDate: LocalDate;
  start: string;
  end: string;
  /** True on a weekend or public holiday: flagged for the requester, never silently dropped. */
  onClosedDay: boolean;
};

export type ExpandOptions = { maxOccurrences: number; workingDays?: WorkingDayOptions };

/**
 * Expands a series into occurrences that keep the first session's Brussels wall-clock time, so a
 * weekly 09:00 meeting stays at 09:00 across the DST change (its UTC time moves by an hour).
 * Stops at `count`, at `until` (inclusive), or at `maxOccurrences + 1` so the caller can tell
 * that the series is too long.
 */
export function expandSeries(
  start: Date,
  durationMinutes: number,
  recurrence: Recurrence | undefined,
  options: ExpandOptions,
): Occurrence[] {
  const firstDate = brusselsDate(start);
  const minuteOfDay = brusselsMinuteOfDay(start);
  if (!recurrence) return [occurrence(0, firstDate, start, durationMinutes, options)];
  if (recurrence.count === undefined && recurrence.until === undefined) {
    throw new RangeError('a series needs a count or an until date');
  }
  const stepDays = (recurrence.frequency === 'weekly' ? 7 : 1) * recurrence.interval;
  const limit = Math.min(recurrence.count ?? Number.POSITIVE_INFINITY, options.maxOccurrences + 1);
  const result: Occurrence[] = [];
  for (let index = 0; index < limit; index += 1) {
    const date = addDays(firstDate, index * stepDays);
    if (recurrence.until !== undefined && date > recurrence.until) break;
    const instant = index === 0 ? start : brusselsInstant(date, minuteOfDay);
    result.push(occurrence(index, date, instant, durationMinutes, options));
  }
  return result;
}

function occurrence(
  index: number,
  localDate: LocalDate,
  start: Date,
  durationMinutes: number,
  options: ExpandOptions,
): Occurrence {
  return {
    index,
    localDate,
    start: start.toISOString(),
    end: new Date(start.getTime() + durationMinutes * 60_000).toISOString(),
    onClosedDay: !isWorkingDay(localDate, options.workingDays),
  };
}

/** A stored occurrence as the series editor sees it. */
export type SeriesItem = {
  id: string;
  index: number;
  start: string;
  end: string;
  status: 'active' | 'cancelled';
};

/**
 * What to do to the occurrences in scope. `move` gives one occurrence a new start and only makes
 * sense for scope "this"; `reschedule` keeps each occurrence's own date and sets a new Brussels
 * wall-clock time (and optionally a new duration).
 */
export type SeriesChange =
  | { kind: 'cancel' }
  | { kind: 'reschedule'; time: string; durationMinutes?: number }
  | { kind: 'move'; start: string; durationMinutes?: number };

export type SeriesError = FieldError & { code: InterpretingErrorCode };
export type SeriesEditResult<T extends SeriesItem> =
  | { ok: true; items: T[]; changedIds: string[] }
  | { ok: false; error: SeriesError };

/**
 * The ids a change applies to. Occurrences that have already started are history and are never
 * touched; cancelled ones are skipped too, except when "this" names one explicitly.
 */
export function occurrencesInScope(
  items: readonly SeriesItem[],
  target: SeriesItem,
  scope: SeriesScope,
  now: Date,
): string[] {
  const open = (item: SeriesItem) => Date.parse(item.start) > now.getTime();
  if (scope === 'this') return open(target) ? [target.id] : [];
  return items
    .filter((item) => scope === 'all' || item.index >= target.index)
    .filter((item) => item.status === 'active' && open(item))
    .map((item) => item.id);
}

/** Applies a change to "this one", "this and following" or "all" occurrences of a series. */
export function applySeriesChange<T extends SeriesItem>(
  items: readonly T[],
  targetId: string,
  scope: SeriesScope,
  change: SeriesChange,
  now: Date,
): SeriesEditResult<T> {
  const target = items.find((item) => item.id === targetId);
  if (!target) return fail('occurrenceId', 'no such occurrence in this series');
  if (change.kind === 'move' && scope !== 'this') {
    return fail('scope', 'moving to another date applies to one occurrence only; use "reschedule" for more');
  }
  const ids = new Set(occurrencesInScope(items, target, scope, now));
  if (ids.size === 0)
    return fail('occurrenceId', 'nothing left to change: the occurrence has already started');
  const next = items.map((item) => (ids.has(item.id) ? changed(item, change) : item));
  return { ok: true, items: next, changedIds: [...ids] };
}

function changed<T extends SeriesItem>(item: T, change: SeriesChange): T {
  const duration = (Date.parse(item.end) - Date.parse(item.start)) / 60_000;
  if (change.kind === 'cancel') return { ...item, status: 'cancelled' };
  const start =
    change.kind === 'move'
      ? new Date(change.start)
      : brusselsInstant(brusselsDate(new Date(item.start)), parseLocalTime(change.time));
  const minutes = change.durationMinutes ?? duration;
  return {
    ...item,
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes * 60_000).toISOString(),
  };
}

function fail<T extends SeriesItem>(path: string, message: string): SeriesEditResult<T> {
  return { ok: false, error: { path, message, code: 'INTERPRETING.SERIES_SCOPE_INVALID' } };
}
