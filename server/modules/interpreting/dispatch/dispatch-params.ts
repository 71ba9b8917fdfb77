import { z } from 'zod';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { toDay } from '../../../platform/params/index.ts';
import type { MatchParams } from '../matching.ts';
import type { ParamDefault } from '../param-defaults.ts';
import { paramValueOn } from './params.repository.ts';

/** Effective-dated rules of matching and offer rounds (`platform.params`). */
export const MATCHING_PARAM = 'interpreting.matching';
export const OFFERS_PARAM = 'interpreting.offers';

const Weight = z.number().min(0).max(100);

export const MatchParamsSchema = z.object({
  weights: z.object({
    continuity: Weight,
    fairness: Weight,
    travel: Weight,
    preference: Weight,
    language: Weight,
  }),
  travel: z.object({ speedKmh: z.number().positive(), overheadMinutes: z.number().int().min(0) }),
  travelReferenceKm: z.number().positive(),
}) satisfies z.ZodType<MatchParams>;

export const OfferParamsSchema = z.object({
  /** Off: no automatic rounds anywhere; dispatchers send every offer themselves. */
  automatic: z.boolean(),
  roundSize: z.number().int().min(1).max(20),
  expiryMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  maxRounds: z.number().int().min(1).max(20),
});
export type OfferParams = z.infer<typeof OfferParamsSchema>;

/**
 * Continuity weighs most (the same interpreter for the same client builds trust), then fairness of
 * the month's work and the requester's preference; travel and the requested-over-alternative
 * language break the rest. City travel at 30 km/h + 10 minutes is the model issue 4 fixes.
 */
export const DEFAULT_MATCH_PARAMS: MatchParams = {
  weights: { continuity: 3, fairness: 2, travel: 1, preference: 2, language: 1 },
  travel: { speedKmh: 30, overheadMinutes: 10 },
  travelReferenceKm: 50,
};

export const DEFAULT_OFFER_PARAMS: OfferParams = {
  automatic: true,
  roundSize: 3,
  expiryMinutes: 120,
  maxRounds: 3,
};

export const dispatchParamDefaults: ParamDefault[] = [
  {
    key: MATCHING_PARAM,
    validFrom: '2020-01-01',
    value: DEFAULT_MATCH_PARAMS,
    note: 'Ranking weights, city travel model (30 km/h + 10 min) and travel reference distance',
  },
  {
    key: OFFERS_PARAM,
    validFrom: '2020-01-01',
    value: DEFAULT_OFFER_PARAMS,
    note: 'Automatic offer rounds: 3 interpreters a round, 2 hours to answer, at most 3 rounds',
  },
];

/**
 * The rule valid on a day (a Brussels calendar day), read in the caller's transaction; a day on
 * which the key has no value (an admin closed it) falls back to the published default. A stored
 * value that breaks the schema is an error, not a silent fallback.
 */
async function ruleOn<T>(
  db: Db,
  key: string,
  at: Date | string,
  schema: z.ZodType<T>,
  fallback: T,
): Promise<T> {
  const row = await paramValueOn(db, key, toDay(at));
  if (!row) return fallback;
  const parsed = schema.safeParse(row.value);
  if (!parsed.success) throw new AppError('PARAMS.INVALID_VALUE', `${key} does not fit its schema`);
  return parsed.data;
}

/** The ranking rules valid on a day (the request's Brussels date). */
export function matchParamsOn(db: Db, day: Date | string): Promise<MatchParams> {
  return ruleOn(db, MATCHING_PARAM, day, MatchParamsSchema, DEFAULT_MATCH_PARAMS);
}

/** The offer-round rules valid on a day (today, when a round is sent). */
export function offerParamsOn(db: Db, day: Date | string): Promise<OfferParams> {
  return ruleOn(db, OFFERS_PARAM, day, OfferParamsSchema, DEFAULT_OFFER_PARAMS);
}
