import { bigramKey, foldedWords, pairPrefix, wordKey } from './segment-keys.ts';

/**
 * The pure part of the fuzzy lookup (decision 0008, README "Fuzzy lookup"): which keys of the query
 * to probe in `tm_segment_keys` so that every segment that can score ≥ s is among the candidates,
 * and which word counts such a segment can have. The bounds (proofs in the README):
 *
 * - score ≤ base = trunc(100·(L − d)/L), L = max(n, m) words, d = word edit distance, so base ≥ s
 *   ⟺ d ≤ ⌊L·(100 − s)/100⌋; d ≥ |n − m| gives the word-count range.
 * - d ≥ L − c (c = words shared as a multiset): the segment misses ≤ e(s) = n − ⌈s·n/100⌉ of the
 *   query's word tokens.
 * - An edit script destroys at most 2·(substitutions + deletions) + insertions of the query's n − 1
 *   adjacent-word pairs: the segment keeps all but `bigramsDestroyed(n, s)` of them.
 */

/** A distinct key of the query; `mass` = how many of the query's tokens (or pairs) it stands for. */
export type KeyTerm = { key: string; mass: number; frequency: number };

/** The query's distinct word and word-pair keys with their multiplicities, frequency 0 (unknown). */
export function queryKeyTerms(
  source: string,
  sourceLang: string,
  targetLang: string,
): { n: number; words: KeyTerm[]; bigrams: KeyTerm[] } {
  const prefix = pairPrefix(sourceLang, targetLang);
  const folded = foldedWords(source);
  const words = new Map<string, KeyTerm>();
  const bigrams = new Map<string, KeyTerm>();
  const count = (into: Map<string, KeyTerm>, key: string) => {
    const known = into.get(key);
    if (known) known.mass += 1;
    else into.set(key, { key, mass: 1, frequency: 0 });
  };
  folded.forEach((word, i) => {
    count(words, wordKey(prefix, word));
    const previous = folded[i - 1];
    if (previous !== undefined) count(bigrams, bigramKey(prefix, previous, word));
  });
  return { n: folded.length, words: [...words.values()], bigrams: [...bigrams.values()] };
}

/** How many of the query's `n` word tokens a segment scoring ≥ `score` may miss. */
export function missesAllowed(n: number, score: number): number {
  return n - Math.floor((score * n + 99) / 100);
}

/** The largest word edit distance at which a segment of `m` words can still score ≥ `score`. */
function editsAllowed(n: number, m: number, score: number): number {
  return Math.floor((Math.max(n, m) * (100 - score)) / 100);
}

/** Word counts m a segment scoring ≥ `score` (≥ 1) can have: |n − m| ≤ d ≤ ⌊max(n, m)·(100 − s)/100⌋. */
export function wordCountRange(n: number, score: number): { min: number; max: number } {
  const s = Math.max(1, score);
  return { min: Math.floor((s * n + 99) / 100), max: Math.floor((100 * n) / s) };
}

/**
 * How many of the query's n − 1 word pairs a segment scoring ≥ `score` can lack. m ≤ n: d ≤ e and
 * each edit destroys ≤ 2 pairs. m > n: at least m − n insertions, each destroying ≤ 1, so ≤ 2·d − (m − n).
 */
export function bigramsDestroyed(n: number, score: number): number {
  let most = 2 * editsAllowed(n, n, score);
  const { max } = wordCountRange(n, score);
  for (let m = n + 1; m <= max; m += 1) most = Math.max(most, 2 * editsAllowed(n, m, score) - (m - n));
  return Math.min(most, Math.max(0, n - 1));
}

/** One round's probe: segments whose held keys of `terms` weigh ≥ `need` (count filtering). */
export type Probe = { kind: 'words' | 'bigrams'; terms: KeyTerm[]; need: number; cost: number };

/** Keys beyond the minimal prefix are added while the probe's cost stays within this factor of it. */
const WIDEN = 6;

