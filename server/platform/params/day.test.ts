import { describe, expect, it } from 'vitest';
import { toDay } from './day.ts';

describe('toDay', () => {
  it('takes the calendar day in Brussels, in winter and in summer time', () => {
    expect(toDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(toDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(toDay(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(toDay(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('accepts real YYYY-MM-DD days only', () => {
    expect(toDay('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-1', '01/01/2026', '']) {
      expect(() => toDay(bad), bad).toThrow(RangeError);
    }
    expect(() => toDay(new Date('nonsense'))).toThrow(RangeError);
  });
});
