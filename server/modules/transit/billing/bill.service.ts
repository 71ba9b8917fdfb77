import type { z } from 'zod';
import type { RecordPaymentSchema } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import {
  type BillRow,
  findBill,
  findReservation,
  insertBill,
  insertPayment,
  nextReceiptSerial,
  paymentSums,
  selectDamages,
  selectPaymentAmounts,
  selectReadings,
} from './billing.repository.ts';
import { type BillInput, computeBill } from './compute-bill.ts';
import { addDays, euro } from './money.ts';
import { billStanding, netReceived } from './standing.ts';
import { type TransitTariff, tariffOn } from './tariff.ts';

export type PaymentInput = z.infer<typeof RecordPaymentSchema>;

/** Kinds that are money paid back: stored negative whatever sign the caller gave. */
const PAID_BACK: readonly PaymentInput['kind'][] = ['refund', 'deposit_refund'];
/** Received before the stay and set against the final bill. */
export const SET_AGAINST_BILL = ['prepayment', 'deposit'] as const;

/**
 * The stored amount: refunds negative, prepayment and deposit positive; a `final` payment keeps
 * its sign (settling a negative balance pays money back).
 */
export function signedAmount(payment: PaymentInput): number {
  if (PAID_BACK.includes(payment.kind)) return -Math.abs(payment.amountCents);
  if (payment.kind === 'final') return payment.amountCents;
  return Math.abs(payment.amountCents);
}

/**
 * Money paid back never exceeds what the family paid in: 422 `TRANSIT.REFUND_TOO_HIGH` before
 * anything is written. Callers hold the reservation's row lock, so two refunds take turns here.
 */
async function checkPaidBack(tx: Db, reservationId: string, backCents: number): Promise<void> {
  const received = netReceived(await selectPaymentAmounts(tx, reservationId));
  if (backCents <= received) return;
  throw new AppError(
    'TRANSIT.REFUND_TOO_HIGH',
    `Er kan hoogstens ${euro(Math.max(received, 0))} terugbetaald worden: zoveel heeft deze familie netto betaald. Gevraagd: ${euro(backCents)}.`,
    { fieldErrors: [{ path: 'amountCents', message: `hoogstens ${euro(Math.max(received, 0))}` }] },
  );
}

/** The bill's balance now: its total against every payment so far (see standing.ts). */
export async function balanceNow(tx: Db, bill: { totalCents: number }, reservationId: string) {
  return billStanding(bill.totalCents, await selectPaymentAmounts(tx, reservationId));
}

/**
 * A payment row with the next receipt number `K-YYYY-NNNNNN` (the Brussels year of today), audited
 * on the reservation. Runs inside the caller's transaction; the caller checks the status.
 */
export async function recordPayment(
  tx: Db,
  ctx: RequestContext,
  reservationId: string,
  payment: PaymentInput,
): Promise<{ id: string; receiptNumber: string }> {
  const amountCents = signedAmount(payment);
  if (amountCents < 0) await checkPaidBack(tx, reservationId, -amountCents);
  const serial = await nextReceiptSerial(tx);
  const receiptNumber = `K-${today().slice(0, 4)}-${String(serial).padStart(6, '0')}`;
  const row = await insertPayment(tx, {
    reservationId,
    kind: payment.kind,
    amountCents,
    method: payment.method,
    receiptNumber,
    recordedBy: ctx.actor?.id ?? null,
  });
  await recordAudit(tx, ctx, {
    action: 'transit.payment.recorded',
    entity: 'transit_reservation',
    entityId: reservationId,
    after: { paymentId: row.id, kind: payment.kind, amountCents, method: payment.method, receiptNumber },
  });
  return { id: row.id, receiptNumber };
}

/** The tariff of every day from arrival to departure (inclusive: kWh are priced on the departure day). */
async function tariffsOf(
  tx: Db,
  platform: Pick<Platform, 'params'>,
  arrival: string,
  departure: string,
): Promise<Map<string, TransitTariff>> {
  const tariffs = new Map<string, TransitTariff>();
  for (let day = arrival; day <= departure; day = addDays(day, 1)) {
    tariffs.set(day, await tariffOn(platform.params, day, tx));
  }
  return tariffs;
}

/** Pitches with both readings; a pitch without an end reading gets no electricity line. */
async function metersOf(tx: Db, reservationId: string): Promise<BillInput['meters']> {
  const byPitch = new Map<string, { pitchNumber: number; start?: number; end?: number }>();
  for (const reading of await selectReadings(tx, reservationId)) {
    const pitch = byPitch.get(reading.pitchId) ?? { pitchNumber: reading.pitchNumber };
    if (reading.kind === 'start') pitch.start = Number(reading.kwh);
    if (reading.kind === 'end') pitch.end = Number(reading.kwh);
    byPitch.set(reading.pitchId, pitch);
  }
  return [...byPitch.values()].flatMap(({ pitchNumber, start, end }) =>
    start === undefined || end === undefined ? [] : [{ pitchNumber, startKwh: start, endKwh: end }],
  );
}

const billResult = (bill: BillRow) => ({
  number: bill.number,
  totalCents: bill.totalCents,
  balanceCents: bill.balanceCents,
});

/**
 * The final bill of a stay (number = reference + `/F`), from the reservation's days as they stand
 * (a shortened stay has its departure moved already), its meter readings, the damages of its
 * incidents and the tariff of each night. Prepayment and deposit received are set against it.
 * Idempotent: a second call returns the bill made first.
 */
export async function createFinalBill(
  tx: Db,
  platform: Pick<Platform, 'params'>,
  ctx: RequestContext,
  reservationId: string,
): Promise<{ number: string; totalCents: number; balanceCents: number }> {
  const existing = await findBill(tx, reservationId);
  if (existing) return billResult(existing);
  const reservation = await findReservation(tx, reservationId);
  if (!reservation) throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
  const bill = computeBill({
    arrival: reservation.arrival,
    departure: reservation.departure,
    caravans: reservation.caravans,
    tariffs: await tariffsOf(tx, platform, reservation.arrival, reservation.departure),
    meters: await metersOf(tx, reservationId),
    damages: await selectDamages(tx, reservationId),
  });
  const sums = await paymentSums(tx, reservationId, SET_AGAINST_BILL);
  const paidCents = [...sums.values()].reduce((sum, cents) => sum + cents, 0);
  const values = {
    reservationId,
    number: `${reservation.reference}/F`,
    lines: bill.lines,
    totalCents: bill.totalCents,
    paidCents,
    balanceCents: bill.totalCents - paidCents,
  };
  const inserted = await insertBill(tx, values);
  if (!inserted) {
    const raced = await findBill(tx, reservationId);
    if (!raced) throw new Error('bill neither inserted nor found');
    return billResult(raced);
  }
  await recordAudit(tx, ctx, {
    action: 'transit.bill.created',
    entity: 'transit_reservation',
    entityId: reservationId,
    after: { billId: inserted.id, ...billResult(inserted), paidCents, lines: bill.lines.length },
  });
  return billResult(inserted);
}
