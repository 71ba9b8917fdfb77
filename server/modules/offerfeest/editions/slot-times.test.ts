import { describe, expect, it } from 'vitest';
import { brusselsInstant, slotWindows } from './slot-times.ts';

describe('slot windows in Brussels time', () => {
  it('reads summer time (UTC+2) and winter time (UTC+1)', () => {
    expect(brusselsInstant('2027-05-16', '08:00').toISOString()).toBe('2027-05-16T06:00:00.000Z');
    expect(brusselsInstant('2027-01-16', '08:00').toISOString()).toBe('2027-01-16T07:00:00.000Z');
  });

  it('cuts the day into full slots and leaves a short remainder out', () => {
    const windows = slotWindows('2027-05-16', '08:00', '10:45', 30);
    expect(windows.map((w) => w.startsAt.toISOString())).toEqual([
      '2027-05-16T06:00:00.000Z',
      '2027-05-16T06:30:00.000Z',
      '2027-05-16T07:00:00.000Z',
      '2027-05-16T07:30:00.000Z',
      '2027-05-16T08:00:00.000Z',
    ]);
    expect(windows.at(-1)?.endsAt.toISOString()).toBe('2027-05-16T08:30:00.000Z');
  });

  it('gives nothing when the end is not after the start, or past midnight', () => {
    expect(slotWindows('2027-05-16', '10:00', '09:00', 30)).toEqual([]);
    expect(slotWindows('2027-05-16', '25:00', '26:00', 30)).toEqual([]);
  });
});
