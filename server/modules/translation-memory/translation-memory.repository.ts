import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { foldedWords } from './segment-keys.ts';
import { languageIs } from './tm-lookup.repository.ts';
import { tmSegments } from './translation-memory.tables.ts';

export type NewSegment = typeof tmSegments.$inferInsert;
export type SegmentRow = typeof tmSegments.$inferSelect;

/** Rows per INSERT: 20 columns × 500 stays far below PostgreSQL's 65,535 bind parameters. */
const BATCH = 500;

/**
 * Inserts segments with their word counts (matchScore's word tokens), in one transaction. Every path
 * that writes segments comes through here (TMX and XLIFF import, alignment, the library's demo data). A unit already in
 * the memory (same pair, source and target text: the unique index) is skipped by the database, not
 * by a check first. Returns how many rows were new.
 */
export async function insertSegments(db: Db, rows: readonly NewSegment[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows
        .slice(start, start + BATCH)
        .map((row) => ({ ...row, wordCount: foldedWords(row.sourceText).length }));
      const result = await tx
        .insert(tmSegments)
        .values(batch)
        .onConflictDoNothing()
        .returning({ id: tmSegments.id });
      inserted += result.length;
    }
    return inserted;
  });
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

export type { FoundMatch, MatchQuery } from './tm-lookup.repository.ts';
export { findMatches } from './tm-lookup.repository.ts';
