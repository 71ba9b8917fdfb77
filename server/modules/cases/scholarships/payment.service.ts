import type { Payment, PaymentInput } from '../../../../contracts/scholarships.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { today } from '../../../platform/params/index.ts';
import { recordCaseEvent } from '../case-access.ts';
import { updateApplicationFields } from './applications.repository.ts';
import { lockApplication } from './applications.service.ts';

/**
 * `POST /applications/{caseId}/payment`: the grant is paid to UCT (or cancelled). Only a case
 * that received a grant has a payment; `paidOn` defaults to today and is cleared otherwise.
 */
export async function recordPayment(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: PaymentInput,
): Promise<Payment> {
  requirePermission(ctx, 'scholarships.manage');
  return db.transaction(async (tx) => {
    const row = await lockApplication(tx, caseId);
    const awardCents = row.fields.awardCents;
    if (typeof awardCents !== 'number') throw new AppError('SCHOLARSHIPS.NOT_AWARDED');
    const { paidOn: _previous, ...rest } = row.fields;
    const paidOn = input.status === 'paid' ? (input.paidOn ?? today()) : null;
    const fields = { ...rest, payment: input.status, ...(paidOn ? { paidOn } : {}) };
    const updated = await updateApplicationFields(tx, row, fields);
    if (!updated) throw new AppError('CASES.STALE');
    await recordCaseEvent(tx, ctx, caseId, 'case.scholarship.payment', {
      from: row.fields.payment ?? null,
      to: input.status,
      paidOn,
      awardCents,
    });
    return { caseId, payment: input.status, paidOn, awardCents };
  });
}
