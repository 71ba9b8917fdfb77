import { describe, expect, it } from 'vitest';
import { TimesheetInputSchema } from '../../../contracts/interpreting-billing.ts';
import { brusselsInstant } from './brussels.ts';
import { type TimesheetValues, timesheetBody } from './timesheet-form.ts';

const at = (time: string) => brusselsInstant('2027-01-12', time);
const base: TimesheetValues = {
  start: '09:05',
  end: '10:20',
  waitingMinutes: '10',
  kilometres: '12,5',
  noShow: 'none',
  notes: '',
};

describe('timesheet form', () => {
  it('builds a body the contract accepts, with Belgian decimal commas read', () => {
    const result = timesheetBody(base, at);
    expect(result).toEqual({
      ok: true,
      value: {
        actualStart: '2027-01-12T09:05:00+01:00',
        actualEnd: '2027-01-12T10:20:00+01:00',
        waitingMinutes: 10,
        kilometres: 12.5,
        noShow: undefined,
        notes: undefined,
      },
    });
    if (result.ok) expect(TimesheetInputSchema.safeParse(result.value).success).toBe(true);
  });

  it('refuses an end before the start and numbers that are not numbers', () => {
    expect(timesheetBody({ ...base, end: '08:00', waitingMinutes: 'tien' }, at)).toEqual({
      ok: false,
      invalid: ['end', 'waitingMinutes'],
    });
  });

  it('lets a no-show go without times', () => {
    const result = timesheetBody({ ...base, start: '', end: '', noShow: 'client' }, at);
    expect(result.ok && result.value.noShow).toBe('client');
    if (result.ok) expect(TimesheetInputSchema.safeParse(result.value).success).toBe(true);
  });
});
