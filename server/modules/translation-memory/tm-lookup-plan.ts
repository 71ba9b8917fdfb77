import { tokenize } from './fuzzy-match.ts';

/**
 * The pure part of the fuzzy lookup (decision 0008, README "Fuzzy lookup"): which words of the query
 * to probe in the word index, and how many of them a segment must hold to possibly reach a score.
 */

/** A distinct word of the query: `count` = how often it occurs; `probe` = index elements a segment holding it holds. */
export type QueryTerm = { word: string; count: number; probe: string[]; exact: boolean; frequency: number };

/** matchScore's case-folded word tokens (Unicode NFC), in order. */
export function foldedWords(text: string): string[] {
  return tokenize(text.normalize('NFC'))
    .filter((token) => token.kind === 'word')
    .map((token) => token.text.toLocaleLowerCase('und'));
}

/** A word of ASCII letters and digits, with matchScore's inner joiners: its pieces are index elements. */
const ASCII_WORD = /^[a-z][a-z0-9]*(?:['’\-‐][a-z0-9]+)*$/u;
const JOINERS = /['’\-‐]/u;

/**
 * What a segment holding the (folded) word `word` certainly holds in the index
 * `regexp_split_to_array(lower(source_text), '[^[:alnum:]]+')`. For an ASCII word: its pieces between
 * joiners (the joiners are no alnum); the first piece only when it is the only one, because a word
 * written right after a digit ("12de") is glued to it by the index split. Other words: their pieces
 * as the database most likely splits them (`exact: false`, see README).
 */
export function probeOf(word: string): { probe: string[]; exact: boolean } {
  if (ASCII_WORD.test(word)) {
    const pieces = word.split(JOINERS);
    return { probe: pieces.length > 1 ? pieces.slice(1) : pieces, exact: true };
  }
  return { probe: word.split(/[^\p{L}\p{N}]+/u).filter((piece) => piece !== ''), exact: false };
}

/** The query's distinct words with their counts, in first-occurrence order. */
export function queryTerms(text: string): { total: number; terms: QueryTerm[] } {
  const words = foldedWords(text);
  const byWord = new Map<string, QueryTerm>();
  for (const word of words) {
    const known = byWord.get(word);
    if (known) known.count += 1;
    else byWord.set(word, { word, count: 1, ...probeOf(word), frequency: 0 });
  }
  return { total: words.length, terms: [...byWord.values()].filter((term) => term.probe.length > 0) };
}

/**
 * How many of the query's `n` word tokens a segment may miss and still score ≥ `score`:
 * score ≤ base = trunc(100·(L − d)/L) ≤ 100·c/n (c = shared words as a multiset; proof in README),
 * so c ≥ ⌈score·n/100⌉.
 */
export function missesAllowed(n: number, score: number): number {
  return n - Math.floor((score * n + 99) / 100);
}

/** Terms in probing order: exact probes first, then rarer first, then longer first. */
export function probeOrder(terms: readonly QueryTerm[]): QueryTerm[] {
  return [...terms].sort(
    (x, y) =>
      Number(y.exact) - Number(x.exact) ||
      x.frequency - y.frequency ||
      y.word.length - x.word.length ||
      (x.word < y.word ? -1 : 1),
  );
}

/** Upper bound on index probes per round; fewer words per probe are taken to stay below it. */
const MAX_PROBES = 64;
/** Words per probe when affordable: an intersection of three rare words' posting lists is small. */
const TOGETHER = 3;

/**
 * The probes of one round: sets of index elements such that every segment missing at most `misses` of
 * the query's word tokens holds all elements of at least one set. Only exact probes when their
 * words outnumber `misses`; else all words. `null` when even all cannot exclude anything (their count
 * does not exceed `misses`): the caller must scan the pair.
 *
 * Taking R = the first r terms, a segment missing ≤ `misses` tokens lacks a subset E of R with
 * Σ count(E) ≤ misses; E grows to a maximal such subset, and the segment holds R ∖ E. So one probe
 * per maximal E (R ∖ E's elements together) covers them all.
 */
export function roundProbes(all: readonly QueryTerm[], misses: number): string[][] | null {
  const mass = (terms: readonly QueryTerm[]) => terms.reduce((sum, term) => sum + term.count, 0);
  const exact = all.filter((term) => term.exact);
  // Exact probes alone whenever they can do it: then no segment is lost (README).
  const ordered = mass(exact) > misses ? exact : all;
  if (mass(ordered) <= misses) return null;
  for (let together = TOGETHER; together >= 1; together -= 1) {
    const chosen = takeUntil(ordered, misses + together);
    const sets = maximalMisses(chosen, misses);
    if (sets.length <= MAX_PROBES || together === 1) {
      return sets.map((missing) =>
        [...new Set(chosen.filter((_, i) => !missing.has(i)).flatMap((term) => term.probe))].sort(),
      );
    }
  }
  return null;
}

/** The first terms whose counts add up to at least `mass` (all of them when they do not). */
function takeUntil(ordered: readonly QueryTerm[], mass: number): QueryTerm[] {
  const chosen: QueryTerm[] = [];
  let sum = 0;
  for (const term of ordered) {
    if (sum >= mass) break;
    chosen.push(term);
    sum += term.count;
  }
  return chosen;
}

/** Every maximal set of indexes into `terms` whose counts add up to at most `misses`. */
function maximalMisses(terms: readonly QueryTerm[], misses: number): Set<number>[] {
  const found: Set<number>[] = [];
  const walk = (from: number, picked: number[], sum: number) => {
    let extended = false;
    for (let i = from; i < terms.length; i += 1) {
      const count = terms[i]?.count ?? 0;
      if (sum + count <= misses) {
        extended = true;
        walk(i + 1, [...picked, i], sum + count);
      }
    }
    if (!extended && isMaximal(terms, picked, sum, misses)) found.push(new Set(picked));
  };
  walk(0, [], 0);
  return found;
}

/** No term outside `picked` still fits (the walk only tried terms after the last picked one). */
function isMaximal(terms: readonly QueryTerm[], picked: readonly number[], sum: number, misses: number) {
  return terms.every((term, i) => picked.includes(i) || sum + term.count > misses);
}
