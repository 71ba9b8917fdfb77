import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { type RankedMatch, rankMatches, tokenize, tokenSimilarity } from './fuzzy-match.ts';
import { tmSegments } from './translation-memory.tables.ts';

export type NewSegment = typeof tmSegments.$inferInsert;
export type SegmentRow = typeof tmSegments.$inferSelect;

/** Rows per INSERT: 20 columns × 500 stays far below PostgreSQL's 65,535 bind parameters. */
const BATCH = 500;

/**
 * Inserts segments; a unit already in the memory (same pair, source and target text: the unique
 * index) is skipped by the database, not by a check first. Returns how many rows were new.
 */
export async function insertSegments(db: Db, rows: readonly NewSegment[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const result = await db
      .insert(tmSegments)
      .values(batch)
      .onConflictDoNothing()
      .returning({ id: tmSegments.id });
    inserted += result.length;
  }
  return inserted;
}

/** "nl" matches nl, nl-BE and nl-NL; "nl-BE" only itself. Case-insensitive, as BCP 47 is. */
function languageIs(column: SQL, tag: string): SQL {
  return sql`(lower(${column}) = lower(${tag}) or lower(${column}) like lower(${tag}) || '-%')`;
}

/** Every segment of a language pair, oldest first, for an export. */
export async function selectPair(db: Db, source: string, target: string): Promise<SegmentRow[]> {
  return db
    .select()
    .from(tmSegments)
    .where(
      sql`${languageIs(sql`${tmSegments.sourceLang}`, source)} and ${languageIs(sql`${tmSegments.targetLang}`, target)}`,
    )
    .orderBy(tmSegments.createdAt, tmSegments.id);
}

export type MatchQuery = { source: string; sourceLang: string; targetLang: string; limit?: number };
export type FoundMatch = {
  id: string;
  sourceText: string;
  targetText: string;
  score: number;
  trigramSimilarity: number;
};
type Candidate = { id: string; source_text: string; target_text: string; similarity: number };

/** Candidates per lookup, best trigram similarity first; the exact re-scoring picks among them. */
const CANDIDATES = 100;
/**
 * Trigram similarity below which a segment cannot reach a 50 % match in practice; lower than the
 * pg_trgm default 0.3 because short Dutch sentences with one changed word fall just under it. Only
 * for segments with fewer than two anchor words (see below).
 */
const SIMILARITY_THRESHOLD = '0.2';
/**
 * The segment's words as the word index holds them (`tm_segments_source_words`, decision 0008).
 * The query must repeat the index expression verbatim for PostgreSQL to use the index.
 */
const WORDS = sql.raw(`regexp_split_to_array(lower(source_text), '[^[:alnum:]]+')`);
/**
 * Retrieval stages: a candidate must hold `together` of the query's `anchors` rarest words (one
 * index probe per combination). The first is narrow (few heap rows), the second wider.
 */
const STAGES = [
  { anchors: 5, together: 3 },
  { anchors: 8, together: 2 },
] as const;

/**
 * Fuzzy lookup (decision 0008). `%` over the trigram index reads the posting lists of every
 * trigram of the query, and in a memory of one domain most rows share most trigrams: at 1M
 * segments that is seconds per lookup. So candidates are retrieved by rare words instead: a
 * segment that reaches a high match shares most words with the query, hence at least three of its
 * five rarest (document frequency from the word index's statistics); when that cannot be the
 * whole top `limit` (see `complete`), two of its eight rarest. Candidates are ordered by trigram
 * similarity, then `matchScore` re-scores them exactly (`rankMatches`' order): the percentage is
 * always the CAT formula of the README, never the similarity. Segments with fewer than two usable
 * words (short ones: "Datum:") fall back to pg_trgm `%` with the threshold above.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const limit = query.limit ?? 5;
  const pair = sql`${languageIs(sql`source_lang`, query.sourceLang)} and ${languageIs(sql`target_lang`, query.targetLang)}`;
  const anchors = await rareWords(db, query.source, Math.max(...STAGES.map((stage) => stage.anchors)));
  let ranked: RankedMatch<Candidate>[] = [];
  const queryWords = foldedWords(query.source).length;
  if (anchors.length < 2) {
    ranked = rankBounded(query.source, await trigramCandidates(db, query.source, pair), limit);
  }
  for (const stage of anchors.length < 2 ? [] : STAGES) {
    const words = anchors.slice(0, stage.anchors);
    const pairs = combinations(words, Math.min(stage.together, words.length)).map(
      (set) =>
        sql`${WORDS} @> array[${sql.join(
          set.map((word) => sql`${word}`),
          sql`, `,
        )}]::text[]`,
    );
    const found = await queryRows<Candidate>(
      db,
      sql`select id, source_text, target_text, similarity(source_text, ${query.source})::float8 as similarity
        from tm_segments
        where (${sql.join(pairs, sql` or `)}) and ${pair}
        order by similarity desc
        limit ${CANDIDATES}`,
    );
    ranked = rankBounded(query.source, [...ranked.map((r) => r.item), ...found], limit);
    if (complete(ranked, limit, queryWords, stage.anchors - stage.together + 1)) break;
    if (words.length === anchors.length) break;
  }
  return ranked.map(({ item, match }) => ({
    id: item.id,
    sourceText: item.source_text,
    targetText: item.target_text,
    score: match.score,
    trigramSimilarity: Number(item.similarity),
  }));
}

/**
 * Whether a stage has surely found the top `limit`: a segment scoring s shares at least
 * n·s/100 of the query's n words, so misses at most n·(1 − s/100) of them; a stage that finds
 * every segment missing fewer than `tolerance` of its anchors has found every segment that could
 * still beat the `limit`-th score once that bound is below `tolerance`.
 */
