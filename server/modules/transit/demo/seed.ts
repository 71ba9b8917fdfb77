import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileService } from '../../../platform/files/index.ts';

/** STUB — a season of stays on the transit site. */
export async function seedTransitDemo(
  _db: Db,
  _ctx: RequestContext,
  _files: FileService,
): Promise<Record<string, number>> {
  return {};
}
