import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { type MatchScore, matchScorer, tokenSimilarity } from './fuzzy-match.ts';
import { hasUnkeyedSegments } from './segment-keys.repository.ts';
import { foldedWords, KEYS_VERSION } from './segment-keys.ts';
import {
  type KeyTerm,
  type Probe,
  type ProofBudget,
  planRound,
  queryKeyTerms,
  ROUND_SCORES,
  withinBudget,
  wordCountRange,
} from './tm-lookup-plan.ts';

export type { ProofBudget } from './tm-lookup-plan.ts';

export type MatchQuery = {
  source: string;
  sourceLang: string;
  targetLang: string;
  /** How many matches (default 5). */
  limit?: number;
  /** The lowest score worth returning (default 50, as `rankMatches`). */
  minScore?: number;
  /**
   * true: the proven top `limit` (every round in full). Default false: the last round — the proof
   * that nothing unseen reaches the floor — reads at most `budget` (README "Fuzzy lookup").
   */
  exact?: boolean;
  /** The last round's budget when not exact (default `PROOF_BUDGET`). */
  budget?: ProofBudget;
  /** Filled in when given: what the lookup read (bench, tests). */
  trace?: LookupTrace;
};
export type LookupTrace = {
  rows: number;
  postings: number;
  proven: boolean;
  /** Per round when given: its score, milliseconds, rows fetched, estimated postings. */
  rounds?: { score: number; ms: number; rows: number; postings: number }[];
};

/**
 * The last round's budget in the default mode, chosen on the 200k bench memory (decision 0008,
 * revision "budgeted proof round"): recall@5 1.0 there (smaller budgets: 0.984–0.995).
 */
export const PROOF_BUDGET: ProofBudget = { postings: 50_000, rows: 2_000, fromScore: 0 };
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
 * Fuzzy lookup, top `limit` (decision 0008, README "Fuzzy lookup"): with `exact`, the same matches as
 * `rankMatches` over every segment of the pair, retrieved from `tm_segment_keys`. A round at score s
 * fetches every segment that can score ≥ s (`planRound`: the rarest words or word pairs with count
 * filtering, and the word-count range), so rounds at 95, 85, 70 raise the floor — max(minScore,
 * the limit-th score so far) — cheaply, and the last round at the floor itself proves that no
 * unseen segment can reach or tie the limit-th — unless not `exact`: then that last round stays within
 * a budget (`PROOF_BUDGET`) and the answer is measured, not proven. Every row is fetched once and
 * scored at most once; every returned score is `matchScore`'s.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const limit = query.limit ?? 5;
  const ranking = new Ranking(query.source, limit, query.minScore ?? 50);
  const pair = sql`${languageIs(sql`source_lang`, query.sourceLang)} and ${languageIs(sql`target_lang`, query.targetLang)}`;
  // Segments not keyed yet (before the backfill has run) are read and scored directly: never missed.
  if (await hasUnkeyedSegments(db)) ranking.add(await unkeyedRows(db, pair));
  const planned = queryKeyTerms(query.source, query.sourceLang, query.targetLang);
  if (planned.n === 0) {
    // No words: matchScore falls back to all tokens and only wordless segments can match; pg_trgm.
    ranking.add(await trigramRows(db, query.source, pair));
    return withSimilarity(db, query.source, ranking.top());
  }
  const { keyRows, ...terms } = await withFrequencies(db, planned);
  const trace = query.trace ?? { rows: 0, postings: 0, proven: true };
  Object.assign(trace, { rows: 0, postings: 0, proven: true });
  let covered = Number.POSITIVE_INFINITY;
  for (const target of [...ROUND_SCORES, 0]) {
    const score = Math.max(target, ranking.floor());
    if (score >= covered) continue;
    const range = wordCountRange(terms.n, score);
    const planned = planRound(terms, score);
    const budget = query.budget ?? PROOF_BUDGET;
    const last = query.exact !== true && target <= budget.fromScore;
    const probe = last && planned !== null ? withinBudget(planned, keyRows, budget) : planned;
    const rowCap = last && probe !== null ? budget.rows : undefined;
    if (probe === undefined) {
      trace.proven = false;
      if (target === 0) break;
      continue;
    }
    const started = performance.now();
    const rows = await fetchRound(db, pair, probe, range, ranking.seen, rowCap);
    const postings = Math.round(
      (probe?.terms ?? []).reduce((sum, term) => sum + term.frequency * keyRows, 0),
    );
    trace.rows += rows.length;
    trace.postings += postings;
    trace.rounds?.push({ score, ms: Math.round(performance.now() - started), rows: rows.length, postings });
    if (probe !== planned || (rowCap !== undefined && rows.length >= rowCap)) trace.proven = false;
    ranking.add(rows);
    covered = score;
    if (covered <= ranking.floor()) break;
  }
  return withSimilarity(db, query.source, ranking.top());
}

