import { brusselsInstant } from '../interpreting/brussels.ts';

/**
 * A datetime-local value ("2027-01-12T09:00", Brussels wall time as the dispatcher means it) as an
 * instant with its offset; null when incomplete.
 */
export function localToInstant(value: string): string | null {
  const [date, time] = value.split('T');
  if (!date || !time) return null;
  return brusselsInstant(date, time.slice(0, 5));
}
