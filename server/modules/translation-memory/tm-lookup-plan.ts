/**
 * The pure part of the fuzzy lookup (decision 0008, README "Fuzzy lookup"): which words of the query
 * to probe in the index so that every segment that can score ≥ s is among the candidates, and which
 * word counts such a segment can have. The bounds (proofs in the README):
 *
 * - score ≤ base = trunc(100·(L − d)/L), L = max(n, m) words, d = word edit distance, so base ≥ s
 *   ⟺ d ≤ ⌊L·(100 − s)/100⌋; d ≥ |n − m| gives the word-count range.
 * - d ≥ L − c (c = words shared as a multiset): the segment misses ≤ e(s) = n − ⌈s·n/100⌉ of the
 *   query's word tokens.
 */

/**
 * A distinct word of the query: `id` is the index's word id (negative: a word no segment of the pair
 * holds, one per query position), `mass` = how many of the
 * query's tokens it stands for, `frequency` = how many segments of the pair hold it.
 */
export type KeyTerm = { id: number; mass: number; frequency: number };

/** How many of the query's `n` word tokens a segment scoring ≥ `score` may miss. */
export function missesAllowed(n: number, score: number): number {
  return n - Math.floor((score * n + 99) / 100);
}

/** Word counts m a segment scoring ≥ `score` (≥ 1) can have: |n − m| ≤ d ≤ ⌊max(n, m)·(100 − s)/100⌋. */
export function wordCountRange(n: number, score: number): { min: number; max: number } {
  const s = Math.max(1, score);
  return { min: Math.floor((s * n + 99) / 100), max: Math.floor((100 * n) / s) };
}

/** One round's probe: segments whose held keys of `terms` weigh ≥ `need` (count filtering). */
export type Probe = { terms: KeyTerm[]; need: number; cost: number };

/** Keys beyond the minimal prefix are added while the probe's cost stays within this factor of it. */
const WIDEN = 6;

/**
 * Prefix and count filtering: of keys whose masses add up to M, a segment can lack at most
 * `tolerance` mass, so it holds keys of mass ≥ M − tolerance among them. The rarest keys are taken
 * until M > tolerance (need ≥ 1), then more, about as rare, while the cost stays within `WIDEN` times
 * that: each adds its mass to what a candidate must hold, which cuts candidates far more than it costs.
 */
function prefixProbe(terms: readonly KeyTerm[], tolerance: number): Probe | null {
  const rarest = [...terms].sort((x, y) => x.frequency - y.frequency || x.id - y.id);
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
  return { terms: chosen, need: mass - tolerance, cost };
}

/**
 * The exact probe for "every segment scoring ≥ `score`": the rarest words, lacking ≤ e(s) word
 * tokens; null when nothing can be excluded (every token may be missed: score < 1).
 */
export function planRound(query: { n: number; words: readonly KeyTerm[] }, score: number): Probe | null {
  return prefixProbe(query.words, missesAllowed(query.n, score));
}

/**
 * The thresholds of the rounds: high first (cheap: the few rarest words), so the limit-th score — the floor
 * — rises before the wide rounds; the last round is at the floor itself.
 */
export const ROUND_SCORES = [95, 85, 70] as const;
