import type { z } from 'zod';
import {
  type CheckInSchema,
  type ConfirmReservationSchema,
  type EndReservationSchema,
  type ReservationDetail,
  TRANSIT_STATUSES,
} from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import { recordPayment } from '../billing/bill.service.ts';
import { type CheckInRefusal, checkInRefusal } from './check-in-refusal.ts';
import { holdPlaces, holdUntil } from './create-reservation.ts';
import type { TransitDeps } from './deps.ts';
import { checkReadings } from './readings.ts';
import {
  insertReadings,
  insertTravellers,
  type ReservationRow,
  selectPayments,
  selectReservationPitches,
  selectTravellers,
} from './reservations.repository.ts';
import { freeAll, runStep } from './run-step.ts';
import { checkDays, checkStayCount } from './stay-rules.ts';

type Version = { version?: number | undefined };

/** requested → provisional: the rules again, then places and pitches taken anew. */
export function holdReservation(deps: TransitDeps, ctx: RequestContext, id: string, input: Version) {
  return runStep(
    deps,
    ctx,
    id,
    { name: 'hold', from: ['requested'], version: input.version },
    async (tx, row, site) => {
      const rules = site.rules(row.arrival);
      checkDays(rules, row.arrival, row.departure);
      await checkStayCount(tx, rules, row.partyId, row.arrival, row.id);
      await holdPlaces(tx, site, { ...row, actorId: ctx.actor?.id ?? null });
      return { status: 'provisional', set: { holdExpiresAt: holdUntil(new Date(), rules.holdHours) } };
    },
  );
}

/** provisional → confirmed once every traveller is registered and the prepayment received. */
export function confirmReservation(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof ConfirmReservationSchema>,
): Promise<ReservationDetail> {
  const spec = { name: 'confirm', from: ['provisional'] as const, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row, site) => {
    await insertTravellers(tx, row.id, input.travellers ?? []);
    if ((await selectTravellers(tx, row.id)).length === 0) {
      throw new AppError(
        'TRANSIT.TRAVELLERS_MISSING',
        'Er is nog geen reiziger geregistreerd; registreer elke reiziger voor het bevestigen.',
      );
    }
    if (input.prepayment) {
      const amountCents = input.prepayment.amountCents ?? site.tariff(row.arrival).prepaymentCents;
      await recordPayment(tx, ctx, row.id, {
        kind: 'prepayment',
        amountCents,
        method: input.prepayment.method,
      });
    }
    const payments = await selectPayments(tx, row.id);
    if (!payments.some((p) => p.kind === 'prepayment')) {
      throw new AppError(
        'TRANSIT.PREPAYMENT_MISSING',
        'Het voorschot is nog niet ontvangen; duid ‘voorschot ontvangen’ aan bij het bevestigen.',
      );
    }
    return { status: 'confirmed', set: { holdExpiresAt: null } };
  });
}

/**
 * confirmed → checked_in, from the arrival day, with a start reading of every pitch (and the
 * deposit when given). Every other case is refused with the code of its reason (check-in-refusal.ts).
 */
export function checkIn(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof CheckInSchema>,
): Promise<ReservationDetail> {
  const spec = { name: 'check-in', from: TRANSIT_STATUSES, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row, site) => {
    const refusal = await entryRefusal(tx, row);
    if (refusal) throw new AppError(refusal.code, refusal.detail);
    const pitches = await selectReservationPitches(tx, [row.id]);
    const readings = checkReadings(pitches, input.meterReadings, { complete: true });
    const recordedBy = ctx.actor?.id ?? null;
    await insertReadings(
      tx,
      readings.map((r) => ({ ...r, reservationId: row.id, kind: 'start' as const, recordedBy })),
    );
    if (input.deposit) {
      const amountCents = input.deposit.amountCents ?? site.tariff(row.arrival).depositCents;
      await recordPayment(tx, ctx, row.id, { kind: 'deposit', amountCents, method: input.deposit.method });
    }
    return { status: 'checked_in', set: { checkedInAt: new Date() } };
  });
}

/** Why this reservation's party may not enter today (null: it may). */
export async function entryRefusal(db: Db, row: ReservationRow): Promise<CheckInRefusal | null> {
  const travellers = (await selectTravellers(db, row.id)).length;
  const prepaid = (await selectPayments(db, row.id)).some((p) => p.kind === 'prepayment');
  return checkInRefusal({ status: row.status, arrival: row.arrival, travellers, prepaid, today: today() });
}

type EndInput = z.infer<typeof EndReservationSchema>;

export function cancelReservation(deps: TransitDeps, ctx: RequestContext, id: string, input: EndInput) {
  const spec = {
    name: 'cancel',
    from: ['requested', 'provisional', 'confirmed'] as const,
    version: input.version,
  };
  return runStep(deps, ctx, id, spec, async (tx, row) => {
    await freeAll(tx, row);
    return { status: 'cancelled', set: { endReason: input.reason, holdExpiresAt: null } };
  });
}

export function markNoShow(deps: TransitDeps, ctx: RequestContext, id: string, input: EndInput) {
  const spec = { name: 'no-show', from: ['provisional', 'confirmed'] as const, version: input.version };
  return runStep(deps, ctx, id, spec, async (tx, row) => {
    await freeAll(tx, row);
    return { status: 'no_show', set: { endReason: input.reason, holdExpiresAt: null } };
  });
}
