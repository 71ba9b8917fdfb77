import type { PlainLanguageCheck } from '../../../contracts/plain-language.ts';
import { type CheckResult, checkText, type Span } from './check-text.ts';

const inside = (outer: Span) => (inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** The check's findings grouped per sentence, as the page highlights them. */
export function toCheckView(result: CheckResult): PlainLanguageCheck {
  const longStarts = new Set(result.longSentences.map((s) => s.start));
  return {
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

export function checkPlainLanguage(text: string): PlainLanguageCheck {
  return toCheckView(checkText(text));
}
