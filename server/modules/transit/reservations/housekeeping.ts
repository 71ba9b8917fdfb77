import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { type ParamService, today } from '../../../platform/params/index.ts';
import { TransitRetentionSchema } from '../transit-params.ts';
import { addMonths } from './days.ts';
import {
  anonymisePartyIfDone,
  anonymiseReservationRow,
  selectExpiredHolds,
  selectExpiredStays,
} from './housekeeping.repository.ts';
import { lockReservation, updateReservationIf } from './reservations.repository.ts';
import { freeAll } from './run-step.ts';

/**
 * Provisional reservations whose hold ran out go back to requested, their pitches and places
 * released. Each is its own transaction with a compare-and-set, so a confirmation that got there
 * first wins and a second sweep changes nothing.
 */
export async function expireHolds(db: Db, ctx: RequestContext, now = new Date()): Promise<number> {
  let expired = 0;
  for (const candidate of await selectExpiredHolds(db, now)) {
    const done = await db.transaction(async (tx) => {
      const row = await lockReservation(tx, candidate.id);
      if (row?.status !== 'provisional' || !row.holdExpiresAt || row.holdExpiresAt >= now) return false;
      await freeAll(tx, row);
      const updated = await updateReservationIf(tx, row.id, 'provisional', {
        status: 'requested',
        holdExpiresAt: null,
      });
      if (!updated) return false;
      await recordAudit(tx, ctx, {
        action: 'transit.reservation.hold_expired',
        entity: 'transit_reservation',
        entityId: row.id,
        before: { status: row.status, holdExpiresAt: row.holdExpiresAt },
        after: { status: updated.status },
      });
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}

/**
 * Stays that left more than the retention period ago lose their contact, notes and travellers;
 * a party with no stay left that keeps contact data loses its name and phone (its key still counts stays).
 */
export async function anonymiseOldStays(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  day = today(),
): Promise<{ reservations: number; parties: number }> {
  const { months } = await params.get('transit.retention', day, TransitRetentionSchema);
  const report = { reservations: 0, parties: 0 };
  const at = new Date();
  for (const row of await selectExpiredStays(db, addMonths(day, -months))) {
    await db.transaction(async (tx) => {
      if (!(await anonymiseReservationRow(tx, row.id, at))) return;
      report.reservations += 1;
      await recordAudit(tx, ctx, {
        action: 'transit.reservation.anonymised',
        entity: 'transit_reservation',
        entityId: row.id,
      });
      if (await anonymisePartyIfDone(tx, row.partyId, at)) {
        report.parties += 1;
        await recordAudit(tx, ctx, {
          action: 'transit.party.anonymised',
          entity: 'transit_party',
          entityId: row.partyId,
        });
      }
    });
  }
  return report;
}
