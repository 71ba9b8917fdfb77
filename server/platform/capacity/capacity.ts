import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
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
  if (unique.length === 1) return takeOne(tx, unique[0] as string, amount);
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

/**
 * One pool: a single guarded UPDATE, which locks the row, re-reads it under the lock (PostgreSQL
 * re-checks the WHERE on the newest version) and takes only when the places are there — the lock
 * is held from this statement to the commit, half as long as a SELECT … FOR UPDATE first. Only a
 * refusal reads the pool, to say what is left.
 */
async function takeOne(tx: Db, key: string, amount: number): Promise<TakeResult> {
  const updated = await tx
    .update(capacityPools)
    .set({ taken: sql`${capacityPools.taken} + ${amount}`, updatedAt: sql`now()` })
    .where(
      and(eq(capacityPools.key, key), sql`${capacityPools.taken} + ${amount} <= ${capacityPools.capacity}`),
    )
    .returning({ key: capacityPools.key });
  if (updated.length === 1) return { ok: true };
  const [row] = await tx
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(eq(capacityPools.key, key));
  return { ok: false, short: [row ? toState(row) : { key, capacity: 0, taken: 0, remaining: 0 }] };
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
 * is refused with `CAPACITY.BELOW_TAKEN`, with the numbers in the detail and its facts: the places given stay
 * given until someone moves them. The row is locked first, so the check and the write agree.
 */
export async function setPoolCapacity(tx: Db, key: string, capacity: number): Promise<PoolState> {
  const [current] = await lockPools(tx, [key]);
  if (current && current.taken > capacity) throw belowTaken(key, capacity, current.taken);
  try {
    const [row] = await tx
      .insert(capacityPools)
      .values({ key, capacity })
      .onConflictDoUpdate({ target: capacityPools.key, set: { capacity, updatedAt: sql`now()` } })
      .returning();
    if (!row) throw new Error('capacity pool upsert returned nothing');
    return toState(row);
  } catch (error) {
    // The CHECK backs the lock up (a pool created by a concurrent booking in between).
    if (sqlState(error) === '23514') throw belowTaken(key, capacity);
    throw error;
  }
}

/** Facts `key`, `capacity` and, when it was read under the lock, `taken`: pages word it themselves. */
function belowTaken(key: string, capacity: number, taken?: number): AppError {
  const given = taken === undefined ? 'meer plaatsen' : `${taken} plaatsen`;
  return new AppError(
    'CAPACITY.BELOW_TAKEN',
    `Er zijn al ${given} gegeven dan ${capacity}; de capaciteit kan niet zo laag (${key}).`,
    { facts: { key, capacity, ...(taken === undefined ? {} : { taken }) } },
  );
}

/**
 * Locks the pools that exist among `keys` (in key order, as `takeCapacity` does, so the two never
 * deadlock) and answers their state. A change of many pools (an out-of-service pitch, a cap) calls
 * it first: bookings of those pools wait until the change commits.
 */
export async function lockPools(tx: Db, keys: readonly string[]): Promise<PoolState[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await tx
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(inArray(capacityPools.key, unique))
    .orderBy(asc(capacityPools.key))
    .for('update');
  return rows.map(toState);
}

/**
 * Locks the pools that exist with a key in [fromKey, toKey) — key order, as `takeCapacity` locks
 * them — and answers their state. For a change of every pool of a range whose keys follow one
 * pattern (a day per pool); a pool made later gets the changed capacity from its maker. Keys of
 * one pattern and equal length compare alike in every collation.
 */
export async function lockPoolsBetween(tx: Db, fromKey: string, toKey: string): Promise<PoolState[]> {
  const rows = await tx
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(and(gte(capacityPools.key, fromKey), lt(capacityPools.key, toKey)))
    .orderBy(asc(capacityPools.key))
    .for('update');
  return rows.map(toState);
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
