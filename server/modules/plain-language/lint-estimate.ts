/**
 * LiNT-II from raw text, APPROXIMATED. The formula and levels are the published ones
 * (readability.ts: Pander Maat, Kleijn & Frissen 2023, "LiNT-II", as coded in
 * vanboefer/lint_ii@a32ece8b lint_scorer.py); its four features normally come from spaCy's
 * nl_core_news_lg parse, SUBTLEX-NL and the RBN noun types, none of which this module has. So each
 * feature is estimated:
 *
 * - word frequency: SUBTLEX-NL log10 frequency of a content word ≈ 5.435 − 0.1959·letters (least
 *   squares over the 155 content words with a published frequency in lint_ii's level1.json and
 *   level4.json, r = −0.61), kept within [1.3555, 7] (1.3555 is the floor lint_ii gives unknown words);
 * - max dependency length: ≈ −0.687 + 0.6458·words in the sentence (least squares over the 30
 *   sentences of those files, r = 0.96), at least 0;
 * - content words per clause: content word = not in the closed lists of dutch-words.ts; clauses
 *   (lint_ii counts finite verbs) ≈ 1 + subordinators + "die/dat/waar…" or "en/maar/want…" after a comma;
 * - concrete nouns: a noun is the first content word after a determiner that is not an -e
 *   adjective ("de oude haas"); it counts as
 *   concrete unless it has an abstract suffix (-heid, -ing, -tie, …) or 3+ syllables (compounds such as
 *   "basisregistratie" are mostly abstract in the legal texts); 0 without nouns, as lint_ii does.
 *
 * The document score averages the sentence features (lint_ii readability_analysis.py) and scores
 * the averages. Calibration check (lint-estimate.test.ts): lint_ii's level-1 story comes out level 1,
 * its level-4 legal text level 4. The estimate is a guide, not the published instrument.
 */
import {
  ABSTRACT_SUFFIX,
  CLAUSE_COORDINATORS,
  DETERMINERS,
  FUNCTION_WORDS,
  SUBORDINATORS,
} from './dutch-words.ts';
import { type LintFeatures, lintIILevel, lintIIScore } from './readability.ts';
import { countSyllables } from './syllables.ts';
import type { Token } from './tokens.ts';

const FREQ_INTERCEPT = 5.435;
const FREQ_PER_LETTER = -0.1959;
const FREQ_MIN = 1.3555;
const FREQ_MAX = 7;
const SDL_INTERCEPT = -0.687;
const SDL_PER_WORD = 0.6458;
/** Relative words that start a clause only after a comma ("het gras, dat daar staat"). */
const RELATIVES = new Set(['die', 'dat', 'waar', 'wat', 'wie', 'waarin', 'waarop', 'waarmee', 'waarvan']);

export type SentenceFeatures = LintFeatures & { contentWords: number; nouns: number };
export type LintEstimate = { score: number; level: 1 | 2 | 3 | 4; features: LintFeatures };

const lower = (token: Token) => token.text.toLowerCase();

function isContentWord(token: Token, index: number): boolean {
  const word = lower(token);
  if (!/\p{L}/u.test(word) || /\p{N}/u.test(word) || word.length < 2) return false;
  if (FUNCTION_WORDS.has(word)) return false;
  // A capital inside a sentence marks a name: lint_ii leaves proper nouns out of the frequency.
  return index === 0 || !/^\p{Lu}/u.test(token.text);
}

function estimatedLogFrequency(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  return Math.min(FREQ_MAX, Math.max(FREQ_MIN, FREQ_INTERCEPT + FREQ_PER_LETTER * letters));
}

function countClauses(text: string, tokens: readonly Token[]): number {
  let clauses = 1;
  tokens.forEach((token, i) => {
    const word = lower(token);
    const previous = tokens[i - 1];
    const afterComma = previous !== undefined && text.slice(previous.end, token.start).includes(',');
    if (SUBORDINATORS.has(word) && word !== 'dat') clauses++;
    else if (afterComma && (RELATIVES.has(word) || CLAUSE_COORDINATORS.has(word))) clauses++;
  });
  return clauses;
}

function nounsOf(tokens: readonly Token[], content: readonly boolean[]): Token[] {
  const nouns: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !DETERMINERS.has(lower(token))) continue;
    // Attributive adjectives before the noun end in -e ("het hoge gras"); the first other content
    // word is the noun, so a verb after it ("de voorziening zocht") is not taken for one.
    let j = i + 1;
    while (content[j] && content[j + 1] && /e$/u.test(tokens[j]?.text ?? '')) j++;
    const head = content[j] ? tokens[j] : undefined;
    if (head) nouns.push(head);
    i = j - 1;
  }
  return nouns;
}

const isConcrete = (noun: Token) =>
  !ABSTRACT_SUFFIX.test(noun.text.toLowerCase()) && countSyllables(noun.text) <= 2;

/** The estimated features of one sentence; `tokens` carry offsets into `text`. */
export function estimateSentenceFeatures(text: string, tokens: readonly Token[]): SentenceFeatures {
  const content = tokens.map(isContentWord);
  const contentTokens = tokens.filter((_, i) => content[i]);
  const nouns = nounsOf(tokens, content);
  const frequencies = contentTokens.map((t) => estimatedLogFrequency(t.text));
  return {
    meanLogWordFrequency:
      frequencies.length === 0 ? 0 : frequencies.reduce((a, b) => a + b, 0) / frequencies.length,
    maxSdl: Math.max(0, SDL_INTERCEPT + SDL_PER_WORD * tokens.length),
    contentWordsPerClause: contentTokens.length / countClauses(text, tokens),
    proportionOfConcreteNouns: nouns.length === 0 ? 0 : nouns.filter(isConcrete).length / nouns.length,
    contentWords: contentTokens.length,
    nouns: nouns.length,
  };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Document LiNT-II from the sentence features: each feature averaged over the sentences, then the
 * formula. A sentence without content words has no frequency, one without nouns no concreteness
 * (lint_ii leaves such sentences unscored): they are left out of that one mean.
 */
export function estimateLint(sentences: readonly SentenceFeatures[]): LintEstimate | null {
  const withWords = sentences.filter((s) => s.contentWords > 0);
  if (withWords.length === 0) return null;
  const withNouns = sentences.filter((s) => s.nouns > 0);
  const features: LintFeatures = {
    meanLogWordFrequency: mean(withWords.map((s) => s.meanLogWordFrequency)),
    maxSdl: mean(sentences.map((s) => s.maxSdl)),
    contentWordsPerClause: mean(sentences.map((s) => s.contentWordsPerClause)),
    proportionOfConcreteNouns:
      withNouns.length === 0 ? 0 : mean(withNouns.map((s) => s.proportionOfConcreteNouns)),
  };
  const score = lintIIScore(features);
  return { score, level: lintIILevel(score), features };
}
