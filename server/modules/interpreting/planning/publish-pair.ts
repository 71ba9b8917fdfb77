import type { RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import { assignInterpreter, sendOfferRound } from '../dispatch/index-internal.ts';
import type { PublishOne } from './day-plan.service.ts';

/**
 * Books one planned pair through dispatch, in its own transaction: the full rules (exact travel,
 * hours, bans, certification) are checked again there, and a refusal is reported, not thrown.
 */
export function publisherFor(
  platform: Platform,
  ctx: RequestContext,
  as: 'assignments' | 'offers',
): PublishOne {
  const { db } = platform.database;
  return async (requestId, interpreterId) => {
    try {
      if (as === 'assignments') {
        await db.transaction((tx) =>
          assignInterpreter(tx, platform, ctx, { requestId, interpreterId, source: 'plan' }),
        );
        return { outcome: 'assigned', detail: null };
      }
      await db.transaction((tx) =>
        sendOfferRound(tx, platform, ctx, {
          requestId,
          target: { interpreterIds: [interpreterId] },
          automatic: false,
        }),
      );
      return { outcome: 'offered', detail: null };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { outcome: 'refused', detail: error.detail ? `${error.code}: ${error.detail}` : error.code };
    }
  };
}
