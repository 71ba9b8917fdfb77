import type { ReservationDetail, TransitStatus } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { TransitDeps } from './deps.ts';
import { STEP_NL, statusNl } from './nl.ts';
import { releasePlaces } from './places.ts';
import { toDetail } from './reservation-view.ts';
import {
  deleteAllocationsOf,
  lockReservation,
  moveAllocationsEnd,
  type ReservationRow,
  updateReservationIf,
} from './reservations.repository.ts';
import { loadSiteParams, type SiteParams } from './site-params.ts';

export type StepOutcome = {
  status: TransitStatus;
  set?: Partial<Omit<ReservationRow, 'id' | 'status' | 'version'>>;
  /** Work that must see the reservation in its new status (the final bill). */
  after?: (tx: Db, row: ReservationRow) => Promise<void>;
};

export type StepSpec = {
  name: string;
  from: readonly TransitStatus[];
  version?: number | undefined;
};

/**
 * One step of a reservation: row lock, version and status checked, the step's work, then a
 * compare-and-set on the status it was read with, the audit row, and the detail as it is now.
 */
export async function runStep(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  spec: StepSpec,
  work: (tx: Db, row: ReservationRow, site: SiteParams) => Promise<StepOutcome>,
): Promise<ReservationDetail> {
  const site = await loadSiteParams(deps.params);
  return deps.db.transaction(async (tx) => {
    const row = await lockReservation(tx, id);
    if (!row) throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
    if (spec.version !== undefined && spec.version !== row.version) {
      throw new AppError(
        'TRANSIT.STALE',
        `Je werkte met versie ${spec.version}, de reservatie is intussen aan versie ${row.version}. Herlaad ze.`,
      );
    }
    if (!spec.from.some((status) => status === row.status)) {
      throw new AppError(
        'TRANSIT.TRANSITION_NOT_ALLOWED',
        `Een reservatie met status ‘${statusNl(row.status)}’ kan niet ${STEP_NL[spec.name] ?? spec.name}.`,
      );
    }
    const outcome = await work(tx, row, site);
    const updated = await updateReservationIf(tx, id, row.status, { ...outcome.set, status: outcome.status });
    if (!updated) throw new AppError('TRANSIT.STALE', 'De reservatie werd intussen gewijzigd. Herlaad ze.');
    await recordAudit(tx, ctx, {
      action: `transit.reservation.${spec.name}`,
      entity: 'transit_reservation',
      entityId: id,
      before: { status: row.status, departure: row.departure, version: row.version },
      after: { status: updated.status, departure: updated.departure, version: updated.version },
    });
    await outcome.after?.(tx, updated);
    return toDetail(tx, updated);
  });
}

/** Gives back the pitches and the places of every night (places are held exactly while pitches are). */
export async function freeAll(tx: Db, row: ReservationRow): Promise<void> {
  const removed = await deleteAllocationsOf(tx, row.id);
  if (removed > 0) await releasePlaces(tx, row.arrival, row.departure, row.caravans);
}

/** Ends a stay early at `end` (exclusive): the later nights' pitches and places go back. */
export async function shortenTo(tx: Db, row: ReservationRow, end: string): Promise<string> {
  if (end >= row.departure) return row.departure;
  await moveAllocationsEnd(tx, row.id, end);
  await releasePlaces(tx, end, row.departure, row.caravans);
  return end;
}
