import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** The columns every entity table starts with. */
export const entityColumns = {
  id: uuid().primaryKey().defaultRandom(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const timestamptz = () => timestamp({ withTimezone: true });
