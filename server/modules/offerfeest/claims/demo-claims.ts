import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';
import type { DemoTools } from '../../../platform/module.ts';
import { renderPdf } from '../../../platform/pdf/index.ts';
import { syntheticNationalRegisterNumber } from '../demo/synthetic-nrn.ts';
import { nrnPseudonym } from '../national-register-number.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import { newClaimCode } from './claim-code.ts';
import {
  assignBatch,
  type ClaimRow,
  type EditionRow,
  insertBatch,
  insertClaim,
  markClaimsPaid,
  nextReferenceNumber,
  selectEditionByYear,
} from './claims.repository.ts';
import { INVOICE_TYPES } from './claims-deps.ts';
import { DEMO_DEBTOR } from './debtor-param.ts';
import { buildPain001, totals } from './pain001.ts';
import { creationTime, transferOf } from './payment-batch.service.ts';

/** Synthetic claimants; the Arabic-script ones give their account holder in Latin letters. */
const PEOPLE = [
  ['Amina El Idrissi', null, 'nl'],
  ['Yusuf Yıldız', null, 'tr'],
  ['محمد بن علي', 'Mohamed Ben Ali', 'ar'],
  ['Fatima Zahra Amrani', null, 'fr'],
  ['Ayşe Kaya', null, 'tr'],
  ['Ivan Petrov', null, 'bg'],
  ['خديجة الحسني', 'Khadija El Hasnaoui', 'ar'],
  ['Omar Benali', null, 'nl'],
  ['Emine Demir', null, 'tr'],
  ['Hassan Ouali', null, 'en'],
] as const;
const IBANS = ['BE68539007547034', 'BE71096123456769', 'BE26091000000029'] as const;
const SLAUGHTERHOUSES = ['Slachthuis Gent', 'Slachthuis Eeklo', 'Slachthuis Zele'] as const;
/** 30 claims: 6 submitted, 5 in review, 3 rejected, 10 paid in one batch, 6 approved awaiting a batch. */
const STATUSES = [
  ...Array<string>(6).fill('submitted'),
  ...Array<string>(5).fill('in_review'),
  ...Array<string>(3).fill('rejected'),
  ...Array<string>(10).fill('paid'),
  ...Array<string>(6).fill('approved'),
];

async function invoicePdf(slaughterhouse: string, reference: string, cents: number, day: string) {
  return renderPdf({
    content: [
      { text: slaughterhouse, fontSize: 16 },
      { text: `Factuur bij ${reference} — ${day}` },
      { text: `Slachting 1 schaap: € ${(cents / 100).toFixed(2)}` },
    ],
  });
}

/** A distinct synthetic national register number per demo claimant (kept only as its pseudonym, below). */
export function demoClaimNrn(index: number): string {
  const born = `19${60 + index}-${String(1 + (index % 12)).padStart(2, '0')}-${String(10 + (index % 18))}`;
  return syntheticNationalRegisterNumber(born, 2 * index + 1);
}

/** Checked and pseudonymised exactly as a submitted claim's number. */
async function demoPseudonym(tools: DemoTools, index: number): Promise<string> {
  const kept = await nrnPseudonym(tools.pseudonymise, demoClaimNrn(index));
  if (!kept) throw new Error(`demo: synthetic national register number of claim ${index} is not valid`);
  return kept;
}

