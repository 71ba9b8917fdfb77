import type { BandWeights } from '../../../contracts/translation-memory.ts';
import type { TmAnalyseRequest, TmAnalyseResponse } from '../../../contracts/translation-memory-api.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError, isAppError } from '../../platform/http/app-error.ts';
import { type ParamService, today } from '../../platform/params/index.ts';
import { analyseSegments, MATCH_BANDS } from './analysis.ts';
import { segmentSentences } from './segmentation.ts';
import { BandWeightsSchema, TM_PARAM_KEYS, WordPriceSchema } from './tm-params.ts';
import { findMatches } from './translation-memory.repository.ts';

const BAND_LABELS: Record<(typeof MATCH_BANDS)[number], string> = {
  exact: '100%',
  fuzzy95: '95–99%',
  fuzzy85: '85–94%',
  fuzzy75: '75–84%',
  fuzzy50: '50–74%',
  noMatch: 'no match',
  repetition: 'repetitions',
};

/** A missing parameter is a configuration gap for that day (409), not a server fault. */
async function param<T>(
  read: () => Promise<T>,
  code: 'TM.BAND_WEIGHTS_MISSING' | 'TM.TARIFF_MISSING',
  day: string,
) {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === 'PARAMS.NOT_SET') throw new AppError(code, `none on ${day}`);
    throw error;
  }
}

/**
 * Volume analysis of a new text against the memory: segmented as the memory is, each segment's best
 * match found by `findMatches`, words per band priced with the weights and word price of the day.
 */
export async function analyseAgainstMemory(
  deps: { db: Db; params: ParamService },
  input: TmAnalyseRequest,
): Promise<TmAnalyseResponse> {
  const day = input.day ?? today();
  const weights: BandWeights = await param(
    () => deps.params.get(TM_PARAM_KEYS.bandWeights, day, BandWeightsSchema),
    'TM.BAND_WEIGHTS_MISSING',
    day,
  );
  const wordPriceCents = await param(
    () => deps.params.get(TM_PARAM_KEYS.wordPrice, day, WordPriceSchema),
    'TM.TARIFF_MISSING',
    day,
  );
  const segments = segmentSentences(input.text, input.source).map((sentence) => sentence.text);
  const result = await analyseSegments({
    segments,
    weights,
    tariffCentsPerWord: wordPriceCents,
    lookup: async (segment) => {
      const [best] = await findMatches(deps.db, {
        source: segment,
        sourceLang: input.source,
        targetLang: input.target,
        limit: 1,
      });
      return best?.score ?? null;
    },
  });
  return {
    source: input.source,
    target: input.target,
    day,
    segments: result.segments,
    bands: MATCH_BANDS.map((band) => ({
      band,
      label: BAND_LABELS[band],
      words: result.words[band] ?? 0,
      weight: weights[band] ?? 0,
    })),
    totalWords: result.totalWords,
    weightedWords: result.weightedWords,
    wordPriceCents,
    priceCents: result.priceCents,
    weights,
  };
}
