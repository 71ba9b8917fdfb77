import { releaseCapacity, takeCapacity } from '../../../platform/capacity/index.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { dayNl } from '../billing/money.ts';
import { choosePitches } from './choose-pitches.ts';
import { ensureSitePools } from './day-capacity.ts';
import { dayOfPoolKey, daysOf, sitePoolKey } from './days.ts';
import {
  insertStayAllocations,
  moveAllocationsEnd,
  type PitchRef,
  selectFreePitches,
} from './reservations.repository.ts';
import type { SiteParams } from './site-params.ts';

/** Takes `caravans` places on every night of [from, to), all or nothing; 409 TRANSIT.FULL naming the first full day. */
export async function takePlaces(tx: Db, site: SiteParams, from: string, to: string, caravans: number) {
  const days = daysOf(from, to);
  await ensureSitePools(tx, site, days);
  const result = await takeCapacity(tx, days.map(sitePoolKey), caravans);
  if (result.ok) return;
  const [full] = [...result.short].sort((a, b) => a.key.localeCompare(b.key));
  const left = full?.remaining ?? 0;
  throw new AppError(
    'TRANSIT.FULL',
    `Het terrein is vol: ${caravans} standplaats${caravans === 1 ? '' : 'en'} gevraagd, maar op ${dayNl(full ? (dayOfPoolKey(full.key) ?? from) : from)} ${left === 1 ? 'is er nog 1 vrij' : left === 0 ? 'is er geen enkele meer vrij' : `zijn er nog ${left} vrij`}.`,
  );
}

export async function releasePlaces(tx: Db, from: string, to: string, caravans: number): Promise<void> {
  if (to <= from) return;
  await releaseCapacity(tx, daysOf(from, to).map(sitePoolKey), caravans);
}

function pitchTaken(error: unknown, what: string): never {
  if (sqlState(error) === '23P01') {
    throw new AppError(
      'TRANSIT.PITCH_TAKEN',
      `${what} is intussen al gegeven voor een deel van deze dagen; probeer opnieuw.`,
      {
        cause: error,
      },
    );
  }
  throw error;
}

/**
 * Gives the reservation `caravans` pitches free on every night of [from, to). Call it after the
 * places were taken: the pools' row locks make bookings of the same days take turns here, and the
 * exclusion constraint refuses what a concurrent out-of-service period or extension got first.
 */
export async function allocatePitches(
  tx: Db,
  input: { reservationId: string; from: string; to: string; caravans: number; actorId: string | null },
): Promise<PitchRef[]> {
  const chosen = choosePitches(await selectFreePitches(tx, input.from, input.to), input.caravans);
  if (!chosen) {
    throw new AppError(
      'TRANSIT.FULL',
      `Er zijn geen ${input.caravans} standplaatsen tegelijk vrij van ${dayNl(input.from)} tot ${dayNl(input.to)}.`,
    );
  }
  const rows = chosen.map((pitch) => ({
    pitchId: pitch.id,
    reservationId: input.reservationId,
    fromDay: input.from,
    toDay: input.to,
    createdBy: input.actorId,
  }));
  try {
    await insertStayAllocations(tx, rows);
  } catch (error) {
    pitchTaken(error, 'Een standplaats');
  }
  return chosen;
}

/** Lengthens the reservation's allocations (the same pitches) to `to`. */
export async function extendAllocations(tx: Db, reservationId: string, to: string): Promise<void> {
  try {
    await moveAllocationsEnd(tx, reservationId, to);
  } catch (error) {
    pitchTaken(error, 'Een standplaats van deze familie');
  }
}
