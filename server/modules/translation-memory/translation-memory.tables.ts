import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';

export type StoredInlineCode = {
  kind: string;
  xml: string;
  i?: string;
  x?: string;
  type?: string;
  pos?: string;
};

/**
 * One translation unit of the memory for one language pair. Texts keep their inline codes as
 * Private Use Area placeholders (U+E000 + n) with the markup in `*_codes`, exactly as the TMX
 * import gives them, so an export writes them back verbatim.
 */
export const tmSegments = pgTable(
  'tm_segments',
  {
    ...entityColumns,
    sourceLang: text().notNull(),
    targetLang: text().notNull(),
    sourceText: text().notNull(),
    targetText: text().notNull(),
    sourceCodes: jsonb().$type<StoredInlineCode[]>().notNull().default([]),
    targetCodes: jsonb().$type<StoredInlineCode[]>().notNull().default([]),
    context: text(),
    /** Where it came from: a TMX file name, or a library document once the library exists. */
    origin: text().notNull(),
    originDocumentId: uuid(),
    tuid: text(),
    reviewed: boolean().notNull().default(false),
    useCount: integer().notNull().default(0),
    lastUsedAt: timestamptz(),
    /** TMX creation and change dates of the unit, when the file had them. */
    sourceCreatedAt: timestamptz(),
    sourceChangedAt: timestamptz(),
    props: jsonb().$type<{ type: string; value: string }[]>().notNull().default([]),
    notes: jsonb().$type<string[]>().notNull().default([]),
    /**
     * matchScore's word tokens in the source; null on rows written before migration 0013. The
     * trigram lookup of wordless queries reads only rows with 0 (or null).
     */
    wordCount: integer(),
    /**
     * Insertion order, never reused: the lookup's in-process index (`tm-memory-index.ts`) reads the
     * rows it has not seen by it, and fetches a candidate's text by it.
     */
    seq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    index('tm_segments_pair_idx').on(t.sourceLang, t.targetLang),
    index('tm_segments_source_trgm').using('gin', sql`${t.sourceText} gin_trgm_ops`),
    uniqueIndex('tm_segments_seq_idx').on(t.seq),
  ],
);
