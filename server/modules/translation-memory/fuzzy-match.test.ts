import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterDistance,
  characterSimilarity,
  levenshtein,
  matchScore,
  matchScorer,
  rankMatches,
  tokenSimilarity,
} from './fuzzy-match.ts';
import { placeholder } from './tmx-xml.ts';

describe('published vectors (conformance NOTES §2.6)', () => {
  it('OmegaT LevenshteinDistanceTest: [cat,dog,fish] vs [cat,wolf,fish] → distance 1, 66 %', () => {
    expect(levenshtein(['cat', 'dog', 'fish'], ['cat', 'wolf', 'fish'])).toBe(1);
    expect(tokenSimilarity(['cat', 'dog', 'fish'], ['cat', 'wolf', 'fish']).similarity).toBe(66);
    expect(matchScore('cat dog fish', 'cat wolf fish').score).toBe(66);
  });

  it('Translate Toolkit test_lshtein: character distances', () => {
    expect(characterDistance('word', 'word 2')).toBe(2);
    expect(characterDistance('words', 'word')).toBe(1);
    expect(characterDistance('word', 'woord')).toBe(1);
    expect(characterDistance('word', '')).toBe(4);
  });

  it('Translate Toolkit test_lshtein: character similarity', () => {
    expect(characterSimilarity('word', 'words')).toBe(80);
    expect(characterSimilarity('word', 'wood')).toBe(75);
    expect(characterSimilarity('aaa', 'bbb')).toBe(0);
    const long =
      'This is a long sentence that is used to test the similarity of a long string against a very short prefix of it, because translation memories hold long sentences next to short ones and the score must stay sane.'
        .padEnd(240, ' x')
        .slice(0, 240);
    expect(long).toHaveLength(240);
    const similarity = characterSimilarity(long, long.slice(0, 62));
    expect(similarity).toBeCloseTo(25.83, 2);
  });

  it('Translate Toolkit test_match: "hond" against {hand, asdf, fdas, haas, pond} keeps hand and pond at ≥ 75 (character rule)', () => {
    const memory = ['hand', 'asdf', 'fdas', 'haas', 'pond'];
    expect(memory.filter((entry) => characterSimilarity('hond', entry) >= 75)).toEqual(['hand', 'pond']);
  });

  it('Trados forum anecdote (34 / 67): our truncating rule gives 33 / 66', () => {
    expect(matchScore('one two three', 'two three four').score).toBe(33);
    expect(matchScore('one two three', 'two two three').score).toBe(66);
  });

  it('Okapi PensieveSeekerTest: a case-only difference is not a 100 % match', () => {
    const result = matchScore('abcdef', 'abCdef');
    expect(result.score).toBe(99);
    expect(result.penalties.case).toBe(1);
  });
});

describe('matchScore penalties (memoQ: 95–99 = same words, other numbers/tags/punctuation)', () => {
  const letter = 'Uw afspraak is op 12 maart om 10 uur in lokaal 3.';

  it('is 100 only for identical text', () => {
    expect(matchScore(letter, letter).score).toBe(100);
    expect(matchScore(letter, letter.replace('op 12', 'op  12')).score).toBe(99);
  });

  it('takes 2 per differing number', () => {
    expect(matchScore(letter, letter.replace('12', '14')).score).toBe(98);
    expect(matchScore(letter, letter.replace('12', '14').replace('10', '11')).score).toBe(96);
  });

  it('takes 1 per differing tag and 1 for punctuation, capped at 5 in total', () => {
    const tagged = `Klik ${placeholder(0)}hier${placeholder(1)} om in te schrijven.`;
    expect(matchScore(tagged, 'Klik hier om in te schrijven.').score).toBe(98);
    expect(matchScore(tagged, `Klik ${placeholder(0)}hier${placeholder(1)} om in te schrijven!`).score).toBe(
      99,
    );
    const many = 'Kamer 1, 2, 3 en 4.';
    expect(matchScore(many, 'Kamer 5, 6, 7 en 8.').score).toBe(95);
  });

  it('lowers the score by word edits as OmegaT does, then applies penalties', () => {
    const result = matchScore(
      'Breng uw identiteitskaart mee naar de afspraak.',
      'Breng uw verblijfskaart mee naar de afspraak.',
    );
    expect(result.base).toBe(85);
    expect(result.score).toBe(85);
    expect(result.tokenDistance).toBe(1);
  });

  it('scores one-word segments 0 or 100, the known limit of token rules', () => {
    expect(matchScore('hond', 'hand').score).toBe(0);
    expect(matchScore('', '').score).toBe(100);
  });

  it('falls back to all tokens when there are no words', () => {
    expect(matchScore('12.500', '12.500').score).toBe(100);
    expect(matchScore('12 / 3', '12 / 4').score).toBeLessThan(100);
  });

  it('is symmetric, bounded and 100 on identity (property)', () => {
    const segment = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(segment, segment, (a, b) => {
        const ab = matchScore(a, b).score;
        expect(ab).toBe(matchScore(b, a).score);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(100);
        expect(matchScore(a, a).score).toBe(100);
        if (ab === 100) expect(a.normalize('NFC')).toBe(b.normalize('NFC'));
      }),
    );
  });
});

describe('rankMatches', () => {
  it('keeps candidates above the threshold, best first, at most the limit', () => {
    const memory = [
      { id: 1, source: 'De school begint om 8 uur.' },
      { id: 2, source: 'De school begint om 9 uur.' },
      { id: 3, source: 'Het zwembad is gesloten.' },
      { id: 4, source: 'De school begint vandaag om 8 uur.' },
    ];
    const ranked = rankMatches('De school begint om 8 uur.', memory, (entry) => entry.source, {
      minScore: 75,
      limit: 2,
    });
    expect(ranked.map((match) => [match.item.id, match.match.score])).toEqual([
      [1, 100],
      [2, 98],
    ]);
  });
});

/** The textbook full-matrix Levenshtein, no shortcuts: the reference the fast one must equal. */
function referenceDistance<T>(a: readonly T[], b: readonly T[]): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = Object.is(a[i - 1], b[j - 1]) ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('the fast distances equal the textbook ones (property)', () => {
  // Small alphabets, so shared prefixes and suffixes (set aside first) are common.
  const word = fc.constantFrom('de', 'het', 'school', 'brief', 'kind', 'De');
  const text = fc
    .array(fc.constantFrom('a', 'b', 'é', 'e\u0301', '😀', ' ', '.'), { maxLength: 14 })
    .map((chars) => chars.join(''));

  it('levenshtein over words and characterDistance over code points', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 9 }), fc.array(word, { maxLength: 9 }), (a, b) => {
        expect(levenshtein(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(characterDistance(a, b)).toBe(referenceDistance(Array.from(a), Array.from(b)));
      }),
      { numRuns: 400 },
    );
  });

  it('matchScorer gives matchScore, or null below the minimum', () => {
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(sentence, sentence, fc.integer({ min: 0, max: 100 }), (query, candidate, minScore) => {
        const full = matchScore(query, candidate);
        const scored = matchScorer(query)(candidate, minScore);
        expect(scored).toEqual(full.score >= minScore ? full : null);
      }),
      { numRuns: 300 },
    );
  });
});
