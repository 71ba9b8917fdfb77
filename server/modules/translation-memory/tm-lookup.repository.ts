import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { int32Distance, type MatchScore, matchScorer } from './fuzzy-match.ts';
import { foldedWords, pairPrefix } from './segment-keys.ts';
import { planRound, ROUND_SCORES, wordCountRange } from './tm-lookup-plan.ts';
import { memoryIndex } from './tm-memory-index.repository.ts';
import type { MemoryIndex } from './tm-memory-index.ts';

export type MatchQuery = {
  source: string;
  sourceLang: string;
  targetLang: string;
  /** How many matches (default 5). */
  limit?: number;
  /** The lowest score worth returning (default 50, as `rankMatches`). */
  minScore?: number;
  /** Filled in when given: what the lookup read (bench, tests). */
  trace?: LookupTrace;
};
export type LookupTrace = {
  /** Candidates whose text was fetched and scored. */
  rows: number;
  /** Postings of the probed words walked in the index. */
  postings: number;
  /** Candidates the count filter let through (before the word bounds). */
  candidates: number;
  /** Per round when given: its score, milliseconds, candidates, texts fetched, postings walked. */
  rounds?: { score: number; ms: number; candidates: number; rows: number; postings: number }[];
};

export type FoundMatch = {
  id: string;
  sourceText: string;
  targetText: string;
  score: number;
  trigramSimilarity: number;
};
type Row = { id: string; source_text: string; target_text: string };
type Scored = { row: Row; match: MatchScore };

/** "nl" matches nl, nl-BE and nl-NL; "nl-BE" only itself. Case-insensitive, as BCP 47 is. */
export function languageIs(column: SQL, tag: string): SQL {
  return sql`(lower(${column}) = lower(${tag}) or lower(${column}) like lower(${tag}) || '-%')`;
}

/**
 * Fuzzy lookup, top `limit` (decision 0008, README "Fuzzy lookup"): the same matches as
 * `rankMatches` over every segment of the pair, found through the in-process index
 * (`tm-memory-index.ts`). A round at score s takes every segment that can score ≥ s (`planRound`:
 * the rarest words with count filtering, and the word-count range); the word bounds, computed on
 * the index's word ids, decide which candidates' texts are fetched and scored. Rounds at 95, 85, 70
 * raise the floor — max(minScore, the limit-th score so far) — cheaply, and the last round at the
 * floor itself proves that no unseen segment can reach or tie the limit-th. Every returned score is
 * `matchScore`'s.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const limit = query.limit ?? 5;
  const words = foldedWords(query.source);
  if (words.length === 0) {
    const pair = sql`${languageIs(sql`source_lang`, query.sourceLang)} and ${languageIs(sql`target_lang`, query.targetLang)}`;
    // No words: matchScore falls back to all tokens and only wordless segments can match; pg_trgm.
    const ranking = new Ranking(query.source, new Int32Array(0), limit, query.minScore ?? 50);
    ranking.keep(await trigramRows(db, query.source, pair));
    return withSimilarity(db, query.source, ranking.top());
  }
  const index = await memoryIndex(db);
  const prefix = pairPrefix(query.sourceLang, query.targetLang);
  const ids = index.wordIdsOf(prefix, words);
  const terms = { n: words.length, words: index.terms(ids) };
  const inPair = index.pairTest(query.sourceLang, query.targetLang);
  const ranking = new Ranking(query.source, ids, limit, query.minScore ?? 50);
  const trace = query.trace ?? { rows: 0, postings: 0, candidates: 0 };
  Object.assign(trace, { rows: 0, postings: 0, candidates: 0 });
  let covered = Number.POSITIVE_INFINITY;
  for (const target of [...ROUND_SCORES, 0]) {
    const score = Math.max(target, ranking.floor());
    if (score >= covered) continue;
    const started = performance.now();
    const range = wordCountRange(terms.n, score);
    const accept = (ordinal: number) => {
      const m = index.wordCount(ordinal);
      return m >= range.min && m <= range.max && !ranking.seen.has(ordinal) && inPair(ordinal);
    };
    const probe = planRound(terms, score);
    const candidates =
      probe === null ? index.everyOf(prefix, accept) : index.holding(probe.terms, probe.need, accept);
    const postings = (probe?.terms ?? []).reduce((sum, term) => sum + term.frequency, 0);
    const rows = await ranking.add(db, index, candidates);
    trace.rows += rows;
    trace.postings += postings;
    trace.candidates += candidates.length;
    const ms = Math.round(performance.now() - started);
    trace.rounds?.push({ score, ms, candidates: candidates.length, rows, postings });
    covered = score;
    if (covered <= ranking.floor()) break;
  }
  return withSimilarity(db, query.source, ranking.top());
}

async function trigramRows(db: Db, source: string, pair: SQL): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.2', true)`);
    return queryRows<Row>(
      tx,
      sql`select id, source_text, target_text from tm_segments
           where source_text % ${source} and ${pair} and (word_count = 0 or word_count is null)
           order by similarity(source_text, ${source}) desc limit 100`,
    );
  });
}

async function withSimilarity(db: Db, source: string, top: readonly Scored[]): Promise<FoundMatch[]> {
  if (top.length === 0) return [];
  const rows = await queryRows<{ id: string; similarity: number }>(
    db,
    sql`select id, similarity(source_text, ${source})::float8 as similarity from tm_segments
         where id = any(${`{${top.map((t) => t.row.id).join(',')}}`}::uuid[])`,
  );
  const similarity = new Map(rows.map((row) => [row.id, Number(row.similarity)]));
  return top.map(({ row, match }) => ({
    id: row.id,
    sourceText: row.source_text,
    targetText: row.target_text,
    score: match.score,
    trigramSimilarity: similarity.get(row.id) ?? 0,
  }));
}

/** Texts fetched per query while the candidates' bounds still reach the floor. */
const FETCH_BATCH = 64;

