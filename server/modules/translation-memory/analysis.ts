import type { AnalysisResult, BandWeights, MatchBand } from '../../../contracts/translation-memory.ts';
import { countWords, segmentSentences } from './segmentation.ts';

/**
 * Volume analysis of a document against the memory, as Matecat and Trados report it: words per
 * match band, the weighted (payable) word count and the price. Weights and tariff are parameters
 * because they are effective-dated rows owned by the tariff tables, never constants here.
 */

export const MATCH_BANDS = [
  'exact',
  'fuzzy95',
  'fuzzy85',
  'fuzzy75',
  'fuzzy50',
  'noMatch',
  'repetition',
] as const;

/** Best match percentage (0–100, or 101 for a context match) for a source segment, or null for none. */
export type MatchLookup = (segment: string) => number | null | Promise<number | null>;

export type AnalysisInput = {
  segments: readonly string[];
  lookup: MatchLookup;
  /** Percentage of the full word price paid per band, e.g. Matecat's defaults (exact 30, fuzzy 60). */
  weights: BandWeights;
  /** Full price of one word in cents. */
  tariffCentsPerWord: number;
};

/** Bands as OmegaT, memoQ and Matecat share them: 100 (and 101), 95–99, 85–94, 75–84, 50–74, below. */
export function matchBand(score: number | null): Exclude<MatchBand, 'repetition'> {
  if (score === null || score < 50) return 'noMatch';
  if (score >= 100) return 'exact';
  if (score >= 95) return 'fuzzy95';
  if (score >= 85) return 'fuzzy85';
  if (score >= 75) return 'fuzzy75';
  return 'fuzzy50';
}

/** Repetitions compare text with whitespace collapsed, as CAT tools ignore spacing when counting them. */
const repetitionKey = (segment: string) => segment.normalize('NFC').trim().replace(/\s+/gu, ' ');

const emptyBands = (): Record<MatchBand, number> => ({
  exact: 0,
  fuzzy95: 0,
  fuzzy85: 0,
  fuzzy75: 0,
  fuzzy50: 0,
  noMatch: 0,
  repetition: 0,
});

/**
 * Words per band, weighted words and price. The second and later occurrences of a segment count as
 * repetitions whatever the memory holds (Trados and Matecat do the same): once translated, they are.
 */
export async function analyseSegments(input: AnalysisInput): Promise<AnalysisResult> {
  const words = emptyBands();
  const seen = new Set<string>();
  let segments = 0;
  for (const segment of input.segments) {
    const count = countWords(segment);
    if (count === 0) continue;
    segments += 1;
    const key = repetitionKey(segment);
    const band = seen.has(key) ? 'repetition' : matchBand(await input.lookup(segment));
    seen.add(key);
    words[band] += count;
  }
  return { segments, words, ...price(words, input.weights, input.tariffCentsPerWord) };
}

/** Weighted words and price; the price is rounded once, on the total, so bands add no rounding error. */
export function price(words: Record<MatchBand, number>, weights: BandWeights, tariffCentsPerWord: number) {
  let totalWords = 0;
  let weightedHundredths = 0;
  for (const band of MATCH_BANDS) {
    const weight = weights[band];
    if (weight === undefined) throw new RangeError(`No weight for band ${band}`);
    totalWords += words[band];
    weightedHundredths += words[band] * weight;
  }
  return {
    totalWords,
    weightedWords: Math.round(weightedHundredths) / 100,
    priceCents: Math.round((weightedHundredths * tariffCentsPerWord) / 100),
  };
}

/** Convenience for a whole text: segments it as the memory was segmented, then analyses it. */
export function analyseText(text: string, lang: string, options: Omit<AnalysisInput, 'segments'>) {
  return analyseSegments({
    ...options,
    segments: segmentSentences(text, lang).map((sentence) => sentence.text),
  });
}
