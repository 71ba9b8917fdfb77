import { foldCase, tokenize } from './fuzzy-match.ts';

/**
 * The words the fuzzy lookup's index keys a segment by (README "Fuzzy lookup", decision 0008):
 * matchScore's case-folded word tokens, under the language pair's primary subtags.
 */

/** matchScore's case-folded word tokens (Unicode NFC), in order. */
export function foldedWords(text: string): string[] {
  return tokenize(text.normalize('NFC'))
    .filter((token) => token.kind === 'word')
    .map((token) => foldCase(token.text));
}

const primary = (tag: string) => (tag.split('-')[0] ?? '').toLowerCase();

/** "nl-BE" → "fr" and "nl" → "fr-CA" share "nl>fr|": a query for "nl" must see both. */
export function pairPrefix(sourceLang: string, targetLang: string): string {
  return `${primary(sourceLang)}>${primary(targetLang)}|`;
}
