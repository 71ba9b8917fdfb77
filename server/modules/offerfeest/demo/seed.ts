import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';

/** STUB — the current edition (slots) and last year's (reimbursement), with registrations. */
export async function seedOfferfeestDemo(
  _db: Db,
  _ctx: RequestContext,
  _files: FileService,
): Promise<Record<string, number>> {
  return {};
}
