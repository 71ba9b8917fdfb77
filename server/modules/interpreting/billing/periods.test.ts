import { describe, expect, it } from 'vitest';
import { belgianDate, decimalComma, formatEuro, monthPeriod, quarterOf, quarterPeriod } from './periods.ts';

describe('periods', () => {
  it('turns quarters and months into inclusive day ranges', () => {
    expect(quarterPeriod('2027-Q1')).toEqual({ label: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    expect(quarterPeriod('2028-Q4').end).toBe('2028-12-31');
    expect(monthPeriod('2028-02')).toEqual({ label: '2028-02', start: '2028-02-01', end: '2028-02-29' });
    expect(quarterOf('2027-06-30')).toBe('2027-Q2');
    for (const bad of ['2027-Q5', '2027Q1', '27-Q1']) expect(() => quarterPeriod(bad)).toThrow(RangeError);
    expect(() => monthPeriod('2027-13')).toThrow(RangeError);
  });
});

describe('Belgian formats', () => {
  it('writes euros with a dot for thousands and a comma for cents', () => {
    expect(formatEuro(123_456)).toBe('€ 1.234,56');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
    expect(formatEuro(-1200)).toBe('-€ 12,00');
    expect(decimalComma(123_456)).toBe('1234,56');
    expect(belgianDate('2027-01-12')).toBe('12/01/2027');
  });
});
