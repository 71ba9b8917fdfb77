import { describe, expect, it } from 'vitest';
import { freeWindows } from './day-windows.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('freeWindows', () => {
  const weekly = [{ weekday: 2, from: '08:00', to: '17:00' }];

  it('gives the weekly hours of that weekday in Brussels time (winter: UTC+1)', () => {
    const windows = freeWindows('2027-01-12', { weekly, exceptions: [], busy: [], marginMinutes: 0 });
    expect(windows.map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2027-01-12T07:00:00.000Z', '2027-01-12T16:00:00.000Z'],
    ]);
  });

  it('is empty on a weekday without hours', () => {
    expect(freeWindows('2027-01-13', { weekly, exceptions: [], busy: [], marginMinutes: 0 })).toEqual([]);
  });

  it('cuts out an existing job with its margin, and time off', () => {
    const busy = [{ start: Date.parse('2027-01-12T09:00:00Z'), end: Date.parse('2027-01-12T10:00:00Z') }];
    const exceptions = [{ start: '2027-01-12T14:00:00Z', end: '2027-01-12T16:00:00Z', available: false }];
    const windows = freeWindows('2027-01-12', { weekly, exceptions, busy, marginMinutes: 30 });
    expect(windows.map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2027-01-12T07:00:00.000Z', '2027-01-12T08:30:00.000Z'],
      ['2027-01-12T10:30:00.000Z', '2027-01-12T14:00:00.000Z'],
    ]);
  });

  it('adds extra hours outside the weekly pattern (summer: UTC+2)', () => {
    const exceptions = [{ start: '2027-06-16T16:00:00Z', end: '2027-06-16T18:00:00Z', available: true }];
    const windows = freeWindows('2027-06-16', { weekly, exceptions, busy: [], marginMinutes: 0 });
    expect(windows.map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2027-06-16T16:00:00.000Z', '2027-06-16T18:00:00.000Z'],
    ]);
  });
});
