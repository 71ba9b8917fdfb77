import { describe, expect, it } from 'vitest';
import { matchScore } from './fuzzy-match.ts';
import { segmentKeys } from './segment-keys.ts';
import { seeded } from './tm-lookup.test-support.ts';
import {
  bigramsDestroyed,
  type KeyTerm,
  missesAllowed,
  planRound,
  queryKeyTerms,
  withinBudget,
  wordCountRange,
} from './tm-lookup-plan.ts';

describe('missesAllowed and wordCountRange', () => {
  it('are the largest number of missing words and the word counts a segment scoring s can have', () => {
    expect(missesAllowed(10, 50)).toBe(5);
    expect(missesAllowed(15, 90)).toBe(1);
    expect(missesAllowed(3, 67)).toBe(0);
    expect(missesAllowed(3, 66)).toBe(1);
    expect(wordCountRange(10, 50)).toEqual({ min: 5, max: 20 });
    expect(wordCountRange(15, 90)).toEqual({ min: 14, max: 16 });
  });
});

/**
 * The bounds behind the lookup, checked against matchScore itself on random texts of a small
 * vocabulary (so that high scores are common): whatever a segment scores, it misses at most
 * e(score) word tokens, has a word count in range and lacks at most bigramsDestroyed(score) pairs.
 */
describe('the bounds hold for matchScore (randomized)', () => {
  const random = seeded(7);
  const vocabulary = 'de het een van aanvraag premie Gent attest loket brief Dossier binnen'.split(' ');
  const words = (n: number) =>
    Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? '');
  /** Another text: random, or the query with a few random word edits (high scores). */
  const near = (query: string[]) => {
    const out = [...query];
    const edits = Math.floor(random() * 4);
    for (let i = 0; i < edits; i += 1) {
      const at = Math.floor(random() * (out.length + 1));
      const kind = Math.floor(random() * 3);
      if (kind === 0) out.splice(at, 0, words(1)[0] ?? '');
      else if (kind === 1) out.splice(at, 1);
      else out[at] = words(1)[0] ?? '';
    }
    return out;
  };

  it('for words, word counts and word pairs', () => {
    let high = 0;
    for (let round = 0; round < 4000; round += 1) {
      const q = words(1 + Math.floor(random() * 14));
      const query = `${q.join(' ')}${round % 3 === 0 ? ' 12 €' : ''}.`;
      const other = `${(round % 2 === 0 ? near(q) : words(1 + Math.floor(random() * 14))).join(' ')}${round % 5 ? ',' : ''}`;
      const score = matchScore(query, other).score;
      if (score < 1) continue;
      if (score >= 70) high += 1;
      const terms = queryKeyTerms(query, 'nl', 'fr');
      const held = new Set(segmentKeys('nl', 'fr', other).keys);
      const { wordCount } = segmentKeys('nl', 'fr', other);
      const lacking = (list: KeyTerm[]) =>
        list.filter((t) => !held.has(t.key)).reduce((sum, t) => sum + t.mass, 0);
      expect(lacking(terms.words), `${query} | ${other}`).toBeLessThanOrEqual(missesAllowed(terms.n, score));
      expect(lacking(terms.bigrams), `${query} | ${other}`).toBeLessThanOrEqual(
        bigramsDestroyed(terms.n, score),
      );
      const range = wordCountRange(terms.n, score);
      expect(wordCount).toBeGreaterThanOrEqual(range.min);
      expect(wordCount).toBeLessThanOrEqual(range.max);
    }
    expect(high).toBeGreaterThan(500);
  });
});

describe('planRound', () => {
  const terms = (prefix: string, frequencies: number[]): KeyTerm[] =>
    frequencies.map((frequency, i) => ({ key: `${prefix}${i}`, mass: 1, frequency }));

  it('takes the rarest keys until their mass exceeds what a segment may lack, and no costly ones', () => {
    const query = {
      n: 10,
      words: terms('w', [0.5, 0.01, 0.2, 0.02, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9]),
      bigrams: [],
    };
    const probe = planRound(query, 90);
    // e(90) = 1 for 10 words: two rarest words, a segment holds at least one.
    expect(probe).toMatchObject({ kind: 'words', need: 1 });
    expect(probe?.terms.map((t) => t.key)).toEqual(['w1', 'w3']);
  });

  it('probes word pairs when they are cheaper, and nothing when no key can exclude a segment', () => {
    const query = {
      n: 10,
      words: terms('w', Array(10).fill(0.1)),
      bigrams: terms('b', Array(9).fill(0.001)),
    };
    // bigramsDestroyed(10, 90) = 2: three pairs would do (need 1); all nine cost less than 6× that,
    // so a candidate must hold 9 − 2 = 7 of them — far cheaper than the words.
    expect(planRound(query, 90)).toMatchObject({ kind: 'bigrams', need: 7 });
    expect(planRound(query, 90)?.terms).toHaveLength(9);
    expect(planRound(query, 0)).toBeNull();
  });
});

describe('withinBudget', () => {
  // Rarest first, as planRound orders them; mass 4, need 2: a segment may lack 2 of the mass.
  const probe = {
    kind: 'words' as const,
    terms: [
      { key: 'a', mass: 1, frequency: 0.001 },
      { key: 'b', mass: 2, frequency: 0.002 },
      { key: 'c', mass: 1, frequency: 0.01 },
    ],
    need: 2,
    cost: 0.013,
  };
  it('keeps a probe that fits, cuts to the rarest keys that fit, and gives up when none does', () => {
    expect(withinBudget(probe, 100_000, { postings: 1_300, rows: 10, fromScore: 0 })).toBe(probe);
    // a + b = 300 postings: mass 3, still a proof (need 3 − 2 = 1).
    expect(withinBudget(probe, 100_000, { postings: 500, rows: 10, fromScore: 0 })).toMatchObject({
      terms: [{ key: 'a' }, { key: 'b' }],
      need: 1,
    });
    // a alone: mass 1 ≤ what may be lacked, so any segment holding it (need 1) — not a proof.
    expect(withinBudget(probe, 100_000, { postings: 150, rows: 10, fromScore: 0 })).toMatchObject({
      terms: [{ key: 'a' }],
      need: 1,
    });
    expect(withinBudget(probe, 100_000, { postings: 50, rows: 10, fromScore: 0 })).toBeUndefined();
  });
});
