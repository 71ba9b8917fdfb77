import { and, asc, inArray, sql } from 'drizzle-orm';
import { type Db, sqlState } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { capacityPools } from './capacity.tables.ts';

export type PoolSpec = { key: string; capacity: number };
export type PoolState = { key: string; capacity: number; taken: number; remaining: number };
/** The outcome of a take: either every pool gave `amount`, or none did and `short` says which lacked room. */
export type TakeResult = { ok: true } | { ok: false; short: PoolState[] };

function toState(row: { key: string; capacity: number; taken: number }): PoolState {
  return { key: row.key, capacity: row.capacity, taken: row.taken, remaining: row.capacity - row.taken };
}

/** Creates the pools that do not exist yet with their capacity; existing pools keep theirs. */
export async function ensurePools(tx: Db, specs: readonly PoolSpec[]): Promise<void> {
  if (specs.length === 0) return;
  await tx
    .insert(capacityPools)
    .values(specs.map((spec) => ({ key: spec.key, capacity: spec.capacity })))
    .onConflictDoNothing();
}

/**
 * Takes `amount` places from every pool in `keys`, all or nothing. Call it inside the booking's
 * transaction: the pools are locked in key order (so two bookings over the same days cannot
 * deadlock), re-read under the lock, and only then updated with a guard that the CHECK backs up.
 * On `ok: false` nothing was changed; the caller answers with its own clear message.
 */
export async function takeCapacity(tx: Db, keys: readonly string[], amount: number): Promise<TakeResult> {
  const unique = [...new Set(keys)];
  if (unique.length === 0 || amount <= 0) return { ok: true };
  const rows = await tx
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(inArray(capacityPools.key, unique))
    .orderBy(asc(capacityPools.key))
    .for('update');
  const found = new Map(rows.map((row) => [row.key, toState(row)]));
  const short = unique
    .map((key) => found.get(key) ?? { key, capacity: 0, taken: 0, remaining: 0 })
    .filter((state) => state.remaining < amount);
  if (short.length > 0) return { ok: false, short };
  const updated = await tx
    .update(capacityPools)
    .set({ taken: sql`${capacityPools.taken} + ${amount}`, updatedAt: sql`now()` })
    .where(
      and(
        inArray(capacityPools.key, unique),
        sql`${capacityPools.taken} + ${amount} <= ${capacityPools.capacity}`,
      ),
    )
    .returning({ key: capacityPools.key });
  // Under the row locks this cannot differ; if it ever does, the transaction must not commit.
  if (updated.length !== unique.length) throw new Error('capacity pools changed under their lock');
  return { ok: true };
}

/** Gives `amount` places back to every pool in `keys` (a cancellation, a shortened stay). */
export async function releaseCapacity(tx: Db, keys: readonly string[], amount: number): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0 || amount <= 0) return;
  await tx
    .update(capacityPools)
    .set({ taken: sql`${capacityPools.taken} - ${amount}`, updatedAt: sql`now()` })
    .where(inArray(capacityPools.key, unique));
}

/**
 * Sets a pool's capacity (creating the pool when needed). Lowering it below what is already taken
 * is refused with `CAPACITY.BELOW_TAKEN`: the places given stay given until someone moves them.
 */
export async function setPoolCapacity(tx: Db, key: string, capacity: number): Promise<PoolState> {
  try {
    const [row] = await tx
      .insert(capacityPools)
      .values({ key, capacity })
      .onConflictDoUpdate({ target: capacityPools.key, set: { capacity, updatedAt: sql`now()` } })
      .returning();
    if (!row) throw new Error('capacity pool upsert returned nothing');
    return toState(row);
  } catch (error) {
    if (sqlState(error) === '23514') {
      throw new AppError('CAPACITY.BELOW_TAKEN', `${key}: more places are already given than ${capacity}`);
    }
    throw error;
  }
}

/** The pools' current state, in key order; keys without a pool are left out. */
export async function readPools(db: Db, keys: readonly string[]): Promise<PoolState[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(inArray(capacityPools.key, unique))
    .orderBy(asc(capacityPools.key));
  return rows.map(toState);
}
