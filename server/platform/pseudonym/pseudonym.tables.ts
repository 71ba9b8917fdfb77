import { pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns.ts';

/**
 * Keys the installation made for itself (the pseudonym key when `PSEUDONYM_KEY` is not set).
 * Never returned by any route and never audited.
 */
export const platformSecrets = pgTable('platform_secrets', {
  name: text().primaryKey(),
  /** Hex of 32 random bytes. */
  value: text().notNull(),
  createdAt: timestamptz().notNull().defaultNow(),
});
