import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns.ts';

/** A stored upload. Content lives in the file store under its SHA-256; equal content is stored once. */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    createdAt: timestamptz().notNull().defaultNow(),
    sha256: text().notNull(),
    size: integer().notNull(),
    mediaType: text().notNull(),
    originalName: text().notNull(),
    uploadedBy: uuid(),
  },
  (t) => [index('stored_files_sha256_idx').on(t.sha256)],
);
