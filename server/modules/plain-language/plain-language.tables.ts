import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entityColumns } from '../../platform/db/index.ts';
import { users } from '../../platform/identity/identity.tables.ts';

/**
 * The editable list of formal or bureaucratic words with their plainer alternatives. Staff edit it;
 * the check reads the active terms (the built-in list in `default-jargon.ts` seeds it once).
 */
export const plainLanguageTerms = pgTable(
  'plain_language_terms',
  {
    ...entityColumns,
    /** The word or phrase as written, matched case-insensitively on word boundaries. */
    term: text().notNull(),
    alternative: text().notNull(),
    note: text(),
    active: boolean().notNull().default(true),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('plain_language_terms_term_key').on(sql`lower(${t.term})`)],
);