/**
 * One round: rows of the pair, not fetched before, holding keys of `probe` weighing ≥ its `need`
 * (one index range read per key — `offset 0` keeps the planner from a join over the whole key
 * table — counted in the database) with a word count in `range`. A null
 * probe (score < 1: nothing can be excluded) reads the whole pair.
 */
async function fetchRound(
  db: Db,
  pair: SQL,
  probe: Probe | null,
  range: { min: number; max: number },
  seen: ReadonlySet<string>,
  rowCap?: number,
): Promise<Row[]> {
  const unseen = seen.size > 0 ? sql` and not (s.id = any(${`{${[...seen].join(',')}}`}::uuid[]))` : sql``;
  if (probe === null) {
    return queryRows<Row>(
      db,
      sql`select s.id, s.source_text, s.target_text from tm_segments s where ${pair}${unseen}`,
    );
  }
  const keys = arrayLiteral(probe.terms.map((term) => term.key));
  const masses = `{${probe.terms.map((term) => term.mass).join(',')}}`;
  // With a cap, the rows holding the most of the probe's mass (the likeliest to score high) first.
  const capped = rowCap === undefined ? sql`` : sql` order by c.held desc, s.id limit ${rowCap}::int`;
  return queryRows<Row>(
    db,
    sql`select s.id, s.source_text, s.target_text
          from (select k.segment_id, sum(q.mass) as held
                  from unnest(${keys}::text[], ${masses}::int[]) as q(key, mass)
                 cross join lateral (select segment_id from tm_segment_keys where key = q.key offset 0) as k
                 group by k.segment_id having sum(q.mass) >= ${probe.need}::int) as c
          join tm_segments s on s.id = c.segment_id
         where s.word_count between ${range.min}::int and ${range.max}::int and ${pair}${unseen}${capped}`,
  );
}

/** Rows without keys of the current scheme (a sequential scan: only until the backfill has run). */
async function unkeyedRows(db: Db, pair: SQL): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`select id, source_text, target_text from tm_segments
         where keys_version is distinct from ${KEYS_VERSION} and ${pair}`,
  );
}

/** A text[] literal; keys may hold any character, so every element is quoted. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/gu, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Per database: the key frequencies of `tm_segment_keys` (ANALYZE statistics), kept a minute. */
const frequencyCache = new WeakMap<
  Db,
  { at: number; frequencies: Map<string, number>; rarest: number; keyRows: number }
>();
const FREQUENCY_TTL_MS = 60_000;

/**
 * Each key's share of the key rows, from the statistics of `tm_segment_keys.key`
 * (`most_common_vals`, statistics target 1000); a key not listed is taken as rare as the rarest listed.
 * They order the probes — which keys are probed changes the cost, never the exact result — and,
 * times the key rows (`pg_class.reltuples`; 0 before the first ANALYZE: no budget binds), estimate
 * the postings the budgeted last round may read.
 */
