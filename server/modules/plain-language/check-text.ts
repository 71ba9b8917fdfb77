/**
 * Plain-language check of a Dutch text: sentences, long sentences and words, passive hints, formal
 * words and readability scores, each flag with offsets into the original text for highlighting.
 * Pure: no I/O, so the route, the CLI and the tests share it.
 */
import { segmentSentences } from '../translation-memory/index.ts';
import { assessB1, type B1Assessment } from './b1.ts';
import { DEFAULT_JARGON, type JargonEntry } from './default-jargon.ts';
import { estimateLint, estimateSentenceFeatures, type SentenceFeatures } from './lint-estimate.ts';
import { findPassives } from './passive.ts';
import { brouwer, fleschDouma, fleschDoumaBand } from './readability.ts';
import { countSyllables } from './syllables.ts';
import { type Token, tokenize } from './tokens.ts';

export type Span = { start: number; end: number };
export type CheckedSentence = Span & { text: string; words: number; syllables: number; isLong: boolean };
export type LongWord = Span & { text: string; syllables: number; letters: number };
export type PassiveSentence = Span & {
  text: string;
  sentenceIndex: number;
  auxiliary: string;
  participle: string;
};
export type JargonHit = Span & { text: string; term: string; alternative: string };

export type CheckOptions = {
  longSentenceWords: number;
  longWordSyllables: number;
  longWordLetters: number;
  jargon: readonly JargonEntry[];
  targetAverageSentenceLength: number;
  targetFleschDouma: number;
};

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  longSentenceWords: 20, // NOTES.md §4.2: warn above 20 words
  longWordSyllables: 4, // b1teksten.nl: words of more than 3 syllables are "difficult"
  longWordLetters: 15,
  jargon: DEFAULT_JARGON,
  targetAverageSentenceLength: 15, // Onze Taal / schrijvenonline: average of 15 or less
  targetFleschDouma: 60, // dbnl band "normaal" and up
};

export type CheckResult = {
  sentences: CheckedSentence[];
  wordCount: number;
  syllableCount: number;
  averageSentenceLength: number;
  longSentences: (Span & { text: string; sentenceIndex: number; words: number })[];
  longWords: LongWord[];
  passiveSentences: PassiveSentence[];
  jargon: JargonHit[];
  scores: {
    fleschDouma: number | null;
    fleschDoumaBand: string | null;
    brouwer: number | null;
    /** LiNT-II estimated from raw text (lint-estimate.ts: approximated features, published formula). */
    lint: number | null;
    lintLevel: 1 | 2 | 3 | 4 | null;
  };
  b1: B1Assessment;
};

/**
 * Names and numbers are not "difficult words": a token with a digit, an all-caps abbreviation (OCMW), a
 * token with inner periods (o.a.) or a capitalised word inside a sentence (Dutch nouns are lower case,
 * so that is a name: "Sint-Pietersnieuwstraat"). A capitalised first word cannot be told apart and counts.
 */
function isExemptFromLongWords(token: Token, isFirstInSentence: boolean): boolean {
  const word = token.text;
  if (/\p{N}/u.test(word) || word.includes('.')) return true;
  if (word.length > 1 && word === word.toUpperCase()) return true;
  return !isFirstInSentence && /^\p{Lu}/u.test(word);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function jargonPattern(entry: JargonEntry): RegExp {
  const phrase = entry.term.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  const suffix = entry.inflects ? '(?:e|en|s|n)?' : '';
  // Lookarounds on letters instead of \b, because \b is ASCII-only and would split "geïnd".
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase}${suffix}(?![\\p{L}\\p{N}])`, 'giu');
}

export function findJargon(text: string, entries: readonly JargonEntry[]): JargonHit[] {
  const hits: JargonHit[] = [];
  for (const entry of entries) {
    if (entry.term.trim() === '') continue;
    for (const match of text.matchAll(jargonPattern(entry))) {
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        term: entry.term,
        alternative: entry.alternative,
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function checkText(text: string, options: Partial<CheckOptions> = {}): CheckResult {
  const opts: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const sentences: CheckedSentence[] = [];
  const longWords: LongWord[] = [];
  const passiveSentences: PassiveSentence[] = [];
  const lintFeatures: SentenceFeatures[] = [];
  let wordCount = 0;
  let syllableCount = 0;

  for (const segment of segmentSentences(text, 'nl')) {
    const tokens = tokenize(segment.text, segment.start);
    // A line without words (a bullet, "—") is no sentence for the formulas.
    if (tokens.length === 0) continue;
    const sentenceIndex = sentences.length;
    let syllables = 0;
    tokens.forEach((token, i) => {
      const count = countSyllables(token.text);
      syllables += count;
      const letters = token.text.replace(/[^\p{L}]/gu, '').length;
      const long = count >= opts.longWordSyllables || letters >= opts.longWordLetters;
      if (long && !isExemptFromLongWords(token, i === 0))
        longWords.push({ ...token, syllables: count, letters });
    });
    for (const hit of findPassives(segment.text, segment.start, tokens)) {
      passiveSentences.push({
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        sentenceIndex,
        auxiliary: hit.auxiliary.text,
        participle: hit.participle.text,
      });
    }
    lintFeatures.push(estimateSentenceFeatures(text, tokens));
    wordCount += tokens.length;
    syllableCount += syllables;
    sentences.push({
      text: segment.text,
      start: segment.start,
      end: segment.end,
      words: tokens.length,
      syllables,
      isLong: tokens.length > opts.longSentenceWords,
    });
  }

  const counts = { sentences: sentences.length, words: wordCount, syllables: syllableCount };
  const fd = fleschDouma(counts);
  const averageSentenceLength = sentences.length === 0 ? 0 : wordCount / sentences.length;
  const longSentences = sentences
    .map((s, sentenceIndex) => ({ ...s, sentenceIndex }))
    .filter((s) => s.isLong)
    .map(({ start, end, text, sentenceIndex, words }) => ({ start, end, text, sentenceIndex, words }));
  const jargon = findJargon(text, opts.jargon);
  const lint = estimateLint(lintFeatures);
  const scores = {
    fleschDouma: fd,
    fleschDoumaBand: fd === null ? null : fleschDoumaBand(fd),
    brouwer: brouwer(counts),
    lint: lint?.score ?? null,
    lintLevel: lint?.level ?? null,
  };
  const b1 = assessB1(
    { sentences: sentences.length, words: wordCount, averageSentenceLength, fleschDouma: fd },
    { longSentences: longSentences.length, longWords: longWords.length, passives: passiveSentences.length },
    jargon.length,
    opts,
  );
  return {
    sentences,
    wordCount,
    syllableCount,
    averageSentenceLength,
    longSentences,
    longWords,
    passiveSentences,
    jargon,
    scores,
    b1,
  };
}
