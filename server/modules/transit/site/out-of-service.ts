import type { z } from 'zod';
import type { OutOfService, OutOfServiceSchema } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { dayNl } from '../billing/money.ts';
import { selectPitchAllocations } from '../reservations/capacity.repository.ts';
import { daysOfChange, lockSitePools, syncSitePools } from '../reservations/day-capacity.ts';
import { daysOf } from '../reservations/days.ts';
import { loadSiteParams } from '../reservations/site-params.ts';
import {
  deleteOutOfService,
  insertOutOfService,
  selectOutOfService,
  selectPitch,
} from './site.repository.ts';

const period = (from: string, to: string) => `${dayNl(from)} – ${dayNl(to)}`;

/** Why the pitch cannot go out of service: each stay on it (reference, family, days), or an earlier period. */
function clashDetail(
  pitchNumber: number,
  clashes: Awaited<ReturnType<typeof selectPitchAllocations>>,
): string {
  const stays = clashes.filter((c) => c.kind === 'stay');
  if (stays.length === 0) {
    const [other] = clashes;
    return `Standplaats ${pitchNumber} is al buiten gebruik van ${other ? period(other.fromDay, other.toDay) : '?'}${other?.reason ? ` (${other.reason})` : ''}.`;
  }
  const named = stays
    .map((s) => `${s.reference ?? '?'} (${s.partyName ?? 'geanonimiseerd'}, ${period(s.fromDay, s.toDay)})`)
    .join(', ');
  return `Standplaats ${pitchNumber} is in die dagen gegeven aan ${named}. Verplaats of verkort eerst die reservatie${stays.length > 1 ? 's' : ''}, of kies andere dagen.`;
}

/**
 * A pitch out of service for [fromDay, toDay). The day pools are locked first, the pitch's stays
 * checked (a stay on it → 409 TRANSIT.PITCH_TAKEN naming each reservation: the supervisor moves
 * the family, the system does not do it behind their back), then the period is written and each
 * day's capacity lowered to the pitches still usable — so a booking can no longer take a place
 * that has no pitch behind it. The exclusion constraint backs the check up.
 */
export async function putOutOfService(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  pitchId: string,
  input: z.infer<typeof OutOfServiceSchema>,
): Promise<OutOfService> {
  const days = daysOfChange(input);
  const site = await loadSiteParams(params);
  try {
    return await db.transaction(async (tx) => {
      const pitch = await selectPitch(tx, pitchId);
      if (!pitch) throw new AppError('TRANSIT.PITCH_NOT_FOUND', 'Deze standplaats bestaat niet.');
      await lockSitePools(tx, site, days);
      const clashes = await selectPitchAllocations(tx, pitchId, input.fromDay, input.toDay);
      if (clashes.length > 0) throw new AppError('TRANSIT.PITCH_TAKEN', clashDetail(pitch.number, clashes));
      const row = await insertOutOfService(tx, { ...input, pitchId, createdBy: ctx.actor?.id ?? null });
      await syncSitePools(tx, site, days);
      await recordAudit(tx, ctx, {
        action: 'transit.pitch.out_of_service',
        entity: 'transit_allocation',
        entityId: row.id,
        after: row,
      });
      return {
        id: row.id,
        pitchId,
        fromDay: row.fromDay,
        toDay: row.toDay,
        reason: row.reason ?? input.reason,
      };
    });
  } catch (error) {
    if (sqlState(error) !== '23P01') throw error;
    throw new AppError(
      'TRANSIT.PITCH_TAKEN',
      `Deze standplaats werd net gegeven voor een deel van ${period(input.fromDay, input.toDay)}; herlaad het rooster.`,
    );
  }
}

/** The pitch back in service: the period goes and each of its days gets the place back. */
export async function endOutOfService(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  allocationId: string,
) {
  const site = await loadSiteParams(params);
  await db.transaction(async (tx) => {
    const found = await selectOutOfService(tx, allocationId);
    if (!found) throw new AppError('COMMON.NOT_FOUND', 'Deze periode buiten gebruik bestaat niet (meer).');
    const days = daysOf(found.fromDay, found.toDay);
    // Pools first, as a booking takes them, then the period: no booking waits on it while holding them.
    await lockSitePools(tx, site, days);
    const row = await deleteOutOfService(tx, allocationId);
    if (!row) throw new AppError('COMMON.NOT_FOUND', 'Deze periode buiten gebruik bestaat niet (meer).');
    await syncSitePools(tx, site, days);
    await recordAudit(tx, ctx, {
      action: 'transit.pitch.back_in_service',
      entity: 'transit_allocation',
      entityId: row.id,
      before: row,
    });
  });
}
