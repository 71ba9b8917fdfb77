import { z } from 'zod';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { ParamDefault } from '../param-defaults.ts';
import type { RequestRuleParams } from '../request-rules.ts';
import type { LeadTimeRule, WorkingDayDeadlineRule } from '../working-days.ts';

/** The effective-dated booking and cancellation rules of the requests part. */
export const REQUEST_PARAM_KEYS = {
  leadTime: 'interpreting.lead_time',
  duration: 'interpreting.request_duration_minutes',
  seriesMax: 'interpreting.series_max_occurrences',
  freeCancellation: 'interpreting.free_cancellation_deadline',
} as const;

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day HH:MM');

export const LeadTimeRuleSchema = z.object({
  workingDays: z.number().int().min(0).max(30),
  cutOffTime: Clock,
});
export const DurationBoundsSchema = z
  .object({ min: z.number().int().min(1), max: z.number().int().max(1440) })
  .refine((bounds) => bounds.min <= bounds.max, 'min must not exceed max');
export const SeriesMaxSchema = z.number().int().min(1).max(366);
export const FreeCancellationRuleSchema = z.object({
  workingDaysBefore: z.number().int().min(0).max(30),
  time: Clock,
});

const LEAD_TIME: LeadTimeRule = { workingDays: 2, cutOffTime: '16:00' };
const DURATION = { min: 15, max: 480 };
const SERIES_MAX = 52;
const FREE_CANCELLATION: WorkingDayDeadlineRule = { workingDaysBefore: 1, time: '10:00' };

// The AgII framework agreement of 26 January 2017 ("one procedure, one tariff") set these rules;
// the 16:00 cut-off, the duration bounds and the series length are the agency's own practice.
const SINCE = '2017-01-26';

export const requestParamDefaults: ParamDefault[] = [
  {
    key: REQUEST_PARAM_KEYS.leadTime,
    validFrom: SINCE,
    value: LEAD_TIME,
    note: 'Book at least 2 working days ahead; a request after 16:00 counts from the next working day',
  },
  {
    key: REQUEST_PARAM_KEYS.duration,
    validFrom: SINCE,
    value: DURATION,
    note: 'A session lasts 15 minutes to 8 hours',
  },
  {
    key: REQUEST_PARAM_KEYS.seriesMax,
    validFrom: SINCE,
    value: SERIES_MAX,
    note: 'A series holds at most 52 sessions (a year of weekly meetings)',
  },
  {
    key: REQUEST_PARAM_KEYS.freeCancellation,
    validFrom: SINCE,
    value: FREE_CANCELLATION,
    note: 'Free cancellation until 10:00 on the working day before the session; later is late and billable',
  },
];

/** What the loaders need of the parameter service (`platform.params` fits). */
export type RuleReader = { get<T>(key: string, at: Date, schema: z.ZodType<T>): Promise<T> };

/** A rule's value on a day, or the published default when an admin removed every value. */
async function paramOr<T>(params: RuleReader, key: string, day: Date, schema: z.ZodType<T>, fallback: T) {
  try {
    return await params.get(key, day, schema);
  } catch (error) {
    if (isAppError(error) && error.code === 'PARAMS.NOT_SET') return fallback;
    throw error;
  }
}

/** The booking rules in force on a day (the day the request is made or changed). */
export async function loadRequestRules(params: RuleReader, day: Date): Promise<RequestRuleParams> {
  const [leadTime, durationMinutes, maxOccurrences] = await Promise.all([
    paramOr(params, REQUEST_PARAM_KEYS.leadTime, day, LeadTimeRuleSchema, LEAD_TIME),
    paramOr(params, REQUEST_PARAM_KEYS.duration, day, DurationBoundsSchema, DURATION),
    paramOr(params, REQUEST_PARAM_KEYS.seriesMax, day, SeriesMaxSchema, SERIES_MAX),
  ]);
  return { leadTime, durationMinutes, maxOccurrences };
}

/** The free-cancellation deadline rule in force on the day of the cancellation. */
export function loadCancellationRule(params: RuleReader, day: Date): Promise<WorkingDayDeadlineRule> {
  return paramOr(
    params,
    REQUEST_PARAM_KEYS.freeCancellation,
    day,
    FreeCancellationRuleSchema,
    FREE_CANCELLATION,
  );
}
