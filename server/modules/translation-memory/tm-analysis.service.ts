import type { BandWeights } from '../../../contracts/translation-memory.ts';
import type { TmAnalyseRequest, TmAnalyseResponse } from '../../../contracts/translation-memory-api.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError, isAppError } from '../../platform/http/app-error.ts';
import { type ParamService, today } from '../../platform/params/index.ts';
import { analyseSegments, MATCH_BANDS } from './analysis.ts';
import { countWords, segmentSentences } from './segmentation.ts';
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
 * A caller with its own tariff (the interpreting module's translation quotes) passes its word price,
 * and the memory's `tm.word_price` is then not read (nor required).
 */
export async function analyseAgainstMemory(
  deps: { db: Db; params: ParamService },
  input: TmAnalyseRequest,
  options: { wordPriceCents?: number } = {},
): Promise<TmAnalyseResponse> {
  const day = input.day ?? today();
  const weights: BandWeights = await param(
    () => deps.params.get(TM_PARAM_KEYS.bandWeights, day, BandWeightsSchema),
    'TM.BAND_WEIGHTS_MISSING',
    day,
  );
  const wordPriceCents =
    options.wordPriceCents ??
    (await param(
      () => deps.params.get(TM_PARAM_KEYS.wordPrice, day, WordPriceSchema),
      'TM.TARIFF_MISSING',
      day,
    ));
  const segments = segmentSentences(input.text, input.source).map((sentence) => sentence.text);
  const best = prefetchBestScores(deps.db, segments, input.source, input.target);
  const result = await analyseSegments({
    segments,
    weights,
    tariffCentsPerWord: wordPriceCents,
    lookup: (segment) => best.get(segment) ?? Promise.resolve(null),
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

/** Lookups in flight at once: the database does the work, and the machine may have few cores. */
const CONCURRENT_LOOKUPS = 3;

/**
 * Every distinct segment's best score (≥ 50, as the bands need), started at once with at most
 * `CONCURRENT_LOOKUPS` in flight: a repeated segment is looked up once. A failure surfaces when the
 * analysis reaches that segment (it is marked handled here so it is not an unhandled rejection first).
 */
function prefetchBestScores(
  db: Db,
  segments: readonly string[],
  source: string,
  target: string,
): Map<string, Promise<number | null>> {
  const distinct = [...new Set(segments.filter((segment) => countWords(segment) > 0))];
  const results = new Map<string, Promise<number | null>>();
  const settle = new Map<string, (value: Promise<number | null>) => void>();
  for (const segment of distinct) {
    const result = new Promise<number | null>((resolve) => settle.set(segment, resolve));
    result.catch(() => undefined);
    results.set(segment, result);
  }
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const segment = distinct[next] ?? '';
      next += 1;
      const lookup = findMatches(db, {
        source: segment,
        sourceLang: source,
        targetLang: target,
        limit: 1,
      }).then(([found]) => found?.score ?? null);
      settle.get(segment)?.(lookup);
      await lookup.catch(() => undefined);
    }
  };
  void Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  return results;
}
