import { z } from 'zod';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { ParamDefault, ParamService } from '../../../platform/params/index.ts';

/** How many days before a rule-made deadline its reminder goes out, per deadline key. */
export const REMINDER_DAYS_KEY = 'cases.reminders.days_before';

/** deadline key → days; `default` covers a key without its own value. */
export const ReminderDaysSchema = z
  .record(z.string().min(1).max(60), z.number().int().min(0).max(365))
  .refine((value) => value.default !== undefined, 'needs a "default" entry');
export type ReminderDays = z.infer<typeof ReminderDaysSchema>;

export const DEFAULT_REMINDER_DAYS: ReminderDays = {
  naric_decision: 14,
  missing_documents: 30,
  school_start: 14,
  guidance_registration: 14,
  default: 7,
};

export const reminderParamDefaults: ParamDefault[] = [
  {
    key: REMINDER_DAYS_KEY,
    validFrom: '2026-01-01',
    value: DEFAULT_REMINDER_DAYS,
    note: 'Remind the counsellor this many days before a case deadline (per deadline key; "default" for the rest)',
  },
];

/** The days valid on a day, or the published default when an admin removed every value. */
export async function loadReminderDays(
  params: Pick<ParamService, 'get'>,
  day: string,
): Promise<ReminderDays> {
  try {
    return await params.get(REMINDER_DAYS_KEY, day, ReminderDaysSchema);
  } catch (error) {
    if (isAppError(error) && error.code === 'PARAMS.NOT_SET') return DEFAULT_REMINDER_DAYS;
    throw error;
  }
}

export function daysBefore(days: ReminderDays, deadlineKey: string): number {
  return days[deadlineKey] ?? days.default ?? DEFAULT_REMINDER_DAYS.default ?? 7;
}
