/** Word tokens with offsets, so every flag can point back into the original text. */

export type Token = { text: string; start: number; end: number };

/**
 * Same word shape as the translation memory's countWords (letters, marks, digits; an inner apostrophe,
 * hyphen, period or comma joins), minus the slash, which countWords also treats as a separator.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐.,]?[\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}
