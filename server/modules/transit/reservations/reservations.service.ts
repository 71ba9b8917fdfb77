import type { z } from 'zod';
import type { ReservationListQuerySchema, Traveller } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { toDetail, toSummaries } from './reservation-view.ts';
import {
  deleteTravellers,
  insertTravellers,
  lockReservation,
  selectReservation,
  selectReservations,
} from './reservations.repository.ts';

/** One reservation with its travellers, money and readings; the read is audited (a person's file). */
export async function getReservation(db: Db, ctx: RequestContext, id: string) {
  const row = await selectReservation(db, id);
  if (!row) throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
  await recordAudit(db, ctx, {
    action: 'transit.reservation.read',
    entity: 'transit_reservation',
    entityId: id,
  });
  return toDetail(db, row);
}

export async function listReservations(db: Db, query: z.infer<typeof ReservationListQuerySchema>) {
  const statuses = query.status
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const { rows, total } = await selectReservations(db, { ...query, statuses });
  return { items: await toSummaries(db, rows), total };
}

/** Replaces the traveller list (a family member joins or leaves before or during the stay). */
export async function replaceTravellers(
  db: Db,
  ctx: RequestContext,
  id: string,
  travellers: readonly Traveller[],
) {
  return db.transaction(async (tx) => {
    const row = await lockReservation(tx, id);
    if (!row) throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
    if (row.anonymisedAt)
      throw new AppError(
        'TRANSIT.TRANSITION_NOT_ALLOWED',
        'Deze reservatie is geanonimiseerd; haar reizigers kunnen niet meer wijzigen.',
      );
    await deleteTravellers(tx, id);
    await insertTravellers(tx, id, travellers);
    await recordAudit(tx, ctx, {
      action: 'transit.reservation.travellers',
      entity: 'transit_reservation',
      entityId: id,
      after: { travellers: travellers.length },
    });
    return toDetail(tx, row);
  });
}
