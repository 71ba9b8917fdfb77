import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { parameters } from './params.tables.ts';

export type ParameterRow = typeof parameters.$inferSelect;

export function selectValues(db: Db, key?: string): Promise<ParameterRow[]> {
  return db
    .select()
    .from(parameters)
    .where(key === undefined ? undefined : eq(parameters.key, key))
    .orderBy(asc(parameters.key), asc(parameters.validFrom));
}

/**
 * Serialises the changes of one key until the transaction ends. The exclusion constraint still
 * decides what may be stored; without this, two transactions inserting conflicting periods wait
 * for each other inside the constraint check and one dies of a deadlock instead of an overlap.
 */
export async function lockKey(db: Db, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('parameters'), hashtext(${key}))`);
}

export async function findValue(db: Db, id: string): Promise<ParameterRow | null> {
  const [row] = await db.select().from(parameters).where(eq(parameters.id, id));
  return row ?? null;
}

/** Ends the open-ended value of a key on `day`, if it started before; the closed row or null. */
export async function closeOpenValue(db: Db, key: string, day: string): Promise<ParameterRow | null> {
  const [row] = await db
    .update(parameters)
    .set({ validTo: day })
    .where(and(eq(parameters.key, key), isNull(parameters.validTo), lt(parameters.validFrom, day)))
    .returning();
  return row ?? null;
}

export async function insertValue(db: Db, values: typeof parameters.$inferInsert): Promise<ParameterRow> {
  const [row] = await db.insert(parameters).values(values).returning();
  if (!row) throw new Error('insert into parameters returned no row');
  return row;
}

export async function lockValue(db: Db, id: string): Promise<ParameterRow | null> {
  const [row] = await db.select().from(parameters).where(eq(parameters.id, id)).for('update');
  return row ?? null;
}

export async function deleteValue(db: Db, id: string): Promise<void> {
  await db.delete(parameters).where(eq(parameters.id, id));
}

/**
 * Moves the end of the value that ended on `endedOn` (null: the open-ended one; `id`: that value
 * only) to `newEnd` (null: open-ended).
 */
export async function moveEnd(
  db: Db,
  key: string,
  endedOn: string | null,
  newEnd: string | null,
  id?: string,
): Promise<ParameterRow | null> {
  const [row] = await db
    .update(parameters)
    .set({ validTo: newEnd })
    .where(
      and(
        eq(parameters.key, key),
        endedOn === null ? isNull(parameters.validTo) : eq(parameters.validTo, endedOn),
        id === undefined ? undefined : eq(parameters.id, id),
      ),
    )
    .returning();
  return row ?? null;
}