function complete(
  ranked: readonly RankedMatch<Candidate>[],
  limit: number,
  words: number,
  tolerance: number,
) {
  const cut = ranked[limit - 1]?.match.score;
  return cut !== undefined && (words * (100 - cut)) / 100 < tolerance;
}

/** Every `size`-element subset of `items`, in order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

async function trigramCandidates(db: Db, source: string, pair: SQL): Promise<Candidate[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${SIMILARITY_THRESHOLD}, true)`);
    return queryRows<Candidate>(
      tx,
      sql`select id, source_text, target_text, similarity(source_text, ${source})::float8 as similarity
        from tm_segments
        where source_text % ${source} and ${pair}
        order by similarity desc
        limit ${CANDIDATES}`,
    );
  });
}

/**
 * The query's distinct words (split as the index splits them), rarest first: words the index
 * statistics do not list as common are rarer than any listed one; among equals, longer first. Without
 * the index or its statistics (a fresh or small database) this is simply longest first.
 */
async function rareWords(db: Db, source: string, count: number): Promise<string[]> {
  const rows = await queryRows<{ word: string }>(
    db,
    sql`with query as (
          select distinct word from unnest(regexp_split_to_array(lower(${source}), '[^[:alnum:]]+')) as word
           where length(word) >= 2),
        common as (
          select e.word, e.freq from pg_stats s,
                 unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(word, freq)
           where s.tablename = 'tm_segments_source_words')
        select query.word from query left join common using (word)
         order by coalesce(common.freq, 0), length(query.word) desc, query.word
         limit ${count}`,
  );
  return rows.map((row) => row.word);
}

/**
 * Exactly what `rankMatches` returns for these candidates, scoring fewer of them: the word
 * similarity (matchScore's base, before penalties) bounds the score from above and is cheap, while
 * a full score also runs a character Levenshtein. Candidates are scored in order of that bound and
 * the loop stops once the bound falls below the `limit`-th score found (ties still get scored, for
 * the character-similarity tie-break).
 */
function rankBounded(
  query: string,
  candidates: readonly Candidate[],
  limit: number,
): RankedMatch<Candidate>[] {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  const queryWords = foldedWords(query);
  const bounded = unique
    .map((item) => ({ item, bound: upperBound(queryWords, foldedWords(item.source_text)) }))
    .sort((x, y) => y.bound - x.bound);
  const kept: RankedMatch<Candidate>[] = [];
  for (const { item, bound } of bounded) {
    const worst = kept.length >= limit ? kept[limit - 1]?.match.score : undefined;
    if (bound < 50 || (worst !== undefined && bound < worst)) break;
    kept.push(...rankMatches(query, [item], (c) => c.source_text, { limit: 1 }));
    kept.sort(
      (x, y) => y.match.score - x.match.score || y.match.characterSimilarity - x.match.characterSimilarity,
    );
  }
  return kept.slice(0, limit);
}

/** matchScore's case-folded word tokens. */
function foldedWords(text: string): string[] {
  return tokenize(text.normalize('NFC'))
    .filter((token) => token.kind === 'word')
    .map((token) => token.text.toLocaleLowerCase('und'));
}

/** score ≤ base = trunc(100·(L − d)/L) over words; text without words scores on all tokens: no bound. */
function upperBound(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 100;
  return tokenSimilarity(a, b).similarity;
}
