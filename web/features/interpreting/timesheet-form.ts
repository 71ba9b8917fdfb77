import type { z } from 'zod';
import type { TimesheetInputSchema } from '../../../contracts/interpreting-billing.ts';

export type NoShowChoice = 'none' | 'client' | 'interpreter';

/** The timesheet as typed: clock times of the job's day and numbers as text. */
export type TimesheetValues = {
  start: string;
  end: string;
  waitingMinutes: string;
  kilometres: string;
  noShow: NoShowChoice;
  notes: string;
};

type Body = z.input<typeof TimesheetInputSchema>;
export type TimesheetResult = { ok: true; value: Body } | { ok: false; invalid: (keyof TimesheetValues)[] };

const whole = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v) : null);
const decimal = (v: string) => {
  const n = Number(v.trim().replace(',', '.'));
  return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : null;
};

/**
 * The API body, or the fields that cannot be right. Times are optional when nobody came (the
 * server accepts a no-show without them); a job that ends before it starts is refused here.
 */
export function timesheetBody(v: TimesheetValues, instant: (time: string) => string | null): TimesheetResult {
  const invalid: (keyof TimesheetValues)[] = [];
  const noShow = v.noShow === 'none' ? undefined : v.noShow;
  const start = v.start ? instant(v.start) : null;
  const end = v.end ? instant(v.end) : null;
  if (!noShow && !start) invalid.push('start');
  if (!noShow && (!end || (start && Date.parse(end) <= Date.parse(start)))) invalid.push('end');
  const waitingMinutes = whole(v.waitingMinutes || '0');
  const kilometres = decimal(v.kilometres || '0');
  if (waitingMinutes === null) invalid.push('waitingMinutes');
  if (kilometres === null) invalid.push('kilometres');
  if (invalid.length > 0 || waitingMinutes === null || kilometres === null) return { ok: false, invalid };
  return {
    ok: true,
    value: {
      actualStart: start ?? undefined,
      actualEnd: end ?? undefined,
      waitingMinutes,
      kilometres,
      noShow,
      notes: v.notes.trim() || undefined,
    },
  };
}
