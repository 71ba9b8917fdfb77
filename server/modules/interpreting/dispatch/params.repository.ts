import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';

/**
 * The value of an effective-dated parameter on a day, read through the caller's connection. The
 * platform's cached reader uses its own connection, which on PGlite (one transaction at a time)
 * would wait for the very transaction that asks; booking code reads its rules here instead.
 */
export async function paramValueOn(db: Db, key: string, day: string): Promise<{ value: unknown } | null> {
  const [row] = await queryRows<{ value: unknown }>(
    db,
    sql`select value from parameters
      where key = ${key} and valid_from <= ${day}::date and (valid_to is null or valid_to > ${day}::date)
      order by valid_from desc limit 1`,
  );
  return row ?? null;
}
