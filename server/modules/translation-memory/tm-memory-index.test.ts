import { describe, expect, it } from 'vitest';
import { mergeGaps, splitGaps } from './tm-memory-index.repository.ts';
import { MemoryIndex, tagCovers } from './tm-memory-index.ts';

const segment = (seq: number, sourceText: string, sourceLang = 'nl', targetLang = 'fr') => ({
  seq,
  sourceLang,
  targetLang,
  sourceText,
});

describe('MemoryIndex', () => {
  const index = new MemoryIndex();
  index.add(segment(10, 'De brief van de stad Gent.'));
  index.add(segment(11, 'Een brief van het OCMW.', 'nl-BE'));
  index.add(segment(12, 'De brief van de stad Gent.', 'nl', 'en'));
  index.add(segment(13, 'Uw aanvraag: de premie van de stad.'));

  it('keeps each segment once, with its folded words as ids', () => {
    index.add(segment(10, 'De brief van de stad Gent.'));
    expect(index.size).toBe(4);
    expect(index.highest).toBe(13);
    expect(index.seq(1)).toBe(11);
    // "De … de": the same id twice; six words.
    const words = index.words(0);
    expect(index.wordCount(0)).toBe(6);
    expect(words[0]).toBe(words[3]);
    expect(index.wordIdsOf('nl>fr|', ['de', 'brief', 'onbekend'])).toEqual(
      Int32Array.from([words[0] as number, words[1] as number, -1]),
    );
  });

  it('gives exact frequencies per pair, and unknown words a term of their own', () => {
    const ids = index.wordIdsOf('nl>fr|', ['de', 'brief', 'de', 'onbekend']);
    const terms = index.terms(ids);
    // "de" twice in the query (mass 2), held by segments 10 and 13 of nl>fr (not the nl>en one).
    expect(terms.map((t) => [t.mass, t.frequency])).toEqual([
      [2, 2],
      [1, 2],
      [1, 0],
    ]);
  });

  it('counts held mass: only segments reaching the need, that the test accepts', () => {
    const terms = index.terms(index.wordIdsOf('nl>fr|', ['de', 'brief', 'stad']));
    // de (10, 13) + brief (10, 11) + stad (10, 13): 10 holds 3, 13 holds 2, 11 holds 1.
    const holding = (need: number, accept = (_: number) => true) =>
      index.holding(terms, need, accept).sort((x, y) => x - y);
    expect(holding(3)).toEqual([0]);
    expect(holding(2)).toEqual([0, 3]);
    expect(holding(1, (ordinal) => ordinal !== 0)).toEqual([1, 3]);
    // The shared counter is clean afterwards: the same probe gives the same answer.
    expect(holding(2)).toEqual([0, 3]);
    // Masses of 256 and more count in 32 bits.
    const heavy = terms.map((term) => ({ ...term, mass: term.mass * 100 }));
    expect(index.holding(heavy, 300, () => true)).toEqual([0]);
    expect(holding(3)).toEqual([0]);
    expect(index.everyOf('nl>en|', () => true)).toEqual([2]);
  });

  it('tests the exact pair as the SQL languageIs does', () => {
    expect(tagCovers('nl', 'nl-BE')).toBe(true);
    expect(tagCovers('NL', 'nl')).toBe(true);
    expect(tagCovers('nl-BE', 'nl')).toBe(false);
    expect(tagCovers('nl', 'nld')).toBe(false);
    const belgian = index.pairTest('nl-BE', 'fr');
    expect([0, 1, 2, 3].filter(belgian)).toEqual([1]);
    const dutch = index.pairTest('nl', 'fr');
    expect([0, 1, 2, 3].filter(dutch)).toEqual([0, 1, 3]);
  });
});

describe('gaps of seq numbers not read yet', () => {
  const gap = (low: number, high: number, since = 0) => ({ low, high, since });

  it('split around a seq that has been read', () => {
    expect(splitGaps([gap(5, 9)], 7)).toEqual([gap(5, 6), gap(8, 9)]);
    expect(splitGaps([gap(5, 9)], 5)).toEqual([gap(6, 9)]);
    expect(splitGaps([gap(5, 5)], 5)).toEqual([]);
    expect(splitGaps([gap(5, 9)], 12)).toEqual([gap(5, 9)]);
  });

  it('merge the closest neighbours beyond the limit, keeping the older time', () => {
    const merged = mergeGaps([gap(100, 101, 3), gap(1, 2, 1), gap(4, 4, 2), gap(50, 50, 5)], 3);
    expect(merged).toEqual([gap(1, 4, 1), gap(50, 50, 5), gap(100, 101, 3)]);
    expect(mergeGaps([gap(3, 3), gap(1, 1)], 3)).toEqual([gap(1, 1), gap(3, 3)]);
  });
});
