import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CreatePaymentBatchSchema, PaymentBatchSchema } from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/index.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import { today } from '../../../platform/params/index.ts';
import { addWorkingDays } from '../../interpreting/index.ts';
import { claimPaidMail, claimStatusUrl } from './claims.mail.ts';
import {
  assignBatch,
  type BatchRow,
  type ClaimRow,
  insertBatch,
  lockPayableClaims,
  lockUnpaidBatchClaims,
  markClaimsPaid,
  selectBatch,
  selectBatches,
} from './claims.repository.ts';
import { type ClaimDeps, loadEdition } from './claims-deps.ts';
import { debtorOn } from './debtor-param.ts';
import { buildPain001, type Transfer, totals } from './pain001.ts';

export type PaymentBatch = z.infer<typeof PaymentBatchSchema>;
type CreatePaymentBatch = z.infer<typeof CreatePaymentBatchSchema>;
const PERMISSION = 'offerfeest.manage';
const ENTITY = 'offerfeest_payment_batch';

function toBatch(row: BatchRow): PaymentBatch {
  const { id, messageId, executionDate, count, totalCents, createdAt } = row;
  return { id, messageId, executionDate, count, totalCents, createdAt: createdAt.toISOString() };
}

const brusselsClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Brussels',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** GrpHdr/CreDtTm: the Brussels wall clock, `YYYY-MM-DDThh:mm:ss`. */
export function creationTime(now: Date): string {
  return brusselsClock.format(now).replace(' ', 'T');
}

/** MsgId (Max35Text, unique per debtor): the edition year, the day and 48 random bits. */
function newMessageId(year: number, day: string): string {
  return `OFF-${year}-${day.replaceAll('-', '')}-${randomBytes(6).toString('hex').toUpperCase()}`;
}

export const remittanceFor = (year: number, reference: string) => `Offerfeest ${year} ${reference}`;

/** One claim as a credit transfer: the account holder's name when given, else the claimant's. */
export function transferOf(claim: ClaimRow, year: number): Transfer {
  return {
    reference: claim.reference,
    amountCents: claim.approvedCents ?? 0,
    creditorName: claim.accountHolder ?? claim.name ?? '',
    creditorIban: claim.iban ?? '',
    remittance: remittanceFor(year, claim.reference),
  };
}

/**
 * `POST /offerfeest/editions/{id}/payment-batches`: every approved claim without a batch (locked,
 * so two exports at once never pay a claim twice) goes into one pain.001 file. The claims stay
 * approved until the bank has executed the file and staff mark the batch paid.
 */
export async function createPaymentBatch(
  deps: Pick<ClaimDeps, 'db' | 'params'>,
  ctx: RequestContext,
  editionId: string,
  input: CreatePaymentBatch,
): Promise<PaymentBatch> {
  const actor = requirePermission(ctx, PERMISSION);
  const edition = await loadEdition(deps.db, editionId);
  const now = new Date();
  const executionDate = input.executionDate ?? addWorkingDays(today(now), 1);
  const debtor = await debtorOn(deps.params, today(now));
  return deps.db.transaction(async (tx) => {
    const claims = await lockPayableClaims(tx, editionId);
    if (claims.length === 0) throw new AppError('OFFERFEEST.NOTHING_TO_PAY');
    const id = randomUUID();
    const messageId = newMessageId(edition.year, today(now));
    const transfers = claims.map((claim) => transferOf(claim, edition.year));
    const xml = buildPain001({
      messageId,
      paymentInfoId: `${messageId}-1`,
      createdAt: creationTime(now),
      executionDate,
      initiatingParty: debtor.name,
      debtor,
      transfers,
    });
    const { count, totalCents } = totals(transfers);
    const batch = await insertBatch(tx, {
      id,
      editionId,
      messageId,
      executionDate,
      count,
      totalCents,
      xml,
      createdBy: actor.id,
    });
    await assignBatch(
      tx,
      id,
      claims.map((claim) => claim.id),
    );
    await recordAudit(tx, ctx, {
      action: 'offerfeest.batch.created',
      entity: ENTITY,
      entityId: id,
      after: {
        editionId,
        messageId,
        executionDate,
        count,
        totalCents,
        references: claims.map((c) => c.reference),
      },
    });
    return toBatch(batch);
  });
}

export async function listPaymentBatches(
  db: Db,
  ctx: RequestContext,
  editionId: string,
): Promise<PaymentBatch[]> {
  requirePermission(ctx, PERMISSION);
  await loadEdition(db, editionId);
  return (await selectBatches(db, editionId)).map(toBatch);
}

async function loadBatch(db: Db, id: string): Promise<BatchRow> {
  const batch = await selectBatch(db, id);
  if (!batch) throw new AppError('OFFERFEEST.NOT_FOUND', 'no such payment batch');
  return batch;
}

/** The pain.001 file as exported; it names claimants and accounts, so the download is audited. */
export async function paymentBatchXml(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<{ messageId: string; xml: string }> {
  requirePermission(ctx, PERMISSION);
  const batch = await loadBatch(db, id);
  await recordAudit(db, ctx, { action: 'offerfeest.batch.downloaded', entity: ENTITY, entityId: id });
  return { messageId: batch.messageId, xml: batch.xml };
}

/** `POST /offerfeest/payment-batches/{id}/paid`: the batch's claims become paid, each claimant is told. */
export async function markBatchPaid(
  deps: Pick<ClaimDeps, 'db' | 'mail' | 'baseUrl'>,
  ctx: RequestContext,
  id: string,
): Promise<PaymentBatch> {
  requirePermission(ctx, PERMISSION);
  const batch = await loadBatch(deps.db, id);
  const edition = await loadEdition(deps.db, batch.editionId);
  return deps.db.transaction(async (tx) => {
    const claims = await lockUnpaidBatchClaims(tx, id);
    if (claims.length === 0)
      throw new AppError('OFFERFEEST.TRANSITION_NOT_ALLOWED', 'the batch is paid already');
    const paidAt = new Date();
    await markClaimsPaid(
      tx,
      claims.map((claim) => claim.id),
      paidAt,
    );
    await recordAudit(tx, ctx, {
      action: 'offerfeest.batch.paid',
      entity: ENTITY,
      entityId: id,
      after: { count: claims.length, paidAt },
    });
    for (const claim of claims) {
      if (!claim.email || !claim.name) continue;
      await deps.mail.sendTemplate(tx, ctx, claimPaidMail, {
        to: claim.email,
        locale: claim.language,
        data: {
          name: claim.name,
          reference: claim.reference,
          statusUrl: claimStatusUrl(deps.baseUrl),
          amountCents: claim.approvedCents ?? 0,
          remittance: remittanceFor(edition.year, claim.reference),
        },
      });
    }
    return toBatch(batch);
  });
}
