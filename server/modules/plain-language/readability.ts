/**
 * Dutch readability formulas with published constants (sources in ../../../../shared/conformance/NOTES.md §4.1).
 *
 * - Flesch-Douma (W.H. Douma, 1960): 206.835 − 0.93·(words/sentence) − 77·(syllables/word), the per-word
 *   form used by koRpus ("nl") and textstat (constants.py "nl"); dbnl.org (Taal en Tongval 1977) gives
 *   the equivalent 206.8 − 0.77·(syllables per 100 words) − 0.93·(words per sentence).
 * - Brouwer Leesindex A (R.H.M. Brouwer, 1963): 195 − 2·(words/sentence) − 66.7·(syllables/word)
 *   (= 195 − (2/3)·syllables per 100 words − 2·words per sentence; koRpus rounds 66.7 to 67).
 * - LiNT-II (vanboefer/lint_ii@a32ece8b src/lint_ii/core/lint_scorer.py, EUPL-1.2; Pander Maat, Kleijn
 *   & Frissen 2023): 100 − (−4.20782 + 17.283729·freq − 1.624415·maxSDL − 2.536780·cw/clause
 *   + 16.001231·concrete), clamped to [0, 100], higher = harder. Its features need a Dutch parser and
 *   SUBTLEX-NL frequencies; `lintIIScore` is exact on given features, and lint-estimate.ts ESTIMATES
 *   the features from raw text (documented approximation) for `checkText`.
 */

export type TextCounts = { sentences: number; words: number; syllables: number };

/** Flesch-Douma reading ease (higher = easier); null for a text without words. */
export function fleschDouma({ sentences, words, syllables }: TextCounts): number | null {
  if (sentences === 0 || words === 0) return null;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/** Brouwer Leesindex A (higher = easier); null for a text without words. */
export function brouwer({ sentences, words, syllables }: TextCounts): number | null {
  if (sentences === 0 || words === 0) return null;
  return 195 - 2 * (words / sentences) - 66.7 * (syllables / words);
}

/** dbnl (1977) bands for Flesch-Douma; Wikipedia's school mapping differs slightly, dbnl is the primary. */
export const FLESCH_DOUMA_BANDS: readonly { min: number; label: string }[] = [
  { min: 90, label: 'zeer makkelijk' },
  { min: 80, label: 'makkelijk' },
  { min: 70, label: 'vrij makkelijk' },
  { min: 60, label: 'normaal' },
  { min: 45, label: 'vrij moeilijk' },
  { min: 30, label: 'moeilijk' },
  { min: Number.NEGATIVE_INFINITY, label: 'zeer moeilijk' },
];

export function fleschDoumaBand(score: number): string {
  return FLESCH_DOUMA_BANDS.find((band) => score >= band.min)?.label ?? 'zeer moeilijk';
}

export type LintFeatures = {
  /** Mean log10 SUBTLEX-NL frequency of the content words. */
  meanLogWordFrequency: number;
  /** Maximum syntactic dependency length (per sentence; for a document, the mean of the maxima). */
  maxSdl: number;
  contentWordsPerClause: number;
  proportionOfConcreteNouns: number;
};

/** LiNT-II score from its four features (lint_scorer.py), clamped to [0, 100]; higher = harder. */
export function lintIIScore(f: LintFeatures): number {
  const raw =
    -4.20782 +
    17.283729 * f.meanLogWordFrequency -
    1.624415 * f.maxSdl -
    2.53678 * f.contentWordsPerClause +
    16.001231 * f.proportionOfConcreteNouns;
  return Math.min(100, Math.max(0, 100 - raw));
}

/** LiNT-II levels: [0,34) 1, [34,46) 2, [46,58) 3, [58,100] 4 (14/29/53/78 % of adults struggle). */
export function lintIILevel(score: number): 1 | 2 | 3 | 4 {
  if (score < 34) return 1;
  if (score < 46) return 2;
  if (score < 58) return 3;
  return 4;
}
