import { date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns.ts';

/**
 * Effective-dated parameters: rules and tariffs that change over time.
 * Validity is [validFrom, validTo); an exclusion constraint (migration 0002) forbids overlaps per key.
 */
export const parameters = pgTable(
  'parameters',
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull(),
    value: jsonb().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    note: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [index('parameters_key_idx').on(t.key, t.validFrom)],
);
