import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCH_PARAMS,
  dispatchParamDefaults,
  MATCHING_PARAM,
  MatchParamsSchema,
  OFFERS_PARAM,
  OfferParamsSchema,
} from './dispatch-params.ts';

describe('dispatch parameters', () => {
  it('publishes defaults from 2020 that their schemas accept', () => {
    const byKey = new Map(dispatchParamDefaults.map((row) => [row.key, row]));
    expect(byKey.get(MATCHING_PARAM)?.validFrom).toBe('2020-01-01');
    expect(MatchParamsSchema.parse(byKey.get(MATCHING_PARAM)?.value)).toEqual(DEFAULT_MATCH_PARAMS);
    expect(OfferParamsSchema.parse(byKey.get(OFFERS_PARAM)?.value)).toEqual({
      automatic: true,
      roundSize: 3,
      expiryMinutes: 120,
      maxRounds: 3,
    });
    expect(MatchParamsSchema.safeParse({ ...DEFAULT_MATCH_PARAMS, travelReferenceKm: 0 }).success).toBe(
      false,
    );
  });
});
