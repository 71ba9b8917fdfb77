import { describe, expect, it } from 'vitest';
import {
  addWeekdays,
  brusselsInstant,
  brusselsParts,
  estimatedFreeCancellationDeadline,
} from './brussels.ts';

describe('Brussels wall-clock time', () => {
  it('gives the offset in force at that wall time, across both DST changes', () => {
    expect(brusselsInstant('2027-01-12', '09:00')).toBe('2027-01-12T09:00:00+01:00');
    expect(brusselsInstant('2027-07-12', '09:00')).toBe('2027-07-12T09:00:00+02:00');
    // 28 March 2027: clocks go from 02:00 to 03:00; 31 October 2027: from 03:00 back to 02:00.
    expect(brusselsInstant('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+01:00');
    expect(brusselsInstant('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
    expect(brusselsInstant('2027-10-31', '04:00')).toBe('2027-10-31T04:00:00+01:00');
    expect(brusselsInstant('2027-10-30', '23:00')).toBe('2027-10-30T23:00:00+02:00');
  });

  it('refuses what is not a date and a time', () => {
    expect(brusselsInstant('12/01/2027', '09:00')).toBeNull();
    expect(brusselsInstant('2027-01-12', '9:00')).toBeNull();
    expect(brusselsInstant('2027-01-12', '24:30')).toBeNull();
  });

  it('reads an instant back as the Brussels date, time and ISO weekday', () => {
    expect(brusselsParts('2027-01-11T23:30:00Z')).toEqual({ date: '2027-01-12', time: '00:30', weekday: 2 });
    expect(brusselsParts('2027-07-12T07:00:00Z')).toEqual({ date: '2027-07-12', time: '09:00', weekday: 1 });
  });

  it('skips weekends when counting weekdays ahead', () => {
    expect(addWeekdays('2027-01-14', 3)).toBe('2027-01-19'); // Thursday → Tuesday
    expect(addWeekdays('2027-01-16', 1)).toBe('2027-01-18'); // Saturday → Monday
  });

  it('estimates free cancellation until 10:00 on the weekday before', () => {
    // A Monday session: the Friday before at 10:00 (winter time, so 09:00 UTC).
    expect(estimatedFreeCancellationDeadline('2027-01-18T08:00:00Z')).toBe('2027-01-15T10:00:00+01:00');
    expect(estimatedFreeCancellationDeadline('2027-07-14T12:00:00Z')).toBe('2027-07-13T10:00:00+02:00');
  });
});
