import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { type Candidate, type MatchOutcome, type MatchParams, matchInterpreters } from '../matching.ts';
import { requireOpenRequest } from './assign.service.ts';
import { matchParamsOn, offerParamsOn } from './dispatch-params.ts';
import { loadMatchInputFor, type RequestRow } from './matching.repository.ts';
import {
  insertOffers,
  markRequestOffered,
  type OfferRow,
  offeredInterpreterIds,
  setRequestStatus,
} from './offers.repository.ts';
import { failuresOf, notEligible } from './ranking.service.ts';

export type OfferRoundInput = {
  requestId: string;
  /** Named interpreters (each must be eligible), or the top N candidates not offered before. */
  target: { interpreterIds: readonly string[] } | { top: number };
  /** Automatic rounds answer null when nobody is left; a dispatcher gets NO_CANDIDATES. */
  automatic: boolean;
  now?: Date;
};

export type OfferRound = { round: number; offers: OfferRow[] };

async function chooseNamed(
  tx: Db,
  row: RequestRow,
  outcome: MatchOutcome,
  ids: readonly string[],
  params: MatchParams,
): Promise<Candidate[]> {
  const chosen: Candidate[] = [];
  for (const id of new Set(ids)) {
    const candidate = outcome.candidates.find((c) => c.interpreterId === id);
    if (candidate) {
      chosen.push(candidate);
      continue;
    }
    const known = outcome.ineligible.find((i) => i.interpreterId === id);
    throw notEligible(known?.failures ?? (await failuresOf(tx, row, id, params)));
  }
  return chosen;
}

/**
 * One offer round for a request, in the caller's transaction: rank, pick, insert the offers with
 * their score breakdown, request → 'offered' with the round number, audit and mail each offer.
 */
export async function sendOfferRound(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  input: OfferRoundInput,
): Promise<OfferRound | null> {
  const now = input.now ?? new Date();
  const row = await requireOpenRequest(tx, input.requestId);
  const params = await matchParamsOn(tx, row.startsAt);
  const outcome = matchInterpreters(await loadMatchInputFor(tx, row, { kind: 'speakers' }), params);
  const earlier = await offeredInterpreterIds(tx, row.id);
  // A named interpreter who still holds an open offer for this request is not offered it twice.
  const chosen =
    'top' in input.target
      ? outcome.candidates.filter((c) => !earlier.ever.has(c.interpreterId)).slice(0, input.target.top)
      : (await chooseNamed(tx, row, outcome, input.target.interpreterIds, params)).filter(
          (c) => !earlier.open.has(c.interpreterId),
        );
  if (chosen.length === 0) {
    if (input.automatic) return null;
    throw new AppError('INTERPRETING.NO_CANDIDATES');
  }
  const rules = await offerParamsOn(tx, now);
  const round = row.offerRound + 1;
  const expiresAt = new Date(now.getTime() + rules.expiryMinutes * 60_000);
  const offers = await insertOffers(
    tx,
    chosen.map((c) => ({
      requestId: row.id,
      interpreterId: c.interpreterId,
      round,
      expiresAt,
      score: c.score,
      breakdown: c.breakdown,
      sentBy: ctx.actor?.id ?? null,
    })),
  );
  await markRequestOffered(tx, row.id, round);
  for (const offer of offers) {
    await recordAudit(tx, ctx, offerAudit('interpreting.offer.sent', offer, { automatic: input.automatic }));
    await notifyInterpreting(tx, platform, ctx, { kind: 'offer_sent', offerId: offer.id });
  }
  return { round, offers };
}

export function offerAudit(action: string, offer: OfferRow, extra: Record<string, unknown> = {}) {
  return {
    action,
    entity: 'interpreting_offer',
    entityId: offer.id,
    after: {
      requestId: offer.requestId,
      interpreterId: offer.interpreterId,
      round: offer.round,
      status: offer.status,
      expiresAt: offer.expiresAt,
      score: offer.score,
      breakdown: offer.breakdown,
      ...extra,
    },
  };
}

/**
 * A round ran out (all offers expired or declined) with nobody assigned: the next tier, or, after
 * the last round or with nobody left, 'unfilled' and the requester told. With automatic offers off
 * the request goes back to the dispatcher ('submitted').
 */
export async function escalate(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  row: RequestRow,
  now: Date,
): Promise<'next_round' | 'unfilled' | 'to_dispatcher'> {
  const rules = await offerParamsOn(tx, now);
  if (!rules.automatic || !row.autoOffers) {
    await setRequestStatus(tx, row.id, 'offered', 'submitted');
    await recordAudit(tx, ctx, requestAudit('interpreting.request.offers_exhausted', row, 'submitted'));
    return 'to_dispatcher';
  }
  if (row.offerRound < rules.maxRounds) {
    const round = await sendOfferRound(tx, platform, ctx, {
      requestId: row.id,
      target: { top: rules.roundSize },
      automatic: true,
      now,
    });
    if (round) {
      await recordAudit(tx, ctx, requestAudit('interpreting.request.escalated', row, 'offered', round.round));
      return 'next_round';
    }
  }
  await setRequestStatus(tx, row.id, 'offered', 'unfilled');
  await recordAudit(tx, ctx, requestAudit('interpreting.request.unfilled', row, 'unfilled'));
  await notifyInterpreting(tx, platform, ctx, { kind: 'request_unfilled', requestId: row.id });
  return 'unfilled';
}

function requestAudit(action: string, row: RequestRow, status: string, round = row.offerRound) {
  return {
    action,
    entity: 'interpreting_request',
    entityId: row.id,
    before: { status: row.status, offerRound: row.offerRound },
    after: { status, offerRound: round },
  };
}
