import type { Readable } from 'node:stream';
import type { z } from 'zod';
import {
  type Claim,
  ClaimStatusSchema,
  OfferfeestLanguageSchema,
  type ReviewClaimSchema,
  SpeciesSchema,
} from '../../../../contracts/offerfeest.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { StoredFile } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/index.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import { claimApprovedMail, claimRejectedMail, claimStatusUrl } from './claims.mail.ts';
import {
  type ClaimRow,
  type EditionRow,
  selectClaim,
  selectClaims,
  updateClaimIf,
} from './claims.repository.ts';
import { type ClaimDeps, loadEdition } from './claims-deps.ts';
import { maskIban } from './sepa-text.ts';

type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
export type ReviewClaim = z.infer<typeof ReviewClaimSchema>;
const PERMISSION = 'offerfeest.manage';
const ENTITY = 'offerfeest_claim';

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    email: row.email,
    language: OfferfeestLanguageSchema.parse(row.language),
    ibanMasked: maskIban(row.iban),
    slaughterhouse: row.slaughterhouse,
    invoiceDate: row.invoiceDate,
    species: SpeciesSchema.parse(row.species),
    animals: row.animals,
    invoiceCents: row.invoiceCents,
    approvedCents: row.approvedCents,
    status: ClaimStatusSchema.parse(row.status),
    rejectionReason: row.rejectionReason,
    hasInvoice: row.invoiceFileId !== null,
    batchId: row.batchId,
    createdAt: row.createdAt.toISOString(),
  };
}

async function loadClaim(db: Db, id: string): Promise<ClaimRow> {
  const claim = await selectClaim(db, id);
  if (!claim) throw new AppError('OFFERFEEST.NOT_FOUND');
  return claim;
}

/** The staff list of an edition's claims; the read of the list is audited once. */
export async function listClaims(db: Db, ctx: RequestContext, editionId: string, status?: ClaimStatus) {
  requirePermission(ctx, PERMISSION);
  await loadEdition(db, editionId);
  const rows = await selectClaims(db, editionId, status);
  await recordAudit(db, ctx, {
    action: 'offerfeest.claims.listed',
    entity: 'offerfeest_edition',
    entityId: editionId,
    after: { status: status ?? null, count: rows.length },
  });
  return rows.map(toClaim);
}

export async function getClaim(db: Db, ctx: RequestContext, id: string): Promise<Claim> {
  requirePermission(ctx, PERMISSION);
  const claim = await loadClaim(db, id);
  await recordAudit(db, ctx, { action: 'offerfeest.claim.read', entity: ENTITY, entityId: id });
  return toClaim(claim);
}

/** The invoice file of a claim (404 once anonymised), its read audited. */
export async function claimInvoice(
  deps: Pick<ClaimDeps, 'db' | 'files'>,
  ctx: RequestContext,
  id: string,
): Promise<{ file: StoredFile; content: Readable }> {
  requirePermission(ctx, PERMISSION);
  const claim = await loadClaim(deps.db, id);
  if (!claim.invoiceFileId) throw new AppError('OFFERFEEST.NOT_FOUND', 'the invoice is no longer kept');
  const file = await deps.files.findFile(deps.db, claim.invoiceFileId);
  await recordAudit(deps.db, ctx, {
    action: 'offerfeest.claim.invoice.read',
    entity: ENTITY,
    entityId: id,
    after: { fileId: file.id },
  });
  return { file, content: await deps.files.openContent(file) };
}

type Step = { from: readonly ClaimStatus[]; set: Partial<ClaimRow> & { status: ClaimStatus } };

/** What a decision does; the claim's amount when approving without one. */
function stepFor(decision: ReviewClaim, claim: ClaimRow, edition: EditionRow): Step {
  if (decision.decision === 'start_review') return { from: ['submitted'], set: { status: 'in_review' } };
  if (decision.decision === 'reject') {
    // An approved claim may still be rejected until it is in a payment batch.
    const from: ClaimStatus[] = claim.batchId
      ? ['submitted', 'in_review']
      : ['submitted', 'in_review', 'approved'];
    return { from, set: { status: 'rejected', rejectionReason: decision.reason, approvedCents: null } };
  }
  const cap = edition.reimbursementCents > 0 ? edition.reimbursementCents : claim.invoiceCents;
  const approvedCents = decision.approvedCents ?? Math.min(claim.invoiceCents, cap);
  if (approvedCents > claim.invoiceCents) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'more than the invoice', {
      fieldErrors: [{ path: 'approvedCents', message: `at most the invoice amount (${claim.invoiceCents})` }],
    });
  }
  return {
    from: ['submitted', 'in_review'],
    set: { status: 'approved', approvedCents, rejectionReason: null },
  };
}

/** `POST /offerfeest/claims/{id}/review`: a compare-and-set on the status and version read. */
export async function reviewClaim(
  deps: Pick<ClaimDeps, 'db' | 'mail' | 'baseUrl'>,
  ctx: RequestContext,
  id: string,
  decision: ReviewClaim,
): Promise<Claim> {
  const actor = requirePermission(ctx, PERMISSION);
  const claim = await loadClaim(deps.db, id);
  const edition = await loadEdition(deps.db, claim.editionId);
  const step = stepFor(decision, claim, edition);
  const status = ClaimStatusSchema.parse(claim.status);
  if (!step.from.includes(status) || claim.anonymisedAt)
    throw new AppError('OFFERFEEST.TRANSITION_NOT_ALLOWED');
  return deps.db.transaction(async (tx) => {
    const updated = await updateClaimIf(
      tx,
      { id, version: claim.version, statuses: step.from },
      { ...step.set, reviewedBy: actor.id, reviewedAt: new Date() },
    );
    if (!updated) throw new AppError('OFFERFEEST.TRANSITION_NOT_ALLOWED', 'the claim changed meanwhile');
    await recordAudit(tx, ctx, {
      action: 'offerfeest.claim.reviewed',
      entity: ENTITY,
      entityId: id,
      before: { status, approvedCents: claim.approvedCents },
      after: { status: updated.status, approvedCents: updated.approvedCents },
    });
    await mailDecision(deps, tx, ctx, updated);
    return toClaim(updated);
  });
}

async function mailDecision(
  deps: Pick<ClaimDeps, 'mail' | 'baseUrl'>,
  tx: Db,
  ctx: RequestContext,
  claim: ClaimRow,
) {
  if (!claim.email || !claim.name) return;
  const base = { name: claim.name, reference: claim.reference, statusUrl: claimStatusUrl(deps.baseUrl) };
  const message = { to: claim.email, locale: claim.language };
  if (claim.status === 'approved') {
    await deps.mail.sendTemplate(tx, ctx, claimApprovedMail, {
      ...message,
      data: { ...base, amountCents: claim.approvedCents ?? 0 },
    });
  } else if (claim.status === 'rejected') {
    await deps.mail.sendTemplate(tx, ctx, claimRejectedMail, {
      ...message,
      data: { ...base, reason: claim.rejectionReason ?? '' },
    });
  }
}
