import { z } from 'zod';
import type { ParamDefault } from '../../platform/params/index.ts';

/**
 * The site's rules and size, effective-dated (parameters `transit.rules`, `transit.capacity`):
 * a later council decision is a new value from its date, and a stay is judged by the values of
 * its arrival day. Published values: stad.gent "woonwagens" (BRIEF §6); the hold time is ours.
 */
export const TransitRulesSchema = z.object({
  maxStayDays: z.number().int().min(1),
  maxStaysPerYear: z.number().int().min(1),
  /** How long a provisional reservation holds its pitches before they go back. */
  holdHours: z.number().int().min(1),
});
export type TransitRules = z.infer<typeof TransitRulesSchema>;

/** Pitches the site may give per day: 25, or a temporary lower cap (the COVID precedent: 15). */
export const TransitCapacitySchema = z.object({ pitches: z.number().int().min(0) });

/**
 * A temporary lower cap for a range of days (parameter `transit.temporary_cap`, one value per
 * range with its validFrom–validTo; the parameters' exclusion constraint keeps two caps from
 * overlapping). It lowers the day pools of its days; `transit.capacity` stays the site's size.
 */
export const TemporaryCapValueSchema = z.object({
  pitches: z.number().int().min(0),
  reason: z.string(),
});
export const TEMPORARY_CAP_KEY = 'transit.temporary_cap';

/** How long a stay's contact and travellers are kept after its departure (GDPR art. 5(1)(e)). */
export const TransitRetentionSchema = z.object({ months: z.number().int().min(1) });

export const TRANSIT_PARAM_DEFAULTS: readonly ParamDefault[] = [
  {
    key: 'transit.rules',
    validFrom: '2015-01-01',
    value: { maxStayDays: 21, maxStaysPerYear: 5, holdHours: 48 } satisfies TransitRules,
    note: 'stad.gent: at most 21 days per stay, at most 5 stays a year; a 48-hour hold is an assumption',
  },
  {
    key: 'transit.capacity',
    validFrom: '2015-01-01',
    value: { pitches: 25 },
    note: 'stad.gent: at most 25 pitches at Drongensesteenweg 240',
  },
  {
    key: 'transit.retention',
    validFrom: '2015-01-01',
    value: { months: 24 },
    note: 'contact and travellers of a stay are anonymised 24 months after its departure (assumption)',
  },
];
