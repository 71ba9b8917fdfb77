import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysOf,
  formatDay,
  formatInstant,
  formatMoney,
  isDay,
  nightsBetween,
  stepActions,
  stepIndex,
  toCents,
  todayInBrussels,
} from './format.ts';

describe('transit formatting', () => {
  it('counts nights without the departure day, across daylight saving and month ends', () => {
    expect(nightsBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(nightsBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(nightsBetween('2026-11-01', '2026-11-22')).toBe(21);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysOf('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    expect(daysOf('2026-11-29', '2026-11-29')).toEqual([]);
  });

  it('tells real calendar days from look-alikes', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  it('shows money as € 7,20 and reads typed euros into cents', () => {
    expect(formatMoney(720)).toMatch(/^€\s7,20$/u);
    expect(formatMoney(20000)).toMatch(/^€\s200,00$/u);
    expect(formatMoney(-1550)).toMatch(/15,50/u);
    expect(toCents('7,20')).toBe(720);
    expect(toCents('200')).toBe(20000);
    expect(toCents('1 234.5')).toBe(123450);
    expect(toCents('7,205')).toBeNull();
    expect(toCents('€7')).toBeNull();
  });

  it('takes today and instants in Brussels time, not the device’s zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1).
    expect(todayInBrussels(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(formatInstant('2026-07-01T22:15:00Z')).toMatch(/2 jul.*2026.*00:15/u);
    expect(formatInstant(null)).toBe('—');
    expect(formatDay('2026-11-27', 'short')).toMatch(/27\/11|27-11/u);
    expect(formatDay('2026-11-27')).toMatch(/vrijdag 27 november 2026/u);
  });

  it('places a status on the step path, an extension on site and side states off it', () => {
    expect(stepIndex('requested')).toBe(0);
    expect(stepIndex('settled')).toBe(5);
    expect(stepIndex('extended')).toBe(stepIndex('checked_in'));
    expect(stepIndex('cancelled')).toBe(-1);
  });

  it('reads the server’s action names in any spelling and ignores unknown ones', () => {
    expect(stepActions(['check_in', 'CANCEL', 'noShow', 'travellers'])).toEqual([
      'check-in',
      'cancel',
      'no-show',
    ]);
    expect(stepActions([])).toEqual([]);
  });
});
