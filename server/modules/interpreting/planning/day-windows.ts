import { isAvailable, type TimeRange, type WeeklyWindow } from '../availability.ts';
import { addDays, brusselsInstant, type LocalDate } from '../brussels-time.ts';

export type DayWindowInput = {
  weekly: readonly WeeklyWindow[];
  exceptions: readonly { start: string; end: string; available: boolean }[];
  /** Existing busy ranges (assignments, travel included), epoch ms. */
  busy: readonly TimeRange[];
  /** Kept free around each existing job, for the trip to and from it (minutes). */
  marginMinutes: number;
};

const STEP_MINUTES = 15;

/**
 * The free windows of one Brussels day for the day planner: where the interpreter is available
 * (weekly hours, extra hours, no time off) and not already busy. Sampled on a quarter-hour grid,
 * which is how sessions are booked; a window's edges are exact quarter hours.
 */
export function freeWindows(day: LocalDate, input: DayWindowInput): TimeRange[] {
  const dayStart = brusselsInstant(day, 0).getTime();
  const dayEnd = brusselsInstant(addDays(day, 1), 0).getTime();
  const margin = input.marginMinutes * 60_000;
  const blocked = input.busy.map((b) => ({ start: b.start - margin, end: b.end + margin }));
  const windows: TimeRange[] = [];
  let open: number | null = null;
  for (let t = dayStart; t < dayEnd; t += STEP_MINUTES * 60_000) {
    const slot = { start: t, end: Math.min(t + STEP_MINUTES * 60_000, dayEnd) };
    const free =
      isAvailable(input.weekly, input.exceptions, slot) === 'available' &&
      !blocked.some((b) => b.start < slot.end && slot.start < b.end);
    if (free && open === null) open = slot.start;
    if (!free && open !== null) {
      windows.push({ start: open, end: slot.start });
      open = null;
    }
  }
  if (open !== null) windows.push({ start: open, end: dayEnd });
  return windows;
}
