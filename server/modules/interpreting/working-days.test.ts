import { describe, expect, it } from 'vitest';
import { brusselsDateTime } from './brussels-time.ts';
import {
  addWorkingDays,
  belgianPublicHolidays,
  checkLeadTime,
  isBeforeDeadline,
  isBelgianPublicHoliday,
  isWorkingDay,
  type LeadTimeRule,
  receivedOn,
  workingDayDeadline,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.ts';

const rule: LeadTimeRule = { workingDays: 2, cutOffTime: '16:00' };
const at = (date: string, time: string) => brusselsDateTime(date, time);

describe('Belgian public holidays', () => {
  it('knows the ten national public holidays', () => {
    expect([...belgianPublicHolidays(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-17',
      '2027-07-21',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]);
  });

  it('does not count community days or observances as holidays', () => {
    expect(isBelgianPublicHoliday('2028-07-11')).toBe(false); // Flemish community day
    expect(isBelgianPublicHoliday('2027-11-02')).toBe(false); // All Souls: an observance
    expect(isBelgianPublicHoliday('2027-03-28')).toBe(false); // Easter Sunday: a Sunday anyway
  });
});

describe('isWorkingDay', () => {
  it('refuses weekends and public holidays', () => {
    expect(isWorkingDay('2027-01-08')).toBe(true); // Friday
    expect(isWorkingDay('2027-01-09')).toBe(false); // Saturday
    expect(isWorkingDay('2027-01-10')).toBe(false); // Sunday
    expect(isWorkingDay('2027-03-29')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-12-25')).toBe(false); // Christmas, a Friday
    expect(isWorkingDay('2028-07-11')).toBe(true); // 11 July, a Tuesday: a working day
    expect(isWorkingDay('2027-07-21')).toBe(false); // national day
  });

  it('reads an instant as its Brussels date', () => {
    expect(isWorkingDay(new Date('2027-01-10T23:30:00Z'))).toBe(true); // Monday 00:30 in Brussels
    expect(isWorkingDay(new Date('2027-01-08T23:30:00Z'))).toBe(false); // Saturday 00:30
  });

  it('takes extra closing days of the agency', () => {
    expect(isWorkingDay('2028-07-11', { extraClosedDays: new Set(['2028-07-11']) })).toBe(false);
  });

  it('rejects what is not a date', () => {
    expect(() => isWorkingDay('2027-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends and holidays in both directions', () => {
    expect(addWorkingDays('2027-01-08', 1)).toBe('2027-01-11');
    expect(addWorkingDays('2027-01-08', 2)).toBe('2027-01-12');
    expect(addWorkingDays('2027-03-26', 1)).toBe('2027-03-30'); // over Easter Monday
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // over Christmas
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // over New Year
    expect(addWorkingDays('2027-01-11', -1)).toBe('2027-01-08');
    expect(addWorkingDays('2027-03-30', -1)).toBe('2027-03-26');
    expect(addWorkingDays('2027-01-09', 0)).toBe('2027-01-09');
  });

  it('finds the first working day on or after', () => {
    expect(workingDayOnOrAfter('2027-01-09')).toBe('2027-01-11');
    expect(workingDayOnOrAfter('2027-01-11')).toBe('2027-01-11');
  });
});

describe('workingDaysBetween', () => {
  it('counts the half-open range [from, to)', () => {
    expect(workingDaysBetween('2027-01-11', '2027-01-13')).toBe(2);
    expect(workingDaysBetween('2027-01-08', '2027-01-12')).toBe(2); // Friday, Monday
    expect(workingDaysBetween('2027-01-08', '2027-01-08')).toBe(0);
    expect(workingDaysBetween('2027-03-26', '2027-03-31')).toBe(2); // Fri, (Easter Mon), Tue
    expect(workingDaysBetween('2027-01-12', '2027-01-08')).toBe(-2);
  });

  it('agrees with addWorkingDays', () => {
    for (const start of ['2027-01-04', '2027-03-24', '2026-12-21', '2027-05-03']) {
      for (let n = 1; n <= 12; n += 1) {
        const end = addWorkingDays(start, n);
        // working start day: [start, end) holds start plus n - 1 more.
        expect(workingDaysBetween(start, end)).toBe(n);
      }
    }
  });
});

describe('receivedOn', () => {
  it('moves requests after the cut-off or on closed days to the next working day', () => {
    expect(receivedOn(at('2027-01-08', '15:59'), '16:00')).toBe('2027-01-08');
    expect(receivedOn(at('2027-01-08', '16:00'), '16:00')).toBe('2027-01-11');
    expect(receivedOn(at('2027-01-09', '10:00'), '16:00')).toBe('2027-01-11');
    expect(receivedOn(at('2027-03-29', '09:00'), '16:00')).toBe('2027-03-30');
  });

  it('applies the cut-off in Brussels time, summer and winter', () => {
    expect(receivedOn(new Date('2027-07-02T13:59:00Z'), '16:00')).toBe('2027-07-02');
    expect(receivedOn(new Date('2027-07-02T14:00:00Z'), '16:00')).toBe('2027-07-05');
    expect(receivedOn(new Date('2027-01-08T14:59:00Z'), '16:00')).toBe('2027-01-08');
    expect(receivedOn(new Date('2027-01-08T15:00:00Z'), '16:00')).toBe('2027-01-11');
  });
});

describe('checkLeadTime (2 working days, cut-off 16:00)', () => {
  const check = (requested: Date, start: Date, r: LeadTimeRule = rule) => checkLeadTime(requested, start, r);

  it('Friday 15:00 for Tuesday 09:00 is on time; Friday 16:30 is not', () => {
    const tuesday = at('2027-01-12', '09:00');
    expect(check(at('2027-01-08', '15:00'), tuesday)).toEqual({
      ok: true,
      receivedOn: '2027-01-08',
      workingDaysAhead: 2,
      earliestSessionDate: '2027-01-12',
    });
    expect(check(at('2027-01-08', '16:30'), tuesday)).toMatchObject({
      ok: false,
      receivedOn: '2027-01-11',
      workingDaysAhead: 1,
      earliestSessionDate: '2027-01-13',
    });
  });

  it('Friday for Monday is too late', () => {
    expect(check(at('2027-01-08', '09:00'), at('2027-01-11', '14:00')).ok).toBe(false);
  });

  it('a request on Saturday counts from Monday', () => {
    const result = check(at('2027-01-09', '10:00'), at('2027-01-12', '09:00'));
    expect(result).toMatchObject({ ok: false, receivedOn: '2027-01-11', earliestSessionDate: '2027-01-13' });
  });

  it('Easter Monday does not count', () => {
    expect(check(at('2027-03-25', '10:00'), at('2027-03-30', '09:00')).ok).toBe(true); // Thu, Fri
    const friday = check(at('2027-03-26', '10:00'), at('2027-03-30', '09:00'));
    expect(friday).toMatchObject({ ok: false, workingDaysAhead: 1, earliestSessionDate: '2027-03-31' });
  });

  it('Christmas and New Year do not count', () => {
    expect(check(at('2026-12-23', '10:00'), at('2026-12-28', '09:00')).ok).toBe(true); // Wed, Thu
    expect(check(at('2026-12-24', '10:00'), at('2026-12-28', '09:00'))).toMatchObject({
      ok: false,
      earliestSessionDate: '2026-12-29',
    });
    expect(check(at('2026-12-31', '10:00'), at('2027-01-04', '09:00'))).toMatchObject({
      ok: false,
      earliestSessionDate: '2027-01-05',
    });
  });

  it('11 July is a working day', () => {
    expect(check(at('2028-07-10', '09:00'), at('2028-07-12', '09:00')).ok).toBe(true);
  });

  it('a weekend session needs two working days before it', () => {
    expect(check(at('2027-01-07', '10:00'), at('2027-01-09', '10:00')).ok).toBe(true); // Thu → Sat
    expect(check(at('2027-01-08', '10:00'), at('2027-01-09', '10:00')).ok).toBe(false); // Fri → Sat
  });

  it('uses the session date in Brussels, not in UTC', () => {
    // 00:30 on Tuesday in Brussels is still Monday in UTC.
    expect(check(at('2027-01-08', '10:00'), at('2027-01-12', '00:30')).ok).toBe(true);
  });

  it('takes the lead time and cut-off as parameters', () => {
    const three: LeadTimeRule = { workingDays: 3, cutOffTime: '12:00' };
    expect(check(at('2027-01-08', '11:00'), at('2027-01-12', '09:00'), three).ok).toBe(false);
    expect(check(at('2027-01-08', '11:00'), at('2027-01-13', '09:00'), three).ok).toBe(true);
    expect(check(at('2027-01-08', '12:00'), at('2027-01-13', '09:00'), three).ok).toBe(false);
    const none: LeadTimeRule = { workingDays: 0, cutOffTime: '16:00' };
    expect(check(at('2027-01-08', '10:00'), at('2027-01-08', '11:00'), none).ok).toBe(true);
    expect(check(at('2027-01-08', '10:00'), at('2027-01-08', '09:00'), none).ok).toBe(false);
  });

  it('refuses a bad rule', () => {
    expect(() =>
      check(at('2027-01-08', '10:00'), at('2027-01-12', '10:00'), { workingDays: -1, cutOffTime: '16:00' }),
    ).toThrow();
    expect(() =>
      check(at('2027-01-08', '10:00'), at('2027-01-12', '10:00'), { workingDays: 2, cutOffTime: '25:00' }),
    ).toThrow();
  });
});

describe('workingDayDeadline (free cancellation until 10:00 on the working day before)', () => {
  const free = { workingDaysBefore: 1, time: '10:00' };

  it('lands on the previous working day, over weekends and holidays', () => {
    expect(workingDayDeadline(at('2027-01-12', '09:00'), free).toISOString()).toBe(
      '2027-01-11T09:00:00.000Z',
    );
    expect(workingDayDeadline(at('2027-01-11', '14:00'), free).toISOString()).toBe(
      '2027-01-08T09:00:00.000Z',
    );
    expect(workingDayDeadline(at('2027-03-30', '09:00'), free).toISOString()).toBe(
      '2027-03-26T09:00:00.000Z',
    );
    expect(workingDayDeadline(at('2027-07-13', '09:00'), free).toISOString()).toBe(
      '2027-07-12T08:00:00.000Z',
    ); // CEST
  });

  it('tells a free from a late cancellation', () => {
    const session = at('2027-01-12', '09:00');
    expect(isBeforeDeadline(at('2027-01-11', '09:59'), session, free)).toBe(true);
    expect(isBeforeDeadline(at('2027-01-11', '10:00'), session, free)).toBe(false);
    expect(isBeforeDeadline(at('2027-01-12', '08:00'), session, free)).toBe(false);
  });

  it('takes the rule as a parameter', () => {
    expect(
      workingDayDeadline(at('2027-01-12', '09:00'), { workingDaysBefore: 2, time: '17:00' }).toISOString(),
    ).toBe('2027-01-08T16:00:00.000Z');
    expect(() =>
      workingDayDeadline(at('2027-01-12', '09:00'), { workingDaysBefore: -1, time: '10:00' }),
    ).toThrow(RangeError);
  });
});
