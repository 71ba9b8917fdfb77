import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { type MatchScore, matchScore, tokenSimilarity } from './fuzzy-match.ts';
import {
  foldedWords,
  missesAllowed,
  probeOrder,
  type QueryTerm,
  queryTerms,
  roundProbes,
} from './tm-lookup-plan.ts';

export type MatchQuery = {
  source: string;
  sourceLang: string;
  targetLang: string;
  /** How many matches (default 5). */
  limit?: number;
  /** The lowest score worth returning (default 50, as `rankMatches`). */
  minScore?: number;
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

/** The index expression of `tm_segments_source_words` (migration 0010), verbatim so the index is used. */
const WORDS = sql.raw(`regexp_split_to_array(lower(source_text), '[^[:alnum:]]+')`);

/** "nl" matches nl, nl-BE and nl-NL; "nl-BE" only itself. Case-insensitive, as BCP 47 is. */
export function languageIs(column: SQL, tag: string): SQL {
  return sql`(lower(${column}) = lower(${tag}) or lower(${column}) like lower(${tag}) || '-%')`;
}

/**
 * Fuzzy lookup with exact top `limit` (decision 0008): the same matches as `rankMatches` over every
 * segment of the pair, retrieved by prefix filtering on the word index. A segment scoring ≥ s shares
 * ≥ ⌈s·n/100⌉ of the query's n word tokens (README), so it misses at most e(s) of them and holds
 * the words of one of `roundProbes`' sets. Rounds widen e (1, 2, 4, …) until e reaches
 * e(max(minScore, the limit-th score so far)): after that round no unseen segment can reach, nor tie
 * with, the limit-th score. Every row is fetched once (later rounds exclude seen ids) and scored at
 * most once.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const limit = query.limit ?? 5;
  const ranking = new Ranking(query.source, limit, query.minScore ?? 50);
  const pair = sql`${languageIs(sql`source_lang`, query.sourceLang)} and ${languageIs(sql`target_lang`, query.targetLang)}`;
  const { total, terms } = queryTerms(query.source);
  if (total === 0) {
    // No words: matchScore falls back to all tokens and only wordless segments can match; pg_trgm.
    ranking.add(await trigramRows(db, query.source, pair));
    return withSimilarity(db, query.source, ranking.top());
  }
  const ordered = probeOrder(await withFrequencies(db, terms));
  let misses = Math.min(1, missesAllowed(total, ranking.floor()));
  for (;;) {
    const probes = roundProbes(ordered, misses);
    const rows = await fetchRound(
      db,
      pair,
      probes,
      ranking.seen,
      overlapFilter(ordered, total - Math.min(misses, missesAllowed(total, ranking.floor()))),
    );
    ranking.add(rows);
    const needed = missesAllowed(total, ranking.floor());
    if (probes === null || misses >= needed) break;
    misses = Math.min(needed, Math.max(misses * 2, 1));
  }
  return withSimilarity(db, query.source, ranking.top());
}

/**
 * Rows sharing fewer than `shared` word tokens with the query stay in the database: a term whose
 * exact probe a row lacks is a term the row lacks (its count missed); terms without an exact probe
 * are assumed present. A round needs only rows missing at most its `misses` (and none that cannot
 * reach the floor, which only rises); a row left out is not marked seen, so a wider round still gets it.
 */
function overlapFilter(terms: readonly QueryTerm[], shared: number): SQL {
  const exact = terms.filter((term) => term.exact);
  const assumed = terms.filter((term) => !term.exact).reduce((sum, term) => sum + term.count, 0);
  const need = shared - assumed;
  if (need <= 0 || exact.length === 0) return sql`true`;
  const held = exact.map(
    (term) => sql`(case when w @> ${arrayLiteral(term.probe)}::text[] then ${term.count}::int else 0 end)`,
  );
  return sql`(${sql.join(held, sql` + `)}) >= ${need}::int`;
}

/** One round: rows holding one probe's elements, of the pair, not fetched before, that pass `filter`; `null` probes = the whole pair. */
async function fetchRound(
  db: Db,
  pair: SQL,
  probes: string[][] | null,
  seen: ReadonlySet<string>,
  filter: SQL,
): Promise<Row[]> {
  const unseen = seen.size > 0 ? sql` and not (id = any(${`{${[...seen].join(',')}}`}::uuid[]))` : sql``;
  const words =
    probes === null
      ? sql`true`
      : sql.join(
          probes.map((set) => sql`${WORDS} @> ${arrayLiteral(set)}::text[]`),
          sql` or `,
        );
  return queryRows<Row>(
    db,
    sql`select id, source_text, target_text from (
          select id, source_text, target_text, ${WORDS} as w from tm_segments
           where (${words}) and ${pair}${unseen} offset 0) as candidate
         where ${filter}`,
  );
}

/** A text[] literal; index elements hold letters and digits only, but quoting keeps any safe. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/gu, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Per database: the word index's element frequencies (ANALYZE statistics), kept a minute. */
const frequencyCache = new WeakMap<Db, { at: number; frequencies: Map<string, number> }>();
const FREQUENCY_TTL_MS = 60_000;

/**
 * Each term's document frequency: the rarest of its probe elements, from the statistics of the word
 * index (`most_common_elems`); elements not listed are rarer than any listed (0). It orders the probes
 * only — which words are probed changes the cost, never the result.
 */
async function withFrequencies(db: Db, terms: readonly QueryTerm[]): Promise<QueryTerm[]> {
  let cached = frequencyCache.get(db);
  if (!cached || Date.now() - cached.at > FREQUENCY_TTL_MS) {
    const rows = await queryRows<{ word: string; freq: number }>(
      db,
      sql`select e.word, e.freq::float8 as freq from pg_stats s,
                 unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(word, freq)
           where s.tablename = 'tm_segments_source_words'`,
    );
    cached = { at: Date.now(), frequencies: new Map(rows.map((row) => [row.word, Number(row.freq)])) };
    frequencyCache.set(db, cached);
  }
  const frequencies = cached.frequencies;
  return terms.map((term) => ({
    ...term,
    frequency: Math.min(...term.probe.map((element) => frequencies.get(element) ?? 0)),
  }));
}

async function trigramRows(db: Db, source: string, pair: SQL): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.2', true)`);
    return queryRows<Row>(
      tx,
      sql`select id, source_text, target_text from tm_segments
           where source_text % ${source} and ${pair}
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

  constructor(
    private readonly query: string,
    private readonly limit: number,
    private readonly minScore: number,
  ) {
    this.queryWords = foldedWords(query);
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
      const match = matchScore(this.query, row.source_text);
      if (match.score < this.floor()) continue;
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
