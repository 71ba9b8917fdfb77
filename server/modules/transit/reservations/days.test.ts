import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysOf, nightsBetween } from './days.ts';

describe('days', () => {
  it('counts nights across a daylight-saving change and a leap day', () => {
    expect(nightsBetween('2027-03-20', '2027-04-10')).toBe(21);
    expect(nightsBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
  });

  it('lists the nights of a stay, not its departure day', () => {
    expect(daysOf('2027-05-30', '2027-06-02')).toEqual(['2027-05-30', '2027-05-31', '2027-06-01']);
    expect(daysOf('2027-06-02', '2027-06-02')).toEqual([]);
  });

  it('moves by months, keeping the end of a month', () => {
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2029-01-15', -24)).toBe('2027-01-15');
  });
});
