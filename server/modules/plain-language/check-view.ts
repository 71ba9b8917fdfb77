import type { PlainLanguageCheck } from '../../../contracts/plain-language.ts';
import { type CheckResult, checkText, type Span } from './check-text.ts';
import type { JargonEntry } from './default-jargon.ts';

const inside = (outer: Span) => (inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** The check's findings grouped per sentence, as the page highlights them. */
export function toCheckView(
  text: string,
  result: CheckResult,
  file: PlainLanguageCheck['file'] = null,
): PlainLanguageCheck {
  const longStarts = new Set(result.longSentences.map((s) => s.start));
  return {
    text,
    file,
    sentences: result.sentences.map((sentence) => {
      const within = inside(sentence);
      return {
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        words: sentence.words,
        syllables: sentence.syllables,
        flags: {
          long: longStarts.has(sentence.start),
          passive: result.passiveSentences
            .filter(within)
            .map(({ start, end, auxiliary, participle }) => ({ start, end, auxiliary, participle })),
          longWords: result.longWords
            .filter(within)
            .map(({ start, end, text, syllables }) => ({ start, end, text, syllables })),
          jargon: result.jargon.filter(within),
        },
      };
    }),
    wordCount: result.wordCount,
    averageSentenceLength: result.averageSentenceLength,
    scores: result.scores,
    b1: result.b1,
  };
}

/** Checks `text` against the given jargon list (the active terms of the table, for the route). */
export function checkPlainLanguage(
  text: string,
  jargon: readonly JargonEntry[],
  file: PlainLanguageCheck['file'] = null,
): PlainLanguageCheck {
  return toCheckView(text, checkText(text, { jargon }), file);
}
