import { recordAudit } from '../../../platform/audit/index.ts';
import { type RequestContext, systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { INTERPRETING_JOBS } from '../job-names.ts';
import { activeAssignmentOf, lockRequest } from './assignments.repository.ts';
import { offerParamsOn } from './dispatch-params.ts';
import { escalate, offerAudit, sendOfferRound } from './offer-round.ts';
import { expireDueOffers, hasOpenOffer, requestsToSettle } from './offers.repository.ts';

/** Offer expiry, escalation to the next tier, and the first automatic round of a new request. */

/** The job names this file handles. */
export const OFFER_JOB_NAMES = {
  autoOffer: INTERPRETING_JOBS.autoOffer,
  expireOffers: INTERPRETING_JOBS.expireOffers,
} as const;

export type SettleOutcome = 'next_round' | 'unfilled' | 'to_dispatcher' | 'waiting';
export type ExpiryReport = { expired: number; requests: Record<string, SettleOutcome> };

async function settleRequest(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  requestId: string,
  now: Date,
): Promise<{ expired: number; outcome: SettleOutcome }> {
  // Lock order as everywhere: the request first, then its offers.
  const row = await lockRequest(tx, requestId);
  if (!row) return { expired: 0, outcome: 'waiting' };
  const expired = await expireDueOffers(tx, requestId, now);
  for (const offer of expired) await recordAudit(tx, ctx, offerAudit('interpreting.offer.expired', offer));
  const idle =
    row.status === 'offered' &&
    !(await hasOpenOffer(tx, requestId)) &&
    !(await activeAssignmentOf(tx, requestId));
  const outcome = idle ? await escalate(tx, platform, ctx, row, now) : 'waiting';
  return { expired: expired.length, outcome };
}

/**
 * Expires the open offers whose time is up and moves every request whose round ran out on. Each
 * request in its own transaction, so one failure does not hold up the others; idempotent.
 */
export async function expireOffersAndEscalate(
  platform: Platform,
  now: Date = new Date(),
): Promise<ExpiryReport> {
  const { db } = platform.database;
  const ctx = systemContext('interpreting.offers');
  const report: ExpiryReport = { expired: 0, requests: {} };
  for (const requestId of await requestsToSettle(db, now)) {
    const result = await db.transaction((tx) => settleRequest(tx, platform, ctx, requestId, now));
    report.expired += result.expired;
    report.requests[requestId] = result.outcome;
  }
  return report;
}

/**
 * The first automatic round of a new request, when automatic offers are on (the rule and the
 * request's switch) and nobody has sent a round yet. Answers how many offers went out.
 */
export async function sendAutomaticOffers(
  platform: Platform,
  requestId: string,
  now: Date = new Date(),
): Promise<number> {
  const rules = await offerParamsOn(platform.database.db, now);
  if (!rules.automatic) return 0;
  const ctx = systemContext('interpreting.auto-offer');
  return platform.database.db.transaction(async (tx) => {
    const row = await lockRequest(tx, requestId);
    if (!row?.autoOffers || row.status !== 'submitted' || row.offerRound > 0) return 0;
    if (await activeAssignmentOf(tx, requestId)) return 0;
    const round = await sendOfferRound(tx, platform, ctx, {
      requestId,
      target: { top: rules.roundSize },
      automatic: true,
      now,
    });
    if (!round) {
      await recordAudit(tx, ctx, {
        action: 'interpreting.request.no_candidates',
        entity: 'interpreting_request',
        entityId: requestId,
        after: { status: row.status },
      });
    }
    return round?.offers.length ?? 0;
  });
}

export async function registerOfferJobs(platform: Platform): Promise<void> {
  await platform.jobs.register<{ requestId?: string }>(
    OFFER_JOB_NAMES.autoOffer,
    async (data) => {
      if (typeof data.requestId === 'string') await sendAutomaticOffers(platform, data.requestId);
    },
    { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true },
  );
  await platform.jobs.register(
    OFFER_JOB_NAMES.expireOffers,
    async () => {
      await expireOffersAndEscalate(platform);
    },
    { policy: 'singleton', retryLimit: 1 },
  );
  await platform.jobs.schedule(OFFER_JOB_NAMES.expireOffers, '* * * * *');
}