async function demoClaim(
  db: Db,
  ctx: RequestContext,
  files: FileService,
  nrnPseudonym: string,
  edition: EditionRow,
  index: number,
) {
  const [name, holder, language] = PEOPLE[index % PEOPLE.length] ?? PEOPLE[0];
  const status = STATUSES[index] ?? 'submitted';
  const reference = `OFC-${edition.year}-${String(await nextReferenceNumber(db)).padStart(4, '0')}`;
  const slaughterhouse = SLAUGHTERHOUSES[index % SLAUGHTERHOUSES.length] ?? SLAUGHTERHOUSES[0];
  const invoiceCents = 11_000 + (index % 7) * 1_500;
  const bytes = await invoicePdf(slaughterhouse, reference, invoiceCents, edition.feastStart);
  const file = await files.storeUpload(db, ctx, {
    bytes,
    originalName: `factuur-${reference}.pdf`,
    allowed: INVOICE_TYPES,
  });
  const approved = status === 'approved' || status === 'paid';
  return insertClaim(db, {
    editionId: edition.id,
    reference,
    codeHash: newClaimCode().hash,
    name,
    address: `Dampoortstraat ${index + 1}`,
    postcode: index % 2 ? '9040' : '9000',
    email: `claimant${index + 1}@example.test`,
    language,
    nrnPseudonym,
    iban: IBANS[index % IBANS.length] ?? IBANS[0],
    accountHolder: holder,
    invoiceFileId: file.id,
    slaughterhouse,
    invoiceDate: edition.feastStart,
    species: 'sheep',
    animals: 1,
    invoiceCents,
    approvedCents: approved ? Math.min(invoiceCents, edition.reimbursementCents || invoiceCents) : null,
    status: status === 'paid' ? 'approved' : status,
    rejectionReason: status === 'rejected' ? 'De factuur vermeldt geen erkend slachthuis.' : null,
  });
}

async function demoBatch(db: Db, ctx: RequestContext, edition: EditionRow, claims: readonly ClaimRow[]) {
  const now = new Date();
  const messageId = `OFF-${edition.year}-DEMO-${randomUUID().slice(0, 8).toUpperCase()}`;
  const transfers = claims.map((claim) => transferOf(claim, edition.year));
  const executionDate = edition.feastEnd;
  const xml = buildPain001({
    messageId,
    paymentInfoId: `${messageId}-1`,
    createdAt: creationTime(now),
    executionDate,
    initiatingParty: DEMO_DEBTOR.name,
    debtor: DEMO_DEBTOR,
    transfers,
  });
  const { count, totalCents } = totals(transfers);
  const batch = await insertBatch(db, {
    editionId: edition.id,
    messageId,
    executionDate,
    count,
    totalCents,
    xml,
  });
  await assignBatch(
    db,
    batch.id,
    claims.map((claim) => claim.id),
  );
  await markClaimsPaid(
    db,
    claims.map((claim) => claim.id),
    now,
  );
  await recordAudit(db, ctx, {
    action: 'offerfeest.batch.created',
    entity: 'offerfeest_payment_batch',
    entityId: batch.id,
    after: { count, totalCents, demo: true },
  });
}

/**
 * Claims (with small generated PDF invoices) on the 2026 reimbursement edition: every status, one
 * batch exported and paid, six approved claims left for staff to batch. Runs after the editions'
 * seed; idempotent (an edition that has claims is left alone).
 */
export async function seedClaimsDemo(
  db: Db,
  ctx: RequestContext,
  files: FileService,
  tools: DemoTools,
): Promise<Record<string, number>> {
  const edition = await selectEditionByYear(db, 2026);
  if (edition?.regime !== 'reimbursement') return {};
  const existing = await db
    .select({ id: offerfeestClaims.id })
    .from(offerfeestClaims)
    .where(eq(offerfeestClaims.editionId, edition.id))
    .limit(1);
  if (existing.length > 0) return {};
  // Before the transaction: the pseudonymiser reads its key through the platform's connection,
  // which on PGlite (one connection) would wait for this transaction to end.
  const pseudonyms: string[] = [];
  for (let index = 0; index < STATUSES.length; index++) pseudonyms.push(await demoPseudonym(tools, index));
  return db.transaction(async (tx) => {
    const claims: ClaimRow[] = [];
    for (let index = 0; index < STATUSES.length; index++)
      claims.push(await demoClaim(tx, ctx, files, pseudonyms[index] ?? '', edition, index));
    const toPay = claims.filter((_, index) => STATUSES[index] === 'paid');
    await demoBatch(tx, ctx, edition, toPay);
    return { offerfeestClaims: claims.length, offerfeestPaymentBatches: 1 };
  });
}
