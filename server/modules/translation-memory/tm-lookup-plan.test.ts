import { describe, expect, it } from 'vitest';
import { matchScore } from './fuzzy-match.ts';
import { seeded } from './tm-lookup.test-support.ts';
import {
  missesAllowed,
  probeOf,
  probeOrder,
  type QueryTerm,
  queryTerms,
  roundProbes,
} from './tm-lookup-plan.ts';

const term = (word: string, count = 1, frequency = 0): QueryTerm => ({
  word,
  count,
  frequency,
  ...probeOf(word),
});

describe('probeOf', () => {
  it('splits ASCII words at their joiners and drops a first piece that a digit could glue to', () => {
    expect(probeOf('gezinshereniging')).toEqual({ probe: ['gezinshereniging'], exact: true });
    expect(probeOf('sint-niklaas')).toEqual({ probe: ['niklaas'], exact: true });
    expect(probeOf('covid-19')).toEqual({ probe: ['19'], exact: true });
    expect(probeOf('vóór').exact).toBe(false);
  });
});

describe('missesAllowed', () => {
  it('is the largest number of missing words that a segment scoring at least s can have', () => {
    expect(missesAllowed(10, 50)).toBe(5);
    expect(missesAllowed(15, 90)).toBe(1);
    expect(missesAllowed(3, 67)).toBe(0);
    expect(missesAllowed(3, 66)).toBe(1);
  });

  it('holds for matchScore on random word sequences (the bound behind the lookup)', () => {
    const random = seeded(7);
    const vocabulary = 'de het een van aanvraag premie Gent attest loket brief Dossier binnen'.split(' ');
    for (let round = 0; round < 3000; round += 1) {
      const words = (n: number) =>
        Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
      const query = `${words(1 + Math.floor(random() * 9)).join(' ')} ${round % 3 === 0 ? '12 €' : ''}.`;
      const other = `${words(1 + Math.floor(random() * 9)).join(' ')}${round % 2 ? ',' : ''}`;
      const { total, terms } = queryTerms(query);
      const otherWords = new Map<string, number>();
      for (const w of queryTerms(other).terms) otherWords.set(w.word, w.count);
      const shared = terms.reduce((sum, t) => sum + Math.min(t.count, otherWords.get(t.word) ?? 0), 0);
      const score = matchScore(query, other).score;
      expect(total - shared).toBeLessThanOrEqual(missesAllowed(total, score));
    }
  });
});

describe('roundProbes', () => {
  it('covers every word set that misses at most e of the query tokens (randomized)', () => {
    const random = seeded(11);
    for (let round = 0; round < 400; round += 1) {
      const terms = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) =>
        term(`w${String.fromCharCode(97 + i)}`, random() < 0.2 ? 2 : 1, random()),
      );
      const ordered = probeOrder(terms);
      const n = terms.reduce((sum, t) => sum + t.count, 0);
      const e = Math.floor(random() * n);
      const probes = roundProbes(ordered, e);
      expect(probes).not.toBeNull();
      for (let trial = 0; trial < 30; trial += 1) {
        const held = new Set(terms.filter(() => random() < 0.8).map((t) => t.word));
        const missing = terms.filter((t) => !held.has(t.word)).reduce((sum, t) => sum + t.count, 0);
        if (missing > e) continue;
        expect(probes?.some((set) => set.every((element) => held.has(element)))).toBe(true);
      }
    }
  });

  it('answers null when the probeable words cannot exclude anything', () => {
    expect(roundProbes([term('aa'), term('bb')], 2)).toBeNull();
    expect(roundProbes([term('aa'), term('bb')], 1)?.sort()).toEqual([['aa'], ['bb']]);
  });

  it('keeps the number of probes bounded', () => {
    const terms = probeOrder(Array.from({ length: 20 }, (_, i) => term(`w${i}x`)));
    for (let e = 0; e < 19; e += 1) expect(roundProbes(terms, e)?.length ?? 0).toBeLessThanOrEqual(200);
  });
});
