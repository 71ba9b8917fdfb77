import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from '../db/columns.ts';

/**
 * A pool of scarce places (a slaughter slot, a day on the transit site, a conversation group's
 * session). `taken` only moves by a guarded update inside the transaction that books, and the
 * check makes the database itself refuse more than `capacity` — whatever the code does.
 */
export const capacityPools = pgTable(
  'capacity_pools',
  {
    /** `<module>-<kind>:<id or day>`, e.g. `offerfeest-slot:2b1e…` or `transit-site:2027-03-01`. */
    key: text().primaryKey(),
    capacity: integer().notNull(),
    taken: integer().notNull().default(0),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  () => [
    check('capacity_pools_capacity_nonnegative', sql`capacity >= 0`),
    check('capacity_pools_taken_within', sql`taken >= 0 and taken <= capacity`),
  ],
);
