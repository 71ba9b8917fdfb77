import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AppError } from '../../../platform/http/app-error.ts';
import {
  DurationBoundsSchema,
  FreeCancellationRuleSchema,
  LeadTimeRuleSchema,
  loadCancellationRule,
  loadRequestRules,
  REQUEST_PARAM_KEYS,
  type RuleReader,
  requestParamDefaults,
  SeriesMaxSchema,
} from './request-params.ts';

const schemas = new Map<string, z.ZodType>([
  [REQUEST_PARAM_KEYS.leadTime, LeadTimeRuleSchema],
  [REQUEST_PARAM_KEYS.duration, DurationBoundsSchema],
  [REQUEST_PARAM_KEYS.seriesMax, SeriesMaxSchema],
  [REQUEST_PARAM_KEYS.freeCancellation, FreeCancellationRuleSchema],
]);

/** A parameter reader holding the given values, or none at all. */
function paramsWith(values: Record<string, unknown>): RuleReader {
  return {
    async get<T>(key: string, _at: Date, schema: z.ZodType<T>): Promise<T> {
      if (!(key in values)) throw new AppError('PARAMS.NOT_SET', `${key} has no value`);
      return schema.parse(values[key]);
    },
  };
}

describe('request parameters', () => {
  it('publishes one valid default per key', () => {
    expect(requestParamDefaults.map((row) => row.key).sort()).toEqual(
      Object.values(REQUEST_PARAM_KEYS).sort(),
    );
    for (const row of requestParamDefaults) {
      expect(schemas.get(row.key)?.safeParse(row.value).success, row.key).toBe(true);
    }
  });

  it('reads the values in force, and falls back to the published default when a key has none', async () => {
    const now = new Date('2027-01-08T12:00:00Z');
    const custom = paramsWith({ [REQUEST_PARAM_KEYS.leadTime]: { workingDays: 3, cutOffTime: '12:00' } });
    expect(await loadRequestRules(custom, now)).toEqual({
      leadTime: { workingDays: 3, cutOffTime: '12:00' },
      durationMinutes: { min: 15, max: 480 },
      maxOccurrences: 52,
    });
    expect(await loadCancellationRule(paramsWith({}), now)).toEqual({ workingDaysBefore: 1, time: '10:00' });
  });

  it('refuses an invalid bound pair', () => {
    expect(DurationBoundsSchema.safeParse({ min: 60, max: 30 }).success).toBe(false);
  });
});
