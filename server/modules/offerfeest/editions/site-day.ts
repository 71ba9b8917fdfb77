import { readPools } from '../../../platform/capacity/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { siteDayPoolKey, slotPoolKey } from '../pool-keys.ts';
import { selectSiteDaySlots } from '../registrations/registrations.repository.ts';
import { lockSite, type SiteRow } from './editions.repository.ts';

/**
 * What a site's day holds: whether it has a site-day pool, and the places of its slots together.
 * Locks the site first, so two changes to the same site's slots run one after the other.
 */
async function siteDay(tx: Db, site: SiteRow, day: string, startsAt: Date, skipSlotId?: string) {
  await lockSite(tx, site.id);
  const slots = await selectSiteDaySlots(tx, site.id, day);
  const dayKey = siteDayPoolKey(site.id, startsAt);
  const pools = await readPools(tx, [dayKey, ...slots.map((slot) => slotPoolKey(slot.id))]);
  const slotKeys = new Set(
    slots.filter((slot) => slot.id !== skipSlotId).map((slot) => slotPoolKey(slot.id)),
  );
  return {
    dayKey,
    hasSlots: slots.length > 0,
    hasDayPool: pools.some((pool) => pool.key === dayKey),
    slotPlaces: pools.filter((pool) => slotKeys.has(pool.key)).reduce((sum, pool) => sum + pool.capacity, 0),
  };
}

/** The staff pages word their sentence from the facts (web/features/offerfeest/errors.ts), not the detail. */
function exceeded(site: SiteRow, places: number): AppError {
  return new AppError(
    'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
    `the slots of this day would hold ${places} animals; ${site.name} takes ${site.dailyCapacity} a day`,
    { facts: { places, site: site.name, daily: site.dailyCapacity } },
  );
}

/**
 * Before new slots on a day: the site-day pool to create with them (only on a day without slots,
 * and only when the site's daily capacity is below what the slots hold), or none. A day that has
 * slots and no site-day pool keeps it that way — registrations rely on it not appearing — so new
 * slots that would hold more than the site's day are refused (409 DAY_CAPACITY_EXCEEDED).
 */
export async function siteDayPoolForNewSlots(
  tx: Db,
  site: SiteRow,
  day: string,
  startsAt: Date,
  newPlaces: number,
): Promise<{ key: string; capacity: number } | null> {
  const held = await siteDay(tx, site, day, startsAt);
  const places = held.slotPlaces + newPlaces;
  if (held.hasDayPool || places <= site.dailyCapacity) return null;
  if (held.hasSlots) throw exceeded(site, places);
  return { key: held.dayKey, capacity: site.dailyCapacity };
}

/** Before a slot's capacity changes: on a day without a site-day pool, the day's sum must stay within the site's. */
export async function checkSlotCapacity(
  tx: Db,
  site: SiteRow,
  slot: { id: string; startsAt: Date },
  day: string,
  capacity: number,
): Promise<void> {
  const held = await siteDay(tx, site, day, slot.startsAt, slot.id);
  if (!held.hasDayPool && held.slotPlaces + capacity > site.dailyCapacity) {
    throw exceeded(site, held.slotPlaces + capacity);
  }
}
