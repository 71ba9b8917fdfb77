import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  minutesBetween,
  monthLabel,
  monthOf,
  quarterLabel,
  quarterOf,
  quarterRange,
  recentMonths,
  recentQuarters,
} from './periods.ts';

describe('billing periods', () => {
  it('finds the quarter and month of a day', () => {
    expect(quarterOf('2027-01-01')).toBe('2027-Q1');
    expect(quarterOf('2027-03-31')).toBe('2027-Q1');
    expect(quarterOf('2027-04-01')).toBe('2027-Q2');
    expect(quarterOf('2027-12-31')).toBe('2027-Q4');
    expect(monthOf('2027-02-14')).toBe('2027-02');
  });

  it('gives a quarter’s first and last day, leap years included', () => {
    expect(quarterRange('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterRange('2027-Q2')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(quarterRange('2027-Q4')).toEqual({ from: '2027-10-01', to: '2027-12-31' });
  });

  it('lists recent quarters and months across the turn of the year', () => {
    expect(recentQuarters('2027-02-10', 3)).toEqual(['2027-Q1', '2026-Q4', '2026-Q3']);
    expect(recentMonths('2027-02-10', 3)).toEqual(['2027-02', '2027-01', '2026-12']);
  });

  it('labels periods in Dutch', () => {
    expect(monthLabel('2027-01')).toBe('januari 2027');
    expect(quarterLabel('2027-Q3')).toBe('3e kwartaal 2027 (jul–sep)');
  });

  it('reads minutes as hours and minutes', () => {
    expect(formatMinutes(65)).toBe('1 u 05');
    expect(formatMinutes(0)).toBe('0 u 00');
    expect(formatMinutes(-15)).toBe('−0 u 15');
    expect(minutesBetween('2027-01-12T09:00:00Z', '2027-01-12T10:20:00Z')).toBe(80);
    expect(minutesBetween(null, '2027-01-12T10:20:00Z')).toBeNull();
  });
});
