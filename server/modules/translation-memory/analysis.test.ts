import { describe, expect, it } from 'vitest';
import {
  AnalysisResultSchema,
  type BandWeights,
  BandWeightsSchema,
} from '../../../contracts/translation-memory.ts';
import { analyseSegments, analyseText, matchBand } from './analysis.ts';
import { matchScore } from './fuzzy-match.ts';

/** Matecat's default payable rates (conformance NOTES §2.5). */
const MATECAT: BandWeights = {
  exact: 30,
  fuzzy95: 60,
  fuzzy85: 60,
  fuzzy75: 60,
  fuzzy50: 100,
  noMatch: 100,
  repetition: 30,
};

describe('contracts', () => {
  it('requires a weight for every band and describes the analysis result', async () => {
    expect(BandWeightsSchema.parse(MATECAT)).toEqual(MATECAT);
    expect(BandWeightsSchema.safeParse({ exact: 30 }).success).toBe(false);
    const result = await analyseSegments({
      segments: ['Hallo.'],
      lookup: () => null,
      weights: MATECAT,
      tariffCentsPerWord: 9,
    });
    expect(AnalysisResultSchema.parse(result)).toEqual(result);
  });
});

describe('matchBand', () => {
  it.each([
    [101, 'exact'],
    [100, 'exact'],
    [99, 'fuzzy95'],
    [95, 'fuzzy95'],
    [94, 'fuzzy85'],
    [85, 'fuzzy85'],
    [84, 'fuzzy75'],
    [75, 'fuzzy75'],
    [74, 'fuzzy50'],
    [50, 'fuzzy50'],
    [49, 'noMatch'],
    [null, 'noMatch'],
  ] as const)('%s → %s', (score, band) => {
    expect(matchBand(score)).toBe(band);
  });
});

describe('analyseSegments', () => {
  const memory = ['Sorteer je afval.', 'Breng glas naar de glasbak in je straat.'];
  const lookup = (segment: string) => Math.max(0, ...memory.map((entry) => matchScore(segment, entry).score));

  it('counts words per band, repetitions after the first occurrence, weighted words and price', async () => {
    const result = await analyseSegments({
      segments: [
        'Sorteer je afval.', // 3 words, 100 %
        'Breng glas naar de glasbak in je wijk.', // 8 words, 87 %
        'Restafval gaat in de grijze zak.', // 6 words, no match
        'Sorteer je afval.', // repetition
        '—',
      ],
      lookup,
      weights: MATECAT,
      tariffCentsPerWord: 12,
    });
    expect(result.segments).toBe(4);
    expect(result.words).toEqual({
      exact: 3,
      fuzzy95: 0,
      fuzzy85: 8,
      fuzzy75: 0,
      fuzzy50: 0,
      noMatch: 6,
      repetition: 3,
    });
    expect(result.totalWords).toBe(20);
    // 3·0.30 + 8·0.60 + 6·1.00 + 3·0.30 = 12.6 weighted words; × 12 cents = 151.2 → 151
    expect(result.weightedWords).toBe(12.6);
    expect(result.priceCents).toBe(151);
  });

  it('accepts an asynchronous lookup and segments a whole text', async () => {
    const result = await analyseText('Sorteer je afval. Dat is bv. verplicht in Gent.', 'nl', {
      lookup: async (segment) => lookup(segment),
      weights: MATECAT,
      tariffCentsPerWord: 10,
    });
    expect(result.segments).toBe(2);
    expect(result.words.exact).toBe(3);
    expect(result.words.noMatch).toBe(6);
    expect(result.priceCents).toBe(69);
  });

  it('is zero for an empty document', async () => {
    const result = await analyseSegments({ segments: [], lookup, weights: MATECAT, tariffCentsPerWord: 12 });
    expect(result).toMatchObject({ segments: 0, totalWords: 0, weightedWords: 0, priceCents: 0 });
  });
});
