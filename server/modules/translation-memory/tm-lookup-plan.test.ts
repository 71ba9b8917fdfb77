import { describe, expect, it } from 'vitest';
import { matchScore } from './fuzzy-match.ts';
import { foldedWords } from './segment-keys.ts';
import { seeded } from './tm-lookup.test-support.ts';
import { type KeyTerm, missesAllowed, planRound, wordCountRange } from './tm-lookup-plan.ts';
import { MemoryIndex } from './tm-memory-index.ts';

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
 * e(score) word tokens and has a word count in range — so the index's count filter with the round's
 * probe (`planRound`) finds it.
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

  it('for words and word counts, and the probe of that score finds the segment', () => {
    let high = 0;
    for (let round = 0; round < 4000; round += 1) {
      const q = words(1 + Math.floor(random() * 14));
      const query = `${q.join(' ')}${round % 3 === 0 ? ' 12 €' : ''}.`;
      const other = `${(round % 2 === 0 ? near(q) : words(1 + Math.floor(random() * 14))).join(' ')}${round % 5 ? ',' : ''}`;
      const score = matchScore(query, other).score;
      if (score < 1) continue;
      if (score >= 70) high += 1;
      const index = new MemoryIndex();
      index.add({ seq: 1, sourceLang: 'nl', targetLang: 'fr', sourceText: other });
      const folded = foldedWords(query);
      const ids = index.wordIdsOf('nl>fr|', folded);
      const terms = index.terms(ids);
      const lacking = terms.filter((t) => t.frequency === 0).reduce((sum, t) => sum + t.mass, 0);
      expect(lacking, `${query} | ${other}`).toBeLessThanOrEqual(missesAllowed(folded.length, score));
      const range = wordCountRange(folded.length, score);
      expect(index.wordCount(0)).toBeGreaterThanOrEqual(range.min);
      expect(index.wordCount(0)).toBeLessThanOrEqual(range.max);
      const probe = planRound({ n: folded.length, words: terms }, score);
      if (probe !== null) expect(index.holding(probe.terms, probe.need, () => true)).toEqual([0]);
    }
    expect(high).toBeGreaterThan(500);
  });
});

describe('planRound', () => {
  const terms = (first: number, frequencies: number[]): KeyTerm[] =>
    frequencies.map((frequency, i) => ({ id: first + i, mass: 1, frequency }));

  it('takes the rarest words until their mass exceeds what a segment may lack, and no costly ones', () => {
    const query = { n: 10, words: terms(0, [500, 10, 200, 20, 300, 400, 600, 700, 800, 900]) };
    const probe = planRound(query, 90);
    // e(90) = 1 for 10 words: the two rarest words, a segment holds at least one; the third rarest
    // (200) would cost more than 6 × 30.
    expect(probe).toMatchObject({ need: 1 });
    expect(probe?.terms.map((t) => t.id)).toEqual([1, 3]);
  });

  it('widens while cheap: each word added raises what a candidate must hold', () => {
    const probe = planRound({ n: 10, words: terms(0, Array(10).fill(100)) }, 90);
    // Two words cost 200; six times that takes all ten: a candidate holds 10 − 1 = 9 of them.
    expect(probe?.terms).toHaveLength(10);
    expect(probe?.need).toBe(9);
  });

  it('takes words no segment holds first and finds that none can score, and nothing below 1', () => {
    const query = { n: 4, words: [...terms(0, [50, 60]), ...terms(-2, [0, 0])] };
    // e(75) = 1: the two unknown words alone exceed it, so a candidate must hold one of them.
    expect(planRound(query, 75)).toMatchObject({ need: 1, terms: [{ frequency: 0 }, { frequency: 0 }] });
    expect(planRound(query, 0)).toBeNull();
  });
});
