import type { CreateReservation, ReservationSummary } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { TransitDeps } from './deps.ts';
import { partyKeyOf, resolveParty } from './party.ts';
import { allocatePitches, takePlaces } from './places.ts';
import { toSummary } from './reservation-view.ts';
import { insertReservation, insertTravellers, nextReferenceNumber } from './reservations.repository.ts';
import { loadSiteParams, type SiteParams } from './site-params.ts';
import { checkDays, checkStayCount } from './stay-rules.ts';

export type CreateOptions = {
  /** The demo books past seasons; a desk never may. */
  allowPast?: boolean;
  now?: Date;
};

export async function reference(tx: Db, arrival: string): Promise<string> {
  const n = await nextReferenceNumber(tx);
  return `DT-${arrival.slice(0, 4)}-${String(n).padStart(4, '0')}`;
}

/** Places and pitches for a reservation's nights, with the hold that keeps them until confirmed. */
export async function holdPlaces(
  tx: Db,
  site: SiteParams,
  input: { id: string; arrival: string; departure: string; caravans: number; actorId: string | null },
) {
  await takePlaces(tx, site, input.arrival, input.departure, input.caravans);
  return allocatePitches(tx, {
    reservationId: input.id,
    from: input.arrival,
    to: input.departure,
    caravans: input.caravans,
    actorId: input.actorId,
  });
}

export function holdUntil(now: Date, holdHours: number): Date {
  return new Date(now.getTime() + holdHours * 3_600_000);
}

/**
 * A provisional reservation, in one transaction: the rules of the arrival day (length, not in the
 * past, stays this year under the party's row lock), places on every night, then the pitches.
 */
export async function createReservation(
  deps: TransitDeps,
  ctx: RequestContext,
  input: CreateReservation,
  options: CreateOptions = {},
): Promise<ReservationSummary> {
  const site = await loadSiteParams(deps.params);
  // A stay is judged by the rules of its arrival day.
  const rules = site.rules(input.arrival);
  checkDays(rules, input.arrival, input.departure, options);
  const now = options.now ?? new Date();
  const partyKey = await partyKeyOf(deps.pseudonymise, input);
  const actorId = ctx.actor?.id ?? null;
  return deps.db.transaction(async (tx) => {
    const party = await resolveParty(tx, ctx, { ...input, partyKey });
    await checkStayCount(tx, rules, party.id, input.arrival);
    const row = await insertReservation(tx, {
      reference: await reference(tx, input.arrival),
      partyId: party.id,
      headOfFamily: input.partyName,
      phone: input.phone,
      caravans: input.caravans,
      vehicles: input.vehicles,
      arrival: input.arrival,
      departure: input.departure,
      status: 'provisional',
      holdExpiresAt: holdUntil(now, rules.holdHours),
      notes: input.notes ?? null,
      createdBy: actorId,
    });
    const pitches = await holdPlaces(tx, site, { ...row, actorId });
    await insertTravellers(tx, row.id, input.travellers ?? []);
    const summary = toSummary(row, pitches);
    await recordAudit(tx, ctx, {
      action: 'transit.reservation.created',
      entity: 'transit_reservation',
      entityId: row.id,
      after: { ...summary, partyName: undefined, phone: undefined },
    });
    return summary;
  });
}
