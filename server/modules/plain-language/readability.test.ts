import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brouwer, fleschDouma, fleschDoumaBand, lintIILevel, lintIIScore } from './readability.ts';
import { countSyllables, hyphenationParts, vowelGroups } from './syllables.ts';

const READABILITY_DIR = fileURLToPath(new URL('../../../../shared/conformance/readability', import.meta.url));

describe('Flesch-Douma and Brouwer constants', () => {
  it('uses the published per-word forms', () => {
    // 10 words, 1 sentence, 15 syllables: 206.835 − 9.3 − 115.5 and 195 − 20 − 100.05
    expect(fleschDouma({ sentences: 1, words: 10, syllables: 15 })).toBeCloseTo(82.035, 9);
    expect(brouwer({ sentences: 1, words: 10, syllables: 15 })).toBeCloseTo(74.95, 9);
  });

  it('agrees with the dbnl per-100-words form (206.8 − 0.77·wl − 0.93·zl) within its rounding', () => {
    const counts = { sentences: 7, words: 120, syllables: 190 };
    const dbnl =
      206.8 - 0.77 * ((counts.syllables / counts.words) * 100) - 0.93 * (counts.words / counts.sentences);
    expect(Math.abs((fleschDouma(counts) ?? 0) - dbnl)).toBeLessThan(0.05);
  });

  it('returns null without words and maps dbnl bands', () => {
    expect(fleschDouma({ sentences: 0, words: 0, syllables: 0 })).toBeNull();
    expect(fleschDoumaBand(65)).toBe('normaal');
    expect(fleschDoumaBand(95)).toBe('zeer makkelijk');
    expect(fleschDoumaBand(10)).toBe('zeer moeilijk');
  });
});

describe('Dutch syllables (hyphen nl patterns + vowel-group fallback)', () => {
  it.each([
    ['de', 1],
    ['zee', 1],
    ['kinderbijslag', 4],
    ['gemeentelijke', 5],
    ['inschrijvingsformulier', 6],
    ['beëindigen', 4],
    ['ruïne', 3],
    ['theater', 3], // vowel groups say 2; hyphenation wins
    ['idee', 2], // hyphenation keeps it whole; vowel groups win
  ])('%s has %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('documents a known undercount: "mooie" (mooi-e) counts 1', () => {
    expect(hyphenationParts('mooie')).toBe(1);
    expect(vowelGroups('mooie')).toBe(1);
  });
});

describe('LiNT-II from features (vanboefer/lint_ii@a32ece8b)', () => {
  it('matches the doctest vector 21.0204456, level 1', () => {
    const score = lintIIScore({
      meanLogWordFrequency: 5.2,
      maxSdl: 3,
      contentWordsPerClause: 4.5,
      proportionOfConcreteNouns: 0.6,
    });
    expect(score).toBeCloseTo(21.0204456, 6);
    expect(lintIILevel(score)).toBe(1);
  });

  it('clamps to [0, 100] and uses the published level cut-offs', () => {
    expect(
      lintIIScore({
        meanLogWordFrequency: 0,
        maxSdl: 40,
        contentWordsPerClause: 10,
        proportionOfConcreteNouns: 0,
      }),
    ).toBe(100);
    expect([33.9, 34, 45.9, 46, 57.9, 58].map(lintIILevel)).toEqual([1, 2, 2, 3, 3, 4]);
  });

  const sentenceSchema = z.object({
    lint_score: z.number().nullable(),
    difficulty_level: z.number().nullable(),
    mean_log_word_frequency: z.number().nullable(),
    max_sdl: z.number().nullable(),
    proportion_of_concrete_nouns: z.number().nullable(),
    content_words_per_clause: z.number().nullable(),
  });
  const fileSchema = z.object({
    sentences: z.array(sentenceSchema),
    min_lint_score: z.number(),
    max_lint_score: z.number(),
  });

  for (const name of ['level1.json', 'level4.json']) {
    const path = `${READABILITY_DIR}/lint_ii/${name}`;
    if (!existsSync(path)) {
      console.warn(`[plain-language] SKIPPED LiNT-II vectors: ${path} not found`);
      it.skip(`LiNT-II sentence vectors in ${name} (file absent)`, () => {});
      continue;
    }
    it(`reproduces every scored sentence in ${name} to 1e-9`, () => {
      const file = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const scores: number[] = [];
      for (const s of file.sentences) {
        const {
          mean_log_word_frequency: f,
          max_sdl: sdl,
          content_words_per_clause: cw,
          proportion_of_concrete_nouns: c,
        } = s;
        // lint_ii leaves a sentence unscored when a feature is undefined (e.g. no nouns); so do we.
        if (s.lint_score === null || f === null || sdl === null || cw === null || c === null) continue;
        const score = lintIIScore({
          meanLogWordFrequency: f,
          maxSdl: sdl,
          contentWordsPerClause: cw,
          proportionOfConcreteNouns: c,
        });
        expect(Math.abs(score - s.lint_score)).toBeLessThan(1e-9);
        expect(lintIILevel(score)).toBe(s.difficulty_level);
        scores.push(score);
      }
      expect(scores.length).toBeGreaterThan(0);
      expect(Math.min(...scores)).toBeCloseTo(file.min_lint_score, 9);
      expect(Math.max(...scores)).toBeCloseTo(file.max_lint_score, 9);
    });
  }
});