/**
 * `rankMatches`' top `limit` over every candidate added, scoring few of them: the word similarity
 * (the score before penalties, computed on the index's word ids) bounds the score; a candidate whose
 * bound is below the floor (minScore, or the limit-th score: it only rises) can never enter or tie,
 * so its text is never fetched. Candidates go best bound first, fetched in batches.
 */
class Ranking {
  /** Candidates (index ordinals) already considered. */
  readonly seen = new Set<number>();
  private kept: Scored[] = [];
  private readonly score: ReturnType<typeof matchScorer>;

  constructor(
    query: string,
    private readonly queryIds: Int32Array,
    private readonly limit: number,
    private readonly minScore: number,
  ) {
    this.score = matchScorer(query);
  }

  /** The score an unseen row must reach to matter: the limit-th score once there are `limit`. */
  floor(): number {
    const last = this.kept.length >= this.limit ? this.kept[this.limit - 1]?.match.score : undefined;
    return Math.max(this.minScore, last ?? 0);
  }

  /** Considers the candidates; answers how many texts were fetched. */
  async add(db: Db, index: MemoryIndex, candidates: readonly number[]): Promise<number> {
    const shared = sharedCounter(this.queryIds);
    const bounded: { seq: number; bound: number }[] = [];
    for (const ordinal of candidates) {
      this.seen.add(ordinal);
      const words = index.words(ordinal);
      const longer = Math.max(words.length, this.queryIds.length);
      // d ≥ L − shared, so base ≤ trunc(100·shared/L): linear, before the quadratic bound.
      if (Math.trunc((100 * shared(words)) / longer) < this.floor()) continue;
      // score ≤ base = trunc(100·(L − d)/L) over words, d on the word ids.
      const bound = Math.trunc((100 * (longer - int32Distance(this.queryIds, words))) / longer);
      if (bound >= this.floor()) bounded.push({ seq: index.seq(ordinal), bound });
    }
    bounded.sort((x, y) => y.bound - x.bound || x.seq - y.seq);
    let fetched = 0;
    for (let at = 0; at < bounded.length && (bounded[at]?.bound ?? 0) >= this.floor(); at += FETCH_BATCH) {
      const batch = bounded.slice(at, at + FETCH_BATCH).filter((entry) => entry.bound >= this.floor());
      fetched += batch.length;
      const rows = await rowsBySeq(
        db,
        batch.map((entry) => entry.seq),
      );
      // Best bound first, as sorted: the floor rises as early as it can.
      for (const entry of batch) {
        const row = rows.get(entry.seq);
        if (row && entry.bound >= this.floor()) this.consider(row);
      }
    }
    return fetched;
  }

  /** Rows scored directly (the trigram path). */
  keep(rows: readonly Row[]): void {
    for (const row of rows) this.consider(row);
  }

  top(): Scored[] {
    return this.kept.slice(0, this.limit);
  }

  private consider(row: Row): void {
    const match = this.score(row.source_text, this.floor());
    if (!match) return;
    this.kept.push({ row, match });
    this.kept.sort(byRank);
    // Rows tied with the limit-th stay: a later one may still win the tie-break.
    const cut = this.kept[this.limit - 1]?.match.score;
    if (cut !== undefined) this.kept = this.kept.filter((k, i) => i < this.limit || k.match.score >= cut);
  }
}

/** A segment's rows by seq; a seq no longer there (deleted, rolled back) is simply absent. */
async function rowsBySeq(db: Db, seqs: readonly number[]): Promise<Map<number, Row>> {
  const rows = await queryRows<Row & { seq: number | string }>(
    db,
    sql`select seq, id, source_text, target_text from tm_segments where seq = any(${`{${seqs.join(',')}}`}::bigint[])`,
  );
  return new Map(rows.map((row) => [Number(row.seq), row]));
}

/**
 * How many word ids a segment shares with the query, as a multiset: one counter per query position
 * group, reset per call (the query is short; no allocation per candidate).
 */
function sharedCounter(queryIds: Int32Array): (words: Int32Array) => number {
  const slots = new Map<number, number>();
  const capacity: number[] = [];
  for (const id of queryIds) {
    if (id < 0) continue;
    const slot = slots.get(id);
    if (slot === undefined) {
      slots.set(id, capacity.length);
      capacity.push(1);
    } else capacity[slot] = (capacity[slot] as number) + 1;
  }
  const left = new Int32Array(capacity.length);
  return (words) => {
    left.set(capacity);
    let shared = 0;
    for (const id of words) {
      const slot = slots.get(id);
      if (slot !== undefined && (left[slot] as number) > 0) {
        left[slot] = (left[slot] as number) - 1;
        shared += 1;
      }
    }
    return shared;
  };
}

/**
 * `rankMatches`' order (score, then character similarity), and for rows equal in both — where
 * `rankMatches` keeps its input order — the higher word similarity, then the smaller id: one
 * answer whatever order the database returns rows in.
 */
function byRank(x: Scored, y: Scored): number {
  return (
    y.match.score - x.match.score ||
    y.match.characterSimilarity - x.match.characterSimilarity ||
    y.match.base - x.match.base ||
    (x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0)
  );
}