async function withFrequencies<T extends { words: readonly KeyTerm[]; bigrams: readonly KeyTerm[] }>(
  db: Db,
  planned: T,
): Promise<T & { keyRows: number }> {
  let cached = frequencyCache.get(db);
  if (!cached || Date.now() - cached.at > FREQUENCY_TTL_MS) {
    const rows = await queryRows<{ key: string; freq: number }>(
      db,
      sql`select e.key, e.freq::float8 as freq from pg_stats s,
                 unnest(s.most_common_vals::text::text[], s.most_common_freqs) as e(key, freq)
           where s.tablename = 'tm_segment_keys' and s.attname = 'key'`,
    );
    const frequencies = new Map(rows.map((row) => [row.key, Number(row.freq)]));
    const [size] = await queryRows<{ rows: number }>(
      db,
      sql`select greatest(reltuples, 0)::float8 as rows from pg_class where relname = 'tm_segment_keys'`,
    );
    const keyRows = Number(size?.rows ?? 0);
    cached = { at: Date.now(), frequencies, rarest: Math.min(...frequencies.values(), 1e-6), keyRows };
    frequencyCache.set(db, cached);
  }
  const { frequencies, rarest, keyRows } = cached;
  const known = (term: KeyTerm) => ({ ...term, frequency: frequencies.get(term.key) ?? rarest });
  return { ...planned, words: planned.words.map(known), bigrams: planned.bigrams.map(known), keyRows };
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

/**
 * `rankMatches`' top `limit` over every row added, scoring fewer of them: the word similarity (the
 * score before penalties) bounds the score and is cheap; a row whose bound is below the floor
 * (minScore, or the limit-th score: it only rises) can never enter or tie, so it is never scored.
 */
class Ranking {
  readonly seen = new Set<string>();
  private kept: Scored[] = [];
  private readonly queryWords: string[];
  private readonly score: ReturnType<typeof matchScorer>;

  constructor(
    query: string,
    private readonly limit: number,
    private readonly minScore: number,
  ) {
    this.queryWords = foldedWords(query);
    this.score = matchScorer(query);
  }

  /** The score an unseen row must reach to matter: the limit-th score once there are `limit`. */
  floor(): number {
    const last = this.kept.length >= this.limit ? this.kept[this.limit - 1]?.match.score : undefined;
    return Math.max(this.minScore, last ?? 0);
  }

  add(rows: readonly Row[]): void {
    const fresh = rows.filter((row) => !this.seen.has(row.id));
    for (const row of fresh) this.seen.add(row.id);
    const bounded = fresh
      .map((row) => ({ row, words: foldedWords(row.source_text) }))
      .filter((entry) => overlapBound(this.queryWords, entry.words) >= this.floor())
      .map(({ row, words }) => ({ row, bound: wordBound(this.queryWords, words) }))
      .filter((entry) => entry.bound >= this.floor())
      .sort((x, y) => y.bound - x.bound);
    for (const { row, bound } of bounded) {
      if (bound < this.floor()) break;
      const match = this.score(row.source_text, this.floor());
      if (!match) continue;
      this.kept.push({ row, match });
      this.kept.sort(byRank);
      // Rows tied with the limit-th stay: a later one may still win the tie-break.
      const cut = this.kept[this.limit - 1]?.match.score;
      if (cut !== undefined) this.kept = this.kept.filter((k, i) => i < this.limit || k.match.score >= cut);
    }
  }

  top(): Scored[] {
    return this.kept.slice(0, this.limit);
  }
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

/** score ≤ base = trunc(100·(L − d)/L) over words; no words on either side: no bound (100). */
function wordBound(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 100;
  return tokenSimilarity(a, b).similarity;
}

/** A cheaper, looser bound in linear time: d ≥ L − shared, so base ≤ trunc(100·shared/L). */
function overlapBound(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 100 : Math.trunc((100 * sharedCount(a, b)) / longer);
}

/** Tokens the two share, as a multiset. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      counts.set(word, left - 1);
      shared += 1;
    }
  }
  return shared;
}
