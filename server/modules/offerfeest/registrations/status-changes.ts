import { recordAudit } from '../../../platform/audit/index.ts';
import { releaseCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { toDay, today } from '../../../platform/params/index.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { slotPools } from '../pool-keys.ts';
import { sendRegistrationMail } from './registration-mail.ts';
import {
  byId,
  lockRegistration,
  moveStatus,
  type RegistrationDetail,
  selectRegistration,
} from './registrations.repository.ts';
import { promoteWaitlist } from './waitlist.ts';

/** Locks the registration and reads it with its slot: 404 when there is none. */
async function lockDetail(tx: Db, id: string): Promise<RegistrationDetail> {
  const locked = await lockRegistration(tx, id);
  const detail = locked ? await selectRegistration(tx, byId(id)) : undefined;
  if (!detail) throw new AppError('OFFERFEEST.NOT_FOUND');
  return detail;
}

/** The check-in page shows the status from the facts (web/features/offerfeest/format.ts), not the detail. */
function notNow(status: string): AppError {
  return new AppError('OFFERFEEST.TRANSITION_NOT_ALLOWED', `the registration is ${status}`, {
    facts: { status },
  });
}

async function move(
  tx: Db,
  ctx: RequestContext,
  row: RegistrationDetail,
  values: { status: string; checkedInAt?: Date },
): Promise<void> {
  const moved = await moveStatus(tx, row.id, row.status, values);
  if (!moved) throw new AppError('OFFERFEEST.TRANSITION_NOT_ALLOWED');
  await recordAudit(tx, ctx, {
    action: `offerfeest.registration.${values.status}`,
    entity: 'offerfeest_registration',
    entityId: row.id,
    before: { status: row.status },
    after: { status: values.status },
  });
}

/** A confirmed registration's animals go back to its pools, and the waiting list moves up. */
async function freePlaces(
  deps: OfferfeestDeps,
  tx: Db,
  ctx: RequestContext,
  row: RegistrationDetail,
  now: Date,
): Promise<void> {
  const slot = { id: row.slotId, siteId: row.siteId, startsAt: row.slotStart };
  await releaseCapacity(tx, (await slotPools(tx, slot)).keys, row.animals);
  await promoteWaitlist(
    deps,
    tx,
    ctx,
    { ...slot, siteName: row.siteName, siteAddress: row.siteAddress },
    now,
  );
}

/**
 * Cancels a confirmed or waitlisted registration. A confirmed one gives its animals back to both
 * pools and the waiting list is promoted in the same transaction. The household may cancel only
 * before its slot starts; staff also after.
 */
export async function cancelRegistration(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  id: string,
  options: { byHousehold: boolean; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await deps.db.transaction(async (tx) => {
    const row = await lockDetail(tx, id);
    const open = row.status === 'confirmed' || row.status === 'waitlisted';
    if (!open || (options.byHousehold && now >= row.slotStart)) {
      throw notNow(row.status);
    }
    await move(tx, ctx, row, { status: 'cancelled' });
    if (row.status === 'confirmed') await freePlaces(deps, tx, ctx, row, now);
    await sendRegistrationMail(deps, tx, ctx, 'cancelled', row, {
      startsAt: row.slotStart,
      siteName: row.siteName,
      siteAddress: row.siteAddress,
    });
  });
}

/**
 * The scan at the slaughterhouse: a confirmed registration is checked in. A waitlisted, cancelled
 * or already scanned one → 409; a code for another day → 409 WRONG_DAY unless `anyDay`.
 */
export async function checkInRegistration(
  db: Db,
  ctx: RequestContext,
  id: string,
  options: { anyDay: boolean; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const row = await lockDetail(tx, id);
    if (row.status !== 'confirmed') {
      throw notNow(row.status);
    }
    if (!options.anyDay && toDay(row.slotStart) !== today(now)) {
      const day = toDay(row.slotStart);
      throw new AppError('OFFERFEEST.WRONG_DAY', `the slot is on ${day}`, { facts: { day } });
    }
    await move(tx, ctx, row, { status: 'checked_in', checkedInAt: now });
  });
}

/**
 * A confirmed household that did not come: only once its slot has started. Its places free, and
 * in the same transaction they go to whoever waits for a slot that has not ended.
 */
export async function markNoShow(
  deps: OfferfeestDeps,
  ctx: RequestContext,
  id: string,
  now: Date = new Date(),
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await lockDetail(tx, id);
    if (row.status !== 'confirmed' || now < row.slotStart) {
      throw new AppError(
        'OFFERFEEST.TRANSITION_NOT_ALLOWED',
        'only a confirmed registration whose slot has started',
      );
    }
    await move(tx, ctx, row, { status: 'no_show' });
    await freePlaces(deps, tx, ctx, row, now);
  });
}
