import { describe, expect, it } from 'vitest';
import { brusselsDateTime } from '../brussels-time.ts';
import { classifyCancellation } from './cancellation-policy.ts';

const rule = { workingDaysBefore: 1, time: '10:00' };
const kindAt = (date: string, time: string, session: Date) =>
  classifyCancellation(brusselsDateTime(date, time), session, rule).kind;

describe('classifyCancellation', () => {
  const tuesday = brusselsDateTime('2027-01-12', '09:00');

  it('is free until 10:00 Brussels on the working day before, late from 10:00 on', () => {
    expect(kindAt('2027-01-08', '15:00', tuesday)).toBe('free');
    expect(kindAt('2027-01-11', '09:59', tuesday)).toBe('free');
    expect(kindAt('2027-01-11', '10:00', tuesday)).toBe('late');
    expect(kindAt('2027-01-11', '17:00', tuesday)).toBe('late');
    expect(kindAt('2027-01-12', '08:30', tuesday)).toBe('late');
    expect(kindAt('2027-01-12', '11:00', tuesday)).toBe('late'); // after the start
    expect(classifyCancellation(new Date(), tuesday, rule).deadline.toISOString()).toBe(
      '2027-01-11T09:00:00.000Z',
    );
  });

  it('counts back over a weekend: a Monday session is free until Friday 10:00', () => {
    const monday = brusselsDateTime('2027-01-11', '14:00');
    expect(kindAt('2027-01-08', '09:59', monday)).toBe('free');
    expect(kindAt('2027-01-08', '10:00', monday)).toBe('late');
    expect(kindAt('2027-01-09', '09:00', monday)).toBe('late'); // Saturday
  });

  it('skips public holidays: Tuesday after Easter Monday is free until Friday 10:00', () => {
    const afterEaster = brusselsDateTime('2027-03-30', '09:00');
    expect(kindAt('2027-03-26', '09:00', afterEaster)).toBe('free');
    expect(kindAt('2027-03-29', '08:00', afterEaster)).toBe('late');
  });

  it('uses Brussels summer time for the deadline', () => {
    const july = brusselsDateTime('2027-07-13', '09:00');
    expect(classifyCancellation(new Date(), july, rule).deadline.toISOString()).toBe(
      '2027-07-12T08:00:00.000Z',
    );
  });

  it('follows the rule it is given (effective-dated)', () => {
    const stricter = { workingDaysBefore: 2, time: '12:00' };
    expect(classifyCancellation(brusselsDateTime('2027-01-08', '11:59'), tuesday, stricter).kind).toBe(
      'free',
    );
    expect(classifyCancellation(brusselsDateTime('2027-01-08', '12:00'), tuesday, stricter).kind).toBe(
      'late',
    );
  });
});
