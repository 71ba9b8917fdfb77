import { and, asc, gte, lt } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { capacityPools } from './capacity.tables.ts';
import type { PoolState } from './capacity.ts';

/**
 * Locks the pools that exist with a key in [fromKey, toKey) — key order, as `takeCapacity` locks
 * them — and answers their state. For a change of many pools whose keys follow one pattern (a day
 * per pool): a pool made later is made with the changed capacity by its maker. Keys of one pattern
 * of equal length compare alike in every collation.
 */
export async function lockPoolsBetween(tx: Db, fromKey: string, toKey: string): Promise<PoolState[]> {
  const rows = await tx
    .select({ key: capacityPools.key, capacity: capacityPools.capacity, taken: capacityPools.taken })
    .from(capacityPools)
    .where(and(gte(capacityPools.key, fromKey), lt(capacityPools.key, toKey)))
    .orderBy(asc(capacityPools.key))
    .for('update');
  return rows.map((row) => ({ ...row, remaining: row.capacity - row.taken }));
}
