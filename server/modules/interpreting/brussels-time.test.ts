import { describe, expect, it } from 'vitest';
import {
  addDays,
  brusselsDate,
  brusselsDateTime,
  brusselsParts,
  isLocalDate,
  isoWeekday,
  startOfIsoWeek,
} from './brussels-time.ts';

describe('brussels-time', () => {
  it('reads the Brussels calendar date, not the UTC one', () => {
    expect(brusselsDate(new Date('2027-01-11T23:30:00Z'))).toBe('2027-01-12');
    expect(brusselsDate(new Date('2027-07-11T22:30:00Z'))).toBe('2027-07-12');
    expect(brusselsParts(new Date('2027-07-01T07:05:00Z'))).toMatchObject({ hour: 9, minute: 5 });
  });

  it('turns wall-clock time into the right instant in winter and summer', () => {
    expect(brusselsDateTime('2027-01-12', '09:00').toISOString()).toBe('2027-01-12T08:00:00.000Z');
    expect(brusselsDateTime('2027-07-12', '09:00').toISOString()).toBe('2027-07-12T07:00:00.000Z');
  });

  it('handles the DST nights', () => {
    // 28 March 2027: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and lands an hour later.
    expect(brusselsDateTime('2027-03-28', '01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(brusselsDateTime('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(brusselsDateTime('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // 31 October 2027: 02:30 happens twice; the earlier (summer-time) reading is taken.
    expect(brusselsDateTime('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(brusselsDateTime('2027-10-31', '09:00').toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('does calendar arithmetic on plain dates', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(isoWeekday('2027-01-10')).toBe(7);
    expect(isoWeekday('2027-01-11')).toBe(1);
    expect(startOfIsoWeek('2027-01-10')).toBe('2027-01-04');
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
  });
});
