import { type PoolState, readPools } from '../../platform/capacity/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { toDay } from '../../platform/params/index.ts';

/** The capacity pool of one slot's places. */
export function slotPoolKey(slotId: string): string {
  return `offerfeest-slot:${slotId}`;
}

/**
 * The pool of a site's animals on one (Brussels) day, shared by all that day's slots. It exists
 * only where it binds — the site's daily capacity is below what the day's slots hold together —
 * and once a day has slots it neither appears nor goes (editions.service refuses the change).
 * Where it would only repeat the sum of the slots it is left out: taking it would make every
 * registration of the day wait for one row.
 */
export function siteDayPoolKey(siteId: string, startsAt: Date): string {
  return `offerfeest-site-day:${siteId}:${toDay(startsAt)}`;
}

export const SITE_DAY_PREFIX = 'offerfeest-site-day:';

export type SlotRef = { id: string; siteId: string; startsAt: Date };
export type SlotPools = { keys: string[]; states: PoolState[] };

/**
 * The pools a registration on this slot takes from: the slot's, plus the site-day pool where one
 * exists; with their state read without a lock (a forecast, never the decision).
 */
export async function slotPools(db: Db, slot: SlotRef): Promise<SlotPools> {
  const day = siteDayPoolKey(slot.siteId, slot.startsAt);
  const states = await readPools(db, [slotPoolKey(slot.id), day]);
  const keys = [slotPoolKey(slot.id), ...(states.some((s) => s.key === day) ? [day] : [])];
  return { keys, states };
}

/** Whether `amount` fits in every pool right now (unlocked read: a forecast). */
export function fitsNow(pools: SlotPools, amount: number): boolean {
  return pools.keys.every((key) => (pools.states.find((s) => s.key === key)?.remaining ?? 0) >= amount);
}
