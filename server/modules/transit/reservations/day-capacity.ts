import {
  ensurePools,
  lockPools,
  lockPoolsBetween,
  type PoolState,
  readPools,
  setPoolCapacity,
} from '../../../platform/capacity/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { type ParamChange, type ParamLister, today } from '../../../platform/params/index.ts';
import { dayNl } from '../billing/money.ts';
import { TEMPORARY_CAP_KEY } from '../transit-params.ts';
import { countActivePitches, lockSiteSize, selectOutOfServiceBetween } from './capacity.repository.ts';
import { addDays, dayOfPoolKey, daysOf, sitePoolKey } from './days.ts';
import { capOf, readSiteParams, type SiteParams } from './site-params.ts';

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

/** Each day's capacity as it should be, under `site`'s size and caps. */
async function targetCapacities(
  tx: Db,
  site: SiteParams,
  days: readonly string[],
): Promise<Map<string, number>> {
  const usable = await usablePitchesOn(tx, days);
  return new Map(
    days.map((day) => [
      day,
      dayCapacity(site.pitches(day), capOf(site.caps, day)?.pitches ?? null, usable.get(day) ?? 0),
    ]),
  );
}

/**
 * Makes sure each day's pool exists; a new pool gets the day's capacity under the size and caps as
 * stored now. The site-size lock is taken (shared) first: a change of the size or a cap in
 * progress commits before (its hook resized the pools it found), and one that starts later waits
 * for this transaction and then finds this pool — no pool is made with values a change missed.
 */
export async function ensureSitePools(tx: Db, site: SiteParams, days: readonly string[]): Promise<void> {
  await lockSiteSize(tx, 'shared');
  const existing = new Set((await readPools(tx, days.map(sitePoolKey))).map((pool) => pool.key));
  const missing = days.filter((day) => !existing.has(sitePoolKey(day)));
  if (missing.length === 0) return;
  const targets = await targetCapacities(tx, await site.reread(tx), missing);
  await ensurePools(
    tx,
    missing.map((day) => ({ key: sitePoolKey(day), capacity: targets.get(day) ?? 0 })),
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

/** Sets every day's pool to its capacity as it should be (after `lockSitePools`), under the committed size and caps. */
export async function syncSitePools(
  tx: Db,
  site: SiteParams,
  days: readonly string[],
): Promise<Map<string, PoolState>> {
  const targets = await targetCapacities(tx, await site.reread(tx), days);
  const states = new Map<string, PoolState>();
  for (const day of days) {
    states.set(day, await setPoolCapacity(tx, sitePoolKey(day), targets.get(day) ?? 0));
  }
  return states;
}

const SHOWN_DAYS = 5;

/**
 * Why a change that lowers places is refused: the days (the first few) where more places are given
 * than the day would have, each with its count, and how many must free up on the worst day.
 */
function belowTakenDetail(what: string, over: readonly { day: string; taken: number; capacity: number }[]) {
  const shown = over
    .slice(0, SHOWN_DAYS)
    .map((o) => `${dayNl(o.day)} (${o.taken})`)
    .join(', ');
  const more = over.length > SHOWN_DAYS ? ` en nog ${over.length - SHOWN_DAYS} dag(en)` : '';
  const worst = Math.max(...over.map((o) => o.taken - o.capacity));
  return (
    `${what} kan niet: er zijn al meer standplaatsen gegeven ` +
    `(vastgehouden, bevestigd of bezet) op ${shown}${more}. ` +
    `Op de drukste dag moeten er eerst ${worst} vrijkomen.`
  );
}

/** What a change of the size or a cap would make of the site, for the refusal's first words. */
function changeWords(change: ParamChange, site: SiteParams): string {
  if (change.key === TEMPORARY_CAP_KEY) {
    const cap = site.caps.find((c) => c.fromDay === change.fromDay);
    return cap ? `Een plafond van ${cap.pitches} standplaatsen` : 'Deze wijziging van het plafond';
  }
  return `Een terrein van ${site.pitches(change.fromDay)} standplaatsen vanaf ${dayNl(change.fromDay)}`;
}

/**
 * The hook on a change of the site's size or of a cap (set through the transit pages or the
 * parameters' admin route alike), in the change's transaction: the day pools that exist from the
 * change's first day (not before today) are locked and set to their capacity under the new values;
 * more places given on a day than it would have refuses the change (`CAPACITY.BELOW_TAKEN`, nothing
 * written). Days without a pool get theirs when first booked (`ensureSitePools`).
 */
export async function resizeSitePools(tx: Db, change: ParamChange, params: ParamLister): Promise<void> {
  // Days as YYYY-MM-DD sort as they come: the later of the change's first day and today.
  const from = [change.fromDay, today()].sort()[1] ?? change.fromDay;
  if (change.toDay !== null && change.toDay <= from) return;
  await lockSiteSize(tx, 'exclusive');
  const pools = await lockPoolsBetween(tx, sitePoolKey(from), sitePoolKey(change.toDay ?? LAST_DAY));
  const days = pools.flatMap((pool) => dayOfPoolKey(pool.key) ?? []);
  if (days.length === 0) return;
  const site = await readSiteParams(params, tx);
  const targets = await targetCapacities(tx, site, days);
  const over = pools.flatMap((pool) => {
    const day = dayOfPoolKey(pool.key) ?? '';
    const capacity = targets.get(day) ?? 0;
    return pool.taken > capacity ? [{ day, taken: pool.taken, capacity }] : [];
  });
  const [worst] = [...over].sort((a, b) => b.taken - b.capacity - (a.taken - a.capacity));
  if (worst) {
    throw new AppError('CAPACITY.BELOW_TAKEN', belowTakenDetail(changeWords(change, site), over), {
      facts: { day: worst.day, capacity: worst.capacity, taken: worst.taken },
    });
  }
  for (const day of days) await setPoolCapacity(tx, sitePoolKey(day), targets.get(day) ?? 0);
}

/** Beyond any booking: the upper end of an open-ended change. */
const LAST_DAY = '9999-12-31';