/**
 * Prefix and count filtering: of keys whose masses add up to M, a segment can lack at most
 * `tolerance` mass, so it holds keys of mass ≥ M − tolerance among them. The rarest keys are taken
 * until M > tolerance (need ≥ 1), then more, about as rare, while the cost stays within `WIDEN` times
 * that: each adds its mass to what a candidate must hold, which cuts candidates far more than it costs.
 */
function prefixProbe(kind: Probe['kind'], terms: readonly KeyTerm[], tolerance: number): Probe | null {
  const rarest = [...terms].sort(
    (x, y) => x.frequency - y.frequency || y.key.length - x.key.length || (x.key < y.key ? -1 : 1),
  );
  // A small cost per key: with no statistics, fewer probes are cheaper.
  const costOf = (term: KeyTerm) => term.frequency + 1e-7;
  const chosen: KeyTerm[] = [];
  let mass = 0;
  let cost = 0;
  let minimal = Number.POSITIVE_INFINITY;
  for (const term of rarest) {
    if (mass > tolerance) {
      minimal = Math.min(minimal, cost);
      if (cost + costOf(term) > WIDEN * minimal) break;
    }
    chosen.push(term);
    mass += term.mass;
    cost += costOf(term);
  }
  if (mass <= tolerance) return null;
  return { kind, terms: chosen, need: mass - tolerance, cost };
}

/**
 * The cheaper of the two exact probes for "every segment scoring ≥ `score`": by words (lacking
 * ≤ e(s) word tokens) or by word pairs (lacking ≤ bigramsDestroyed pairs), costed by key frequency;
 * null when nothing can be excluded.
 */
export function planRound(
  query: { n: number; words: readonly KeyTerm[]; bigrams: readonly KeyTerm[] },
  score: number,
): Probe | null {
  const byWords = prefixProbe('words', query.words, missesAllowed(query.n, score));
  const byPairs = prefixProbe('bigrams', query.bigrams, bigramsDestroyed(query.n, score));
  // No word probe only when every token may be missed (score < 1): the caller reads the whole pair.
  if (byWords === null) return null;
  // Rows fetched cost more than postings read (each is scored): a higher `need` fetches far fewer.
  const effort = (probe: Probe) => probe.cost / probe.need;
  return byPairs !== null && effort(byPairs) < effort(byWords) ? byPairs : byWords;
}

/**
 * The thresholds of the rounds: high first (cheap: few rare pairs), so the limit-th score — the floor
 * — rises before the wide rounds; the last round is at the floor itself.
 */
export const ROUND_SCORES = [95, 85, 70] as const;

/**
 * A budget for a round when the answer need not be proven: estimated postings (key frequency × key
 * rows) of the probed keys, and rows fetched, for the rounds at `fromScore` and below (0: the last
 * round only, the one at the floor).
 */
export type ProofBudget = { postings: number; rows: number; fromScore: number };

/**
 * The probe cut to the rarest keys whose estimated postings fit `budget.postings` (undefined when
 * not even the rarest fits). The same count filter stays exact while the kept mass exceeds what a
 * segment may lack; below that, segments holding any kept key are candidates (need 1), and the
 * SQL keeps the `budget.rows` holding the most — an answer no longer proven.
 */
export function withinBudget(probe: Probe, keyRows: number, budget: ProofBudget): Probe | undefined {
  const mass = (terms: readonly KeyTerm[]) => terms.reduce((sum, term) => sum + term.mass, 0);
  const tolerance = mass(probe.terms) - probe.need;
  const kept: KeyTerm[] = [];
  let postings = 0;
  for (const term of probe.terms) {
    if (postings + term.frequency * keyRows > budget.postings) break;
    kept.push(term);
    postings += term.frequency * keyRows;
  }
  if (kept.length === probe.terms.length) return probe;
  if (kept.length === 0) return undefined;
  return { ...probe, terms: kept, need: Math.max(1, mass(kept) - tolerance), cost: postings };
}
