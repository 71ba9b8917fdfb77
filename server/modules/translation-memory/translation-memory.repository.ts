import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { rankMatches } from './fuzzy-match.ts';
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

/** Candidates per lookup; the exact re-scoring then picks the best few among them. */
const CANDIDATES = 50;
/**
 * Trigram similarity below which a segment cannot reach a 50 % match in practice; lower than the
 * pg_trgm default 0.3 because short Dutch sentences with one changed word fall just under it.
 */
const SIMILARITY_THRESHOLD = '0.2';

/**
 * Fuzzy lookup: pg_trgm retrieves candidates through the GIN index (`%` uses it; the threshold is
 * set for this transaction only), then `matchScore` re-scores them exactly, so the percentage is
 * the CAT formula of the README, never the trigram similarity.
 */
export async function findMatches(db: Db, query: MatchQuery): Promise<FoundMatch[]> {
  const candidates = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${SIMILARITY_THRESHOLD}, true)`);
    return queryRows<Candidate>(
      tx,
      sql`select id, source_text, target_text, similarity(source_text, ${query.source})::float8 as similarity
        from tm_segments
        where source_text % ${query.source}
          and ${languageIs(sql`source_lang`, query.sourceLang)}
          and ${languageIs(sql`target_lang`, query.targetLang)}
        order by similarity desc
        limit ${CANDIDATES}`,
    );
  });
  return rankMatches(query.source, candidates, (c) => c.source_text, { limit: query.limit ?? 5 }).map(
    ({ item, match }) => ({
      id: item.id,
      sourceText: item.source_text,
      targetText: item.target_text,
      score: match.score,
      trigramSimilarity: Number(item.similarity),
    }),
  );
}
