import type { z } from 'zod';
import type { RecordPaymentSchema } from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { Platform } from '../../../platform/platform.ts';

export type PaymentInput = z.infer<typeof RecordPaymentSchema>;

/**
 * STUB — the billing work writes these. Both run inside the caller's transaction.
 * `recordPayment`: a payment row with the next receipt number, audited; returns its id and number.
 * `createFinalBill`: the bill of a checked-out stay from its meter readings, incidents' damages and
 * the tariff of each day; prepayment and deposit received are set against it.
 */
export async function recordPayment(
  _tx: Db,
  _ctx: RequestContext,
  _reservationId: string,
  _payment: PaymentInput,
): Promise<{ id: string; receiptNumber: string }> {
  throw new Error('recordPayment is not written yet');
}

export async function createFinalBill(
  _tx: Db,
  _platform: Pick<Platform, 'params'>,
  _ctx: RequestContext,
  _reservationId: string,
): Promise<{ number: string; totalCents: number; balanceCents: number }> {
  throw new Error('createFinalBill is not written yet');
}
