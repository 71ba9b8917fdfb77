import { placeholderIndex } from './tmx-xml.ts';

/**
 * CAT-style fuzzy-match percentage. Tools do not agree on one formula (see the module README and
 * conformance NOTES §2), so ours is written down: OmegaT's word-token Levenshtein, truncated, minus
 * capped penalties for numbers, tags, case and punctuation, so that memoQ's reading of the 95–99 band
 * ("same words, other numbers/tags/punctuation") holds.
 */

export type TokenKind = 'word' | 'number' | 'tag' | 'punct';
export type Token = { kind: TokenKind; text: string };

export type MatchScore = {
  /** Integer 0–100; 100 only for identical text (Unicode NFC, inline codes included). */
  score: number;
  /** Word-token similarity before penalties. */
  base: number;
  tokenDistance: number;
  characterDistance: number;
  /** Translate Toolkit's character similarity, 100 − 100·d/len(longer), unrounded. Stored for reference. */
  characterSimilarity: number;
  penalties: { numbers: number; tags: number; case: number; punctuation: number };
};

export const PENALTY = { number: 2, tag: 1, case: 1, punctuation: 1, cap: 5 } as const;

const TOKEN =
  /(?<tag>[\u{E000}-\u{F8FF}])|(?<number>\p{N}(?:[\p{N}.,]*\p{N})?)|(?<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)|(?<punct>\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const kind: TokenKind = groups.tag ? 'tag' : groups.number ? 'number' : groups.word ? 'word' : 'punct';
    tokens.push({ kind, text: match[0] });
  }
  return tokens;
}

/** Levenshtein distance over any sequence (two rows, O(n·m) time, O(m) memory). */
export function levenshtein<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean = Object.is,
): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  a.forEach((x, i) => {
    const current = [i + 1];
    b.forEach((y, j) => {
      const cost = equal(x, y) ? 0 : 1;
      current[j + 1] = Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, (previous[j] ?? 0) + cost);
    });
    previous = current;
  });
  return previous[b.length] ?? 0;
}

/** Character Levenshtein over code points (so astral characters count once). */
export function characterDistance(a: string, b: string): number {
  return levenshtein(Array.from(a), Array.from(b));
}

/** Translate Toolkit's similarity: 100 − 100·d / length of the longer string (code points). */
export function characterSimilarity(a: string, b: string): number {
  const longer = Math.max(Array.from(a).length, Array.from(b).length);
  return longer === 0 ? 100 : 100 - (100 * characterDistance(a, b)) / longer;
}

/** OmegaT's rule: 100·(L − d)/L over token lists, L = the longer length, truncated to an integer. */
export function tokenSimilarity(
  a: readonly string[],
  b: readonly string[],
): { similarity: number; distance: number } {
  const longer = Math.max(a.length, b.length);
  const distance = levenshtein(a, b);
  return { similarity: longer === 0 ? 0 : Math.trunc((100 * (longer - distance)) / longer), distance };
}

const texts = (tokens: Token[], kinds: readonly TokenKind[]) =>
  tokens.filter((token) => kinds.includes(token.kind)).map((token) => token.text);
const folded = (values: string[]) => values.map((value) => value.toLocaleLowerCase('und'));
/** Tags compare by their position among the codes, which is what the placeholder encodes. */
const tagIds = (tokens: Token[]) => texts(tokens, ['tag']).map((tag) => placeholderIndex(tag) ?? -1);

function penalties(a: Token[], b: Token[], distance: number) {
  const words = [texts(a, ['word']), texts(b, ['word'])] as const;
  return {
    numbers: PENALTY.number * levenshtein(texts(a, ['number']), texts(b, ['number'])),
    tags: PENALTY.tag * levenshtein(tagIds(a), tagIds(b)),
    case: levenshtein(words[0], words[1]) > distance ? PENALTY.case : 0,
    punctuation: levenshtein(texts(a, ['punct']), texts(b, ['punct'])) > 0 ? PENALTY.punctuation : 0,
  };
}

/** Base similarity over case-folded words; text without words falls back to all its tokens. */
function baseSimilarity(a: Token[], b: Token[]) {
  const wordsA = folded(texts(a, ['word']));
  const wordsB = folded(texts(b, ['word']));
  if (wordsA.length > 0 || wordsB.length > 0) return tokenSimilarity(wordsA, wordsB);
  const all = ['word', 'number', 'tag', 'punct'] as const;
  return tokenSimilarity(folded(texts(a, all)), folded(texts(b, all)));
}

/**
 * The match percentage of a memory segment for a query segment (both as stored: text with inline
 * code placeholders). Symmetric. See README.md for the formula.
 */
export function matchScore(query: string, candidate: string): MatchScore {
  const [left, right] = [query.normalize('NFC'), candidate.normalize('NFC')];
  const [a, b] = [tokenize(left), tokenize(right)];
  const { similarity, distance } = baseSimilarity(a, b);
  const applied = penalties(a, b, distance);
  const total = applied.numbers + applied.tags + applied.case + applied.punctuation;
  let score = Math.max(0, similarity - Math.min(PENALTY.cap, total));
  // Whitespace-only differences and other invisible changes still keep a match below 100.
  if (left !== right && score === 100) score = 99;
  if (left === right) score = 100;
  return {
    score,
    base: similarity,
    tokenDistance: distance,
    characterDistance: characterDistance(left, right),
    characterSimilarity: characterSimilarity(left, right),
    penalties: applied,
  };
}

export type RankedMatch<T> = { item: T; match: MatchScore };

/** Scores candidates exactly and keeps the best: score, then character similarity as tie-breaker. */
export function rankMatches<T>(
  query: string,
  candidates: Iterable<T>,
  sourceOf: (item: T) => string,
  { minScore = 50, limit = 5 }: { minScore?: number; limit?: number } = {},
): RankedMatch<T>[] {
  const ranked: RankedMatch<T>[] = [];
  for (const item of candidates) {
    const match = matchScore(query, sourceOf(item));
    if (match.score >= minScore) ranked.push({ item, match });
  }
  ranked.sort(
    (x, y) => y.match.score - x.match.score || y.match.characterSimilarity - x.match.characterSimilarity,
  );
  return ranked.slice(0, limit);
}
