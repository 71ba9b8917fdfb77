import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
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
    /** matchScore's word tokens in the source: bounds the score by length alone (README "Fuzzy lookup"). */
    wordCount: integer(),
    /** Which scheme of `tm_segment_keys` this segment's keys were made by; null = not keyed yet. */
    keysVersion: integer(),
  },
  (t) => [
    index('tm_segments_pair_idx').on(t.sourceLang, t.targetLang),
    index('tm_segments_source_trgm').using('gin', sql`${t.sourceText} gin_trgm_ops`),
  ],
);

/**
 * The lookup keys of a segment (words, word pairs, … as the lookup's key scheme makes them): a plain
 * inverted index the lookup probes by its rarest keys, cheaper to read than a GIN index over an
 * expression, which must re-split every candidate's text (decision 0008).
 */
export const tmSegmentKeys = pgTable(
  'tm_segment_keys',
  {
    key: text().notNull(),
    segmentId: uuid()
      .notNull()
      .references(() => tmSegments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.segmentId] }),
    index('tm_segment_keys_segment_idx').on(t.segmentId),
  ],
);
