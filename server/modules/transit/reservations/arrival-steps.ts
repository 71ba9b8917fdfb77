import type { z } from 'zod';
import type {
  CheckInSchema,
  ConfirmReservationSchema,
  EndReservationSchema,
  ReservationDetail,
} from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { recordPayment } from '../billing/bill.service.ts';
import { holdPlaces, holdUntil } from './create-reservation.ts';
import type { TransitDeps } from './deps.ts';
import { checkReadings } from './readings.ts';
import {
  insertReadings,
  insertTravellers,
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
      throw new AppError('TRANSIT.TRAVELLERS_MISSING', 'no traveller is registered');
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
      throw new AppError('TRANSIT.PREPAYMENT_MISSING', 'no prepayment is recorded');
    }
    return { status: 'confirmed', set: { holdExpiresAt: null } };
  });
}

/** confirmed → checked_in with a start reading of every pitch (and the deposit when given). */
export function checkIn(
  deps: TransitDeps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof CheckInSchema>,
): Promise<ReservationDetail> {
  const spec = {
    name: 'check-in',
    from: ['confirmed'] as const,
    version: input.version,
    refusal: { code: 'TRANSIT.NO_RESERVATION' as const, detail: 'no entry without a confirmed reservation' },
  };
  return runStep(deps, ctx, id, spec, async (tx, row, site) => {
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
