import { parseDateTime, toZoned } from '@internationalized/date';

export const BRUSSELS = 'Europe/Brussels';

/** A Brussels wall-clock moment (`YYYY-MM-DD`, `HH:MM`) as an instant; DST is resolved the usual way. */
export function brusselsInstant(day: string, time: string): Date {
  return toZoned(parseDateTime(`${day}T${time}`), BRUSSELS).toDate();
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The windows from `startTime` every `minutes` that end by `endTime`, in Brussels local time. A
 * remainder shorter than a slot is left out: a slot is always the full length the site plans.
 */
export function slotWindows(
  day: string,
  startTime: string,
  endTime: string,
  minutes: number,
): { startsAt: Date; endsAt: Date }[] {
  const first = minutesOf(startTime);
  const last = minutesOf(endTime);
  if (first >= 24 * 60 || last > 24 * 60) return [];
  const windows: { startsAt: Date; endsAt: Date }[] = [];
  for (let start = first; start + minutes <= last; start += minutes) {
    windows.push({
      startsAt: brusselsInstant(day, timeOf(start)),
      endsAt: brusselsInstant(day, timeOf(start + minutes)),
    });
  }
  return windows;
}
