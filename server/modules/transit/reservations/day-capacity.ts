import { ensurePools, lockPools, type PoolState, setPoolCapacity } from '../../../platform/capacity/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { countActivePitches, selectOutOfServiceBetween } from './capacity.repository.ts';
import { addDays, dayOfPoolKey, daysOf, sitePoolKey } from './days.ts';
import { capOf, type SiteParams, type TemporaryCap } from './site-params.ts';

/**
 * The places of one day of the site: the site's size (`transit.capacity`), lowered by a temporary
 * cap, and never more than the pitches that can be given that day (active pitches less those out
 * of service). With 25 pitches, a cap of 15 and 3 pitches out of service the day has 15 places;
 * with 12 out of service, 13. Every day pool `transit-site:<day>` holds exactly this capacity.
 */
export function dayCapacity(sitePitches: number, cap: number | null, usablePitches: number): number {
  return Math.max(0, Math.min(sitePitches, cap ?? sitePitches, usablePitches));
}

const MAX_RANGE_DAYS = 366;

/** The days of a site change [fromDay, toDay): at least one, at most a year (so many pools at once). */
export function daysOfChange(input: { fromDay: string; toDay: string }): string[] {
  const days = daysOf(input.fromDay, input.toDay);
  if (days.length === 0 || days.length > MAX_RANGE_DAYS) {
    throw new AppError(
      'COMMON.VALIDATION_FAILED',
      `De einddatum moet na de begindatum liggen, hoogstens ${MAX_RANGE_DAYS} dagen later.`,
      { fieldErrors: [{ path: 'toDay', message: 'na de begindatum, hoogstens een jaar later' }] },
    );
  }
  return days;
}

/** Pitches that can be given on each day of `days` (active, not out of service). */
export async function usablePitchesOn(tx: Db, days: readonly string[]): Promise<Map<string, number>> {
  const sorted = [...days].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  const usable = new Map<string, number>();
  if (first === undefined || last === undefined) return usable;
  const active = await countActivePitches(tx);
  const periods = await selectOutOfServiceBetween(tx, first, addDays(last, 1));
  for (const day of days) {
    const out = periods.filter((p) => p.fromDay <= day && day < p.toDay).length;
    usable.set(day, active - out);
  }
  return usable;
}

/** Each day's capacity as it should be; `caps` replaces the site's caps (a cap being set or removed). */
export async function targetCapacities(
  tx: Db,
  site: SiteParams,
  days: readonly string[],
  caps: readonly TemporaryCap[] = site.caps,
): Promise<Map<string, number>> {
  const usable = await usablePitchesOn(tx, days);
  return new Map(
    days.map((day) => [
      day,
      dayCapacity(site.pitches(day), capOf(caps, day)?.pitches ?? null, usable.get(day) ?? 0),
    ]),
  );
}

/** Makes sure each day's pool exists; a new pool gets the day's capacity as it should be. */
export async function ensureSitePools(tx: Db, site: SiteParams, days: readonly string[]): Promise<void> {
  const targets = await targetCapacities(tx, site, days);
  await ensurePools(
    tx,
    days.map((day) => ({ key: sitePoolKey(day), capacity: targets.get(day) ?? 0 })),
  );
}

/**
 * Creates and locks the day pools of `days` (key order, as bookings lock them) before a change of
 * the site: bookings of those days wait until the change commits, and none can slip in between.
 */
export async function lockSitePools(
  tx: Db,
  site: SiteParams,
  days: readonly string[],
): Promise<Map<string, PoolState>> {
  await ensureSitePools(tx, site, days);
  const states = await lockPools(tx, days.map(sitePoolKey));
  return new Map(states.map((state) => [dayOfPoolKey(state.key) ?? state.key, state]));
}

/** Sets every day's pool to its capacity as it should be (after the pools were locked). */
export async function syncSitePools(
  tx: Db,
  site: SiteParams,
  days: readonly string[],
  caps: readonly TemporaryCap[] = site.caps,
): Promise<Map<string, PoolState>> {
  const targets = await targetCapacities(tx, site, days, caps);
  const states = new Map<string, PoolState>();
  for (const day of days) {
    states.set(day, await setPoolCapacity(tx, sitePoolKey(day), targets.get(day) ?? 0));
  }
  return states;
}
