import type pg from 'pg';
import {
  type MatchScore,
  matchScore,
  rankMatches,
} from '../server/modules/translation-memory/fuzzy-match.ts';
import { foldedWords } from '../server/modules/translation-memory/segment-keys.ts';

/**
 * The brute-force reference for the memory bench: every segment of the pair, read from the same
 * database in keyset batches, scored with the module's exact `matchScore`. Scoring a pair costs
 * ~0.1 ms (character Levenshtein included), so 1M pairs per query would take minutes; the scan
 * therefore skips, without loss, every segment that provably cannot reach 50: score ≤ base, and
 * base ≥ 50 needs word distance d ≤ L/2, while d ≥ L − (words the two share, as a multiset), so a
 * segment sharing fewer than L/2 case-folded words cannot be in the 50 band. The rest is scored
 * exactly. What a naive scan would cost is measured on a sample of pairs and reported beside it.
 */

export type MemorySegment = { id: string; text: string };
export type Memory = {
  segments: MemorySegment[];
  /** Case-folded word ids of every segment, back to back; `offsets[i]..offsets[i+1]`. */
  words: Int32Array;
  offsets: Int32Array;
  vocabulary: Map<string, number>;
};

export async function readMemory(pool: pg.Pool, pairWhere: string, params: unknown[]): Promise<Memory> {
  const segments: MemorySegment[] = [];
  const vocabulary = new Map<string, number>();
  const ids: number[] = [];
  const offsets: number[] = [0];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await pool.query<{ id: string; source_text: string }>(
      `select id, source_text from tm_segments where ${pairWhere} and id > $${params.length + 1}
        order by id limit 50000`,
      [...params, after],
    );
    for (const row of batch.rows) {
      segments.push({ id: row.id, text: row.source_text });
      for (const word of foldedWords(row.source_text)) {
        const known = vocabulary.get(word);
        const id = known ?? vocabulary.size;
        if (known === undefined) vocabulary.set(word, id);
        ids.push(id);
      }
      offsets.push(ids.length);
    }
    if (batch.rows.length < 50000) break;
    after = batch.rows[batch.rows.length - 1]?.id ?? after;
  }
  return { segments, words: Int32Array.from(ids), offsets: Int32Array.from(offsets), vocabulary };
}

export type Truth = { ranked: { id: string; match: MatchScore }[]; scored: number; ms: number };

/** Every segment of the memory with score ≥ 50 for the query, best first (rankMatches' order). */
export function bruteForce(memory: Memory, query: string): Truth {
  const started = performance.now();
  const need = new Int32Array(memory.vocabulary.size + 1);
  const queryWords = foldedWords(query).map((word) => memory.vocabulary.get(word) ?? memory.vocabulary.size);
  const survivors: number[] = [];
  const { words, offsets, segments } = memory;
  for (let i = 0; i < segments.length; i += 1) {
    const from = offsets[i] ?? 0;
    const length = (offsets[i + 1] ?? 0) - from;
    const longer = Math.max(length, queryWords.length);
    // No words on either side: matchScore falls back to all tokens, so score it exactly.
    if (longer === 0) {
      survivors.push(i);
      continue;
    }
    if (2 * Math.min(length, queryWords.length) < longer) continue;
    for (const word of queryWords) need[word] = (need[word] ?? 0) + 1;
    let shared = 0;
    for (let k = from; k < from + length; k += 1) {
      const word = words[k] ?? 0;
      if ((need[word] ?? 0) > 0) {
        need[word] = (need[word] ?? 0) - 1;
        shared += 1;
      }
    }
    for (const word of queryWords) need[word] = 0;
    if (2 * shared >= longer) survivors.push(i);
  }
  const ranked = rankTop(query, survivors, memory, queryWords, TRUTH_DEPTH);
  return { ranked, scored: survivors.length, ms: performance.now() - started };
}

/** How deep the truth list goes: the top 5 plus everything tied with the 5th. */
const TRUTH_DEPTH = 5;

/**
 * `rankMatches` order over the survivors, scoring fewer of them: the word similarity (matchScore's
 * base, computed here on word ids) bounds the score from above, so once the `depth`-th score is
 * known, segments whose bound is below it cannot enter, nor tie with it.
 */
function rankTop(query: string, survivors: number[], memory: Memory, queryWords: number[], depth: number) {
  const bounded = survivors
    .map((index) => ({ index, bound: base(queryWords, wordsOf(memory, index)) }))
    .filter((entry) => entry.bound >= 50)
    .sort((x, y) => y.bound - x.bound);
  const scored: { id: string; match: MatchScore }[] = [];
  for (const { index, bound } of bounded) {
    const cut = scored.length >= depth ? scored[depth - 1]?.match.score : undefined;
    if (cut !== undefined && bound < cut) break;
    const segment = memory.segments[index] as MemorySegment;
    for (const { match } of rankMatches(query, [segment], (s) => s.text, { limit: 1 })) {
      scored.push({ id: segment.id, match });
    }
    scored.sort(
      (x, y) => y.match.score - x.match.score || y.match.characterSimilarity - x.match.characterSimilarity,
    );
  }
  return scored;
}

function wordsOf(memory: Memory, index: number): Int32Array {
  return memory.words.subarray(memory.offsets[index] ?? 0, memory.offsets[index + 1] ?? 0);
}

/** matchScore's base over word ids: trunc(100·(L − d)/L); no words on either side: no bound (100). */
function base(a: readonly number[], b: Int32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 100;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i += 1) {
    const current = [i + 1];
    for (let j = 0; j < b.length; j += 1) {
      const cost = a[i] === b[j] ? 0 : 1;
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, (previous[j] ?? 0) + cost));
    }
    previous = current;
  }
  return Math.trunc((100 * (longer - (previous[b.length] ?? 0))) / longer);
}

/** What scoring every pair with matchScore costs, per pair, on a sample of the memory. */
export function naivePairMs(memory: Memory, queries: readonly string[], pairs = 3000): number {
  const started = performance.now();
  const step = Math.max(1, Math.floor(memory.segments.length / pairs));
  let count = 0;
  for (let i = 0; count < pairs && i < memory.segments.length; i += step, count += 1) {
    matchScore(queries[count % queries.length] ?? '', memory.segments[i]?.text ?? '');
  }
  return (performance.now() - started) / Math.max(1, count);
}
