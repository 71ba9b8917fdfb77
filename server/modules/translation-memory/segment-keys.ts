import { foldCase, tokenize } from './fuzzy-match.ts';

/**
 * The lookup keys of a segment (README "Fuzzy lookup", decision 0008): what `tm_segment_keys` holds
 * for it. Key scheme 1: every distinct word (`w:`) and every distinct pair of adjacent words (`b:`)
 * of matchScore's case-folded word tokens, prefixed with the language pair's primary subtags, so a
 * pair's postings hold that pair's segments only. A change of scheme raises `KEYS_VERSION`; the
 * backfill then re-keys every segment whose `keys_version` differs.
 */
export const KEYS_VERSION = 1;

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

/** A btree entry must stay far below 2,700 bytes: a very long word is cut and its hash appended. */
const LONGEST = 200;
function bounded(text: string): string {
  if (text.length <= LONGEST) return text;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.slice(0, LONGEST)}#${hash.toString(16)}`;
}

export const wordKey = (prefix: string, word: string) => bounded(`${prefix}w:${word}`);
export const bigramKey = (prefix: string, first: string, second: string) =>
  bounded(`${prefix}b:${first} ${second}`);

/** The keys and the word count (matchScore's word tokens) of a segment's source text. */
export function segmentKeys(
  sourceLang: string,
  targetLang: string,
  sourceText: string,
): { keys: string[]; wordCount: number } {
  const prefix = pairPrefix(sourceLang, targetLang);
  const words = foldedWords(sourceText);
  const keys = new Set<string>();
  words.forEach((word, i) => {
    keys.add(wordKey(prefix, word));
    const previous = words[i - 1];
    if (previous !== undefined) keys.add(bigramKey(prefix, previous, word));
  });
  return { keys: [...keys], wordCount: words.length };
}
