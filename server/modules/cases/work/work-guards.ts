import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { isCaseWorker } from './work.repository.ts';

/** The signed-in actor of a request that already passed `openCaseForWork` (which requires one). */
export function actorOf(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError('COMMON.UNAUTHENTICATED');
  return ctx.actor;
}

/** A user named as assignee or counsellor must be an active case worker. */
export async function requireCaseWorker(
  db: Db,
  userId: string | null | undefined,
  path: string,
): Promise<void> {
  if (!userId) return;
  if (!(await isCaseWorker(db, userId))) {
    throw new AppError('CASE_WORK.UNKNOWN_USER', undefined, {
      fieldErrors: [{ path, message: 'not an active case worker' }],
    });
  }
}
