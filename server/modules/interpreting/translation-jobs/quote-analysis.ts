import type { TranslationQuoteAnalysis } from '../../../../contracts/interpreting-translations.ts';
import type { Db } from '../../../platform/db/index.ts';
import { isAppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { analyseAgainstMemory } from '../../translation-memory/index.ts';
import type { Tariff } from '../billing/billing-params.ts';

/**
 * A day without band weights is a configuration gap of the memory: the quote then falls back to the
 * raw words rather than refusing the order. (The memory's own word price is not read: the quote
 * passes the interpreting tariff's.)
 */
const MEMORY_NOT_CONFIGURED = new Set(['TM.BAND_WEIGHTS_MISSING']);

export type QuoteAnalysisInput = {
  text: string;
  sourceLanguage: string;
  targetLanguage: string;
  day: string;
};

/**
 * The translation memory's analysis of the document for the job's language pair, in the direction
 * the job has, with the band weights of the quote's day. Only a per-word tariff uses it, so none is
 * run under a per-line tariff (2017–2019). It reads params and the database: call it before the
 * job's transaction (PGlite has one connection).
 */
export async function analyseForQuote(
  deps: { db: Db; params: ParamService },
  input: QuoteAnalysisInput,
  tariff: Tariff,
): Promise<TranslationQuoteAnalysis | null> {
  const rule = tariff.translation;
  if (rule.pricing !== 'per_word') return null;
  try {
    const result = await analyseAgainstMemory(
      deps,
      { text: input.text, source: input.sourceLanguage, target: input.targetLanguage, day: input.day },
      { wordPriceCents: rule.centsPerWord },
    );
    return {
      source: result.source,
      target: result.target,
      segments: result.segments,
      bands: result.bands.map((band) => ({
        ...band,
        weightedWords: Math.round(band.words * band.weight) / 100,
      })),
      totalWords: result.totalWords,
      weightedWords: result.weightedWords,
    };
  } catch (error) {
    if (isAppError(error) && MEMORY_NOT_CONFIGURED.has(error.code)) return null;
    throw error;
  }
}
