import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';

/** STUB — claims (with invoices) on last year's reimbursement edition, one batch paid. Runs after seedOfferfeestDemo. */
export async function seedClaimsDemo(
  _db: Db,
  _ctx: RequestContext,
  _files: FileService,
): Promise<Record<string, number>> {
  return {};
}
