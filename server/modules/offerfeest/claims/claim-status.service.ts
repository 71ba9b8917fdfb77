import type { z } from 'zod';
import { ClaimStatusSchema, PublicClaimSchema } from '../../../../contracts/offerfeest.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/index.ts';
import { hashOfClaimCode } from './claim-code.ts';
import { selectClaimByCodeHash } from './claims.repository.ts';

export { PublicClaimSchema };
export type PublicClaim = z.infer<typeof PublicClaimSchema>;

/** `GET /public/offerfeest/claims/{code}`; an unknown or malformed code: 404 OFFERFEEST.NOT_FOUND. */
export async function publicClaimStatus(db: Db, code: string): Promise<PublicClaim> {
  const hash = hashOfClaimCode(code);
  const claim = hash ? await selectClaimByCodeHash(db, hash) : undefined;
  if (!claim) throw new AppError('OFFERFEEST.NOT_FOUND');
  return {
    reference: claim.reference,
    status: ClaimStatusSchema.parse(claim.status),
    approvedCents: claim.approvedCents,
    paidAt: claim.paidAt?.toISOString() ?? null,
  };
}
