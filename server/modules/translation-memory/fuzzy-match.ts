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

/**
 * Levenshtein distance over any sequence, O(n·m) time and O(m) memory. A common prefix and suffix
 * are set aside first — they never change the distance — so near-identical segments (most of a
 * memory's candidates) cost little; one typed row, no allocation per cell.
 */
export function levenshtein<T>(
  a: ArrayLike<T>,
  b: ArrayLike<T>,
  equal: (x: T, y: T) => boolean = Object.is,
): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && equal(a[start] as T, b[start] as T)) start += 1;
  while (endA > start && endB > start && equal(a[endA - 1] as T, b[endB - 1] as T)) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  const row = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j += 1) row[j] = j;
  for (let i = 1; i <= n; i += 1) {
    const x = a[start + i - 1] as T;
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= m; j += 1) {
      const up = row[j] as number;
      const replace = diagonal + (equal(x, b[start + j - 1] as T) ? 0 : 1);
      const insert = (row[j - 1] as number) + 1;
      row[j] = Math.min(up + 1, insert, replace);
      diagonal = up;
    }
  }
  return row[m] as number;
}

/** The code points of a string (astral characters count once), for character distances. */
function codePoints(text: string): Int32Array {
  const points = new Int32Array(text.length);
  let length = 0;
  for (const char of text) {
    points[length] = char.codePointAt(0) ?? 0;
    length += 1;
  }
  return points.subarray(0, length);
}

/**
 * `levenshtein` of two integer arrays, compared with `===` directly: code points (most of a score's
 * cost) and the lookup index's word ids.
 */
export function int32Distance(a: Int32Array, b: Int32Array): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start += 1;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return n + m;
  const row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) row[j] = j;
  for (let i = 1; i <= n; i += 1) {
    const x = a[start + i - 1];
    let diagonal = i - 1;
    let left = i;
    row[0] = i;
    for (let j = 1; j <= m; j += 1) {
      const up = row[j] as number;
      const replace = x === b[start + j - 1] ? diagonal : diagonal + 1;
      left = Math.min(up + 1, left + 1, replace);
      row[j] = left;
      diagonal = up;
    }
  }
  return row[m] as number;
}

/** Character Levenshtein over code points (so astral characters count once). */
export function characterDistance(a: string, b: string): number {
  return int32Distance(codePoints(a), codePoints(b));
}

/** Translate Toolkit's similarity: 100 − 100·d / length of the longer string (code points). */
export function characterSimilarity(a: string, b: string): number {
  return characterMeasures(codePoints(a), codePoints(b)).similarity;
}

function characterMeasures(a: Int32Array, b: Int32Array): { distance: number; similarity: number } {
  const distance = int32Distance(a, b);
  const longer = Math.max(a.length, b.length);
  return { distance, similarity: longer === 0 ? 100 : 100 - (100 * distance) / longer };
}

/** OmegaT's rule: 100·(L − d)/L over token lists, L = the longer length, truncated to an integer. */
export function tokenSimilarity<T>(
  a: ArrayLike<T>,
  b: ArrayLike<T>,
): { similarity: number; distance: number } {
  const longer = Math.max(a.length, b.length);
  const distance = levenshtein(a, b);
  return { similarity: longer === 0 ? 0 : Math.trunc((100 * (longer - distance)) / longer), distance };
}

/**
 * Case folding of words: Unicode's default lower-casing. `toLowerCase()` is that mapping, the same as
 * `toLocaleLowerCase('und')` (the root locale, no Turkish or Lithuanian rules): checked on every code
 * point alone and beside letters and a final sigma, no difference — at a tenth of the cost.
 */
export const foldCase = (text: string): string => text.toLowerCase();
const folded = (values: string[]) => values.map(foldCase);

/** A text as `matchScore` compares it, taken apart once (a query meets many candidates). */
type Prepared = {
  text: string;
  points: Int32Array;
  words: string[];
  foldedWords: string[];
  numbers: string[];
  /** Tags compare by their position among the codes, which is what the placeholder encodes. */
  tagIds: number[];
  punctuation: string[];
  /** Every token, case-folded: the base for a text without words. */
  foldedAll: string[];
};

function prepare(text: string): Prepared {
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const of = (kind: TokenKind) => tokens.filter((token) => token.kind === kind).map((token) => token.text);
  const words = of('word');
  return {
    text: nfc,
    points: codePoints(nfc),
    words,
    foldedWords: folded(words),
    numbers: of('number'),
    tagIds: of('tag').map((tag) => placeholderIndex(tag) ?? -1),
    punctuation: of('punct'),
    foldedAll: folded(tokens.map((token) => token.text)),
  };
}

const sameSequence = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function penalties(a: Prepared, b: Prepared, distance: number) {
  return {
    numbers: PENALTY.number * levenshtein(a.numbers, b.numbers),
    tags: PENALTY.tag * levenshtein(a.tagIds, b.tagIds),
    case: levenshtein(a.words, b.words) > distance ? PENALTY.case : 0,
    // A distance above 0 is a difference at all.
    punctuation: sameSequence(a.punctuation, b.punctuation) ? 0 : PENALTY.punctuation,
  };
}

/** Base similarity over case-folded words; text without words falls back to all its tokens. */
function baseSimilarity(a: Prepared, b: Prepared) {
  if (a.foldedWords.length > 0 || b.foldedWords.length > 0) {
    return tokenSimilarity(a.foldedWords, b.foldedWords);
  }
  return tokenSimilarity(a.foldedAll, b.foldedAll);
}

/** The score, or null below `minScore` (then the character distance, most of the cost, is not computed). */
function scoreOf(left: Prepared, right: Prepared, minScore = 0): MatchScore | null {
  const { similarity, distance } = baseSimilarity(left, right);
  const applied = penalties(left, right, distance);
  const total = applied.numbers + applied.tags + applied.case + applied.punctuation;
  let score = Math.max(0, similarity - Math.min(PENALTY.cap, total));
  // Whitespace-only differences and other invisible changes still keep a match below 100.
  const identical = left.text === right.text;
  if (!identical && score === 100) score = 99;
  if (identical) score = 100;
  if (score < minScore) return null;
  const characters = characterMeasures(left.points, right.points);
  return {
    score,
    base: similarity,
    tokenDistance: distance,
    characterDistance: characters.distance,
    characterSimilarity: characters.similarity,
    penalties: applied,
  };
}

/**
 * The match percentage of a memory segment for a query segment (both as stored: text with inline
 * code placeholders). Symmetric. See README.md for the formula.
 */
export function matchScore(query: string, candidate: string): MatchScore {
  return scoreOf(prepare(query), prepare(candidate)) as MatchScore;
}

/**
 * `matchScore` against one query, the query taken apart once, for scoring many candidates: null
 * for a candidate below `minScore` (its character similarity, needed only to rank, is skipped).
 */
export function matchScorer(query: string): (candidate: string, minScore?: number) => MatchScore | null {
  const left = prepare(query);
  return (candidate, minScore = 0) => scoreOf(left, prepare(candidate), minScore);
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
  const scoreAgainst = matchScorer(query);
  for (const item of candidates) {
    const match = scoreAgainst(sourceOf(item), minScore);
    if (match) ranked.push({ item, match });
  }
  ranked.sort(
    (x, y) => y.match.score - x.match.score || y.match.characterSimilarity - x.match.characterSimilarity,
  );
  return ranked.slice(0, limit);
}
