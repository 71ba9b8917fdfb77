import { type BandWeights, BandWeightsSchema } from '../../../contracts/translation-memory.ts';
import { WordPriceSchema } from '../../../contracts/translation-memory-api.ts';
import type { ParamDefault } from '../../platform/params/index.ts';

/**
 * Effective-dated parameters of the analysis; edited by the admin in the parameters screen, whose
 * keys are dotted lower-case with underscores (so not tm.bandWeights).
 */
export const TM_PARAM_KEYS = { bandWeights: 'tm.band_weights', wordPrice: 'tm.word_price' } as const;
export { BandWeightsSchema, WordPriceSchema };

export type TmParamDefault = ParamDefault;

/**
 * The weighting grid most agencies publish for CAT analyses (Trados/Matecat style: exact matches and
 * repetitions at 30 %, high fuzzies at 60 %, lower bands rising to the full price) and a word price
 * of €0.16 — defaults for a fresh installation only; once a key has values, the admin's are the truth.
 */
export const DEFAULT_BAND_WEIGHTS: BandWeights = {
  exact: 30,
  fuzzy95: 60,
  fuzzy85: 70,
  fuzzy75: 80,
  fuzzy50: 100,
  noMatch: 100,
  repetition: 30,
};

export const TM_PARAM_DEFAULTS: readonly TmParamDefault[] = [
  {
    key: TM_PARAM_KEYS.bandWeights,
    validFrom: '2020-01-01',
    value: DEFAULT_BAND_WEIGHTS,
    note: 'Usual CAT weighting grid (percent of the full word price per match band)',
  },
  {
    key: TM_PARAM_KEYS.wordPrice,
    validFrom: '2020-01-01',
    value: 16,
    note: 'Translation word price in cents (€0.16 per word)',
  },
];
