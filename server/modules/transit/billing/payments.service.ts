import type { z } from 'zod';
import { TransitPaymentSchema } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { toDay } from '../../../platform/params/index.ts';
import { statusNl } from '../reservations/nl.ts';
import { type PaymentInput, recordPayment } from './bill.service.ts';
import { billPdf, receiptPdf } from './bill-documents.ts';
import {
  findBill,
  findPayment,
  findReservation,
  type PaymentRow,
  type ReservationForBilling,
  selectPaymentAmounts,
} from './billing.repository.ts';
import { billStanding } from './standing.ts';

type TransitPayment = z.infer<typeof TransitPaymentSchema>;
export type PdfFile = { filename: string; body: Buffer };

/** A reservation that never became a stay takes no money (a refund of its prepayment aside, see README). */
const CLOSED_WITHOUT_STAY = new Set(['cancelled', 'no_show']);

/** The row as the contract shows it; parsing narrows kind and method to their unions. */
function toPayment(row: PaymentRow): TransitPayment {
  return TransitPaymentSchema.parse({ ...row, createdAt: row.createdAt.toISOString() });
}

async function requireReservation(db: Db, id: string, lock = false): Promise<ReservationForBilling> {
  const reservation = await findReservation(db, id, { lock });
  if (!reservation) throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
  return reservation;
}

const stayOf = (reservation: ReservationForBilling) => ({
  reference: reservation.reference,
  headOfFamily: reservation.headOfFamily,
  arrival: reservation.arrival,
  departure: reservation.departure,
  caravans: reservation.caravans,
});

/** `POST /transit/reservations/{id}/payments`: money received or paid back at the desk. */
export async function addPayment(
  db: Db,
  ctx: RequestContext,
  reservationId: string,
  input: PaymentInput,
): Promise<TransitPayment> {
  requirePermission(ctx, 'transit.manage');
  if (input.amountCents === 0) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'Een betaling van € 0 geeft geen ontvangstbewijs.', {
      fieldErrors: [{ path: 'amountCents', message: 'mag niet 0 zijn' }],
    });
  }
  return db.transaction(async (tx) => {
    const reservation = await requireReservation(tx, reservationId, true);
    if (CLOSED_WITHOUT_STAY.has(reservation.status)) {
      throw new AppError(
        'TRANSIT.TRANSITION_NOT_ALLOWED',
        `Een reservatie met status ‘${statusNl(reservation.status)}’ krijgt geen betalingen meer.`,
      );
    }
    const { id } = await recordPayment(tx, ctx, reservationId, input);
    const row = await findPayment(tx, reservationId, id);
    if (!row) throw new Error('payment vanished inside its transaction');
    return toPayment(row);
  });
}

/** `GET …/payments/{paymentId}/receipt.pdf`: names the head of family, so reading it is audited. */
export async function paymentReceipt(
  db: Db,
  ctx: RequestContext,
  reservationId: string,
  paymentId: string,
  brand: string,
): Promise<PdfFile> {
  requirePermission(ctx, 'transit.manage');
  const { reservation, payment } = await db.transaction(async (tx) => {
    const found = await requireReservation(tx, reservationId);
    const row = await findPayment(tx, reservationId, paymentId);
    if (!row) throw new AppError('TRANSIT.NOT_FOUND', 'Deze betaling hoort niet bij deze reservatie.');
    await recordAudit(tx, ctx, {
      action: 'transit.payment.receipt_read',
      entity: 'transit_reservation',
      entityId: reservationId,
      after: { paymentId, receiptNumber: row.receiptNumber },
    });
    return { reservation: found, payment: row };
  });
  const facts = { ...payment, day: toDay(payment.createdAt) };
  return {
    filename: `ontvangstbewijs-${payment.receiptNumber}`,
    body: await receiptPdf(facts, stayOf(reservation), brand),
  };
}

/** `GET …/bill.pdf`: the final bill with the prepayment and deposit set against it; audited. */
export async function finalBillPdf(
  db: Db,
  ctx: RequestContext,
  reservationId: string,
  brand: string,
): Promise<PdfFile> {
  requirePermission(ctx, 'transit.manage');
  const facts = await db.transaction(async (tx) => {
    const reservation = await requireReservation(tx, reservationId);
    const bill = await findBill(tx, reservationId);
    if (!bill)
      throw new AppError(
        'TRANSIT.NOT_FOUND',
        'Dit verblijf heeft nog geen eindafrekening (die volgt bij het uitchecken).',
      );
    // Every payment so far: after the settlement the bill shows how it was settled and € 0,00.
    const standing = billStanding(bill.totalCents, await selectPaymentAmounts(tx, reservationId));
    await recordAudit(tx, ctx, {
      action: 'transit.bill.read',
      entity: 'transit_reservation',
      entityId: reservationId,
      after: { number: bill.number },
    });
    return { reservation, bill, standing };
  });
  const { reservation, bill, standing } = facts;
  const billFacts = { ...bill, ...standing, day: toDay(bill.createdAt) };
  return {
    filename: `eindafrekening-${reservation.reference}`,
    body: await billPdf(billFacts, stayOf(reservation), brand),
  };
}
