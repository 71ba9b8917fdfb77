import { sql } from 'drizzle-orm';
import type { OfferOut, SendOffersBody } from '../../../../contracts/interpreting-dispatch.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError, isAppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor, requirePermission } from '../../../platform/identity/policy.ts';
import { rowScope } from '../../../platform/identity/scoping.ts';
import type { Platform } from '../../../platform/platform.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { bookInterpreter, isSlotTaken } from './assign.service.ts';
import {
  type AssignmentRow,
  activeAssignmentOf,
  lockRequest,
  markRequestAssigned,
} from './assignments.repository.ts';
import { matchParamsOn } from './dispatch-params.ts';
import { offerAudit, sendOfferRound } from './offer-round.ts';
import {
  acceptIfOpen,
  closeOpenOffers,
  declineIfOpen,
  findOfferListRow,
  findOfferWithOwner,
  listOffers,
  type OfferRow,
  type OfferWithOwner,
  offerOwnerColumn,
  setAutoOffers,
} from './offers.repository.ts';
import { toOfferOut } from './shape.ts';

/** The interpreter's own offer, or 404 (someone else's offer does not exist for her). */
async function ownOffer(db: Db, actor: Actor, offerId: string): Promise<OfferWithOwner> {
  const offer = await findOfferWithOwner(db, offerId);
  if (!offer || offer.ownerUserId === null || offer.ownerUserId !== actor.id) {
    throw new AppError('INTERPRETING.OFFER_NOT_FOUND');
  }
  return offer;
}

/** Why a compare-and-set found nothing to change, read again inside the transaction. */
async function refusal(tx: Db, offerId: string): Promise<AppError> {
  const offer = await findOfferWithOwner(tx, offerId);
  if (!offer) return new AppError('INTERPRETING.OFFER_NOT_FOUND');
  const taken = await activeAssignmentOf(tx, offer.requestId);
  if (offer.status === 'filled' || offer.status === 'withdrawn' || taken) {
    return new AppError('INTERPRETING.OFFER_FILLED');
  }
  if (offer.status === 'expired' || (offer.status === 'open' && offer.expiresAt.getTime() <= Date.now())) {
    return new AppError('INTERPRETING.OFFER_EXPIRED');
  }
  return new AppError('INTERPRETING.INVALID_STATUS', `the offer is ${offer.status}`);
}

export type Accepted = { offer: OfferOut; assignment: AssignmentRow };

/**
 * First to accept wins, in one transaction: request lock → compare-and-set on the offer →
 * interpreter lock and full re-check → assignment (the exclusion constraint as the backstop) →
 * the other open offers 'filled' → request 'assigned'.
 */
async function acceptInTransaction(tx: Db, platform: Platform, ctx: RequestContext, offerId: string) {
  const actor = requireActor(ctx);
  const mine = await ownOffer(tx, actor, offerId);
  const row = await lockRequest(tx, mine.requestId);
  if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
  const offer = await acceptIfOpen(tx, offerId);
  if (!offer) throw await refusal(tx, offerId);
  const params = await matchParamsOn(tx, row.startsAt);
  const assignment = await bookInterpreter(tx, row, offer.interpreterId, params, {
    score: offer.score,
    breakdown: offer.breakdown,
    source: 'offer',
    decidedBy: actor.id,
  });
  await markRequestAssigned(tx, row.id);
  const filled = await closeOpenOffers(tx, row.id, 'filled');
  await recordAudit(
    tx,
    ctx,
    offerAudit('interpreting.offer.accepted', offer, { assignmentId: assignment.id }),
  );
  for (const other of filled) {
    await recordAudit(tx, ctx, offerAudit('interpreting.offer.filled', other, { by: offer.id }));
    await notifyInterpreting(tx, platform, ctx, { kind: 'offer_filled', offerId: other.id });
  }
  await notifyInterpreting(tx, platform, ctx, {
    kind: 'request_confirmed',
    requestId: row.id,
    assignmentId: assignment.id,
  });
  return { offer, assignment };
}

export async function acceptOffer(
  platform: Platform,
  ctx: RequestContext,
  offerId: string,
): Promise<Accepted> {
  requirePermission(ctx, 'interpreting.work');
  const { db } = platform.database;
  try {
    const { assignment } = await db.transaction((tx) => acceptInTransaction(tx, platform, ctx, offerId));
    const row = await findOfferListRow(db, offerId);
    if (!row) throw new AppError('INTERPRETING.OFFER_NOT_FOUND');
    return { offer: toOfferOut(row), assignment };
  } catch (error) {
    if (!isAppError(error) && isSlotTaken(error)) throw new AppError('INTERPRETING.SLOT_TAKEN');
    throw error;
  }
}

export async function declineOffer(
  platform: Platform,
  ctx: RequestContext,
  offerId: string,
  reason: string | undefined,
): Promise<OfferOut> {
  const actor = requirePermission(ctx, 'interpreting.work');
  const { db } = platform.database;
  await db.transaction(async (tx) => {
    const mine = await ownOffer(tx, actor, offerId);
    await lockRequest(tx, mine.requestId);
    const offer = await declineIfOpen(tx, offerId);
    if (!offer) throw await refusal(tx, offerId);
    await recordAudit(tx, ctx, offerAudit('interpreting.offer.declined', offer, { reason: reason ?? null }));
  });
  const row = await findOfferListRow(db, offerId);
  if (!row) throw new AppError('INTERPRETING.OFFER_NOT_FOUND');
  return toOfferOut(row);
}

/** An interpreter sees her own offers; a dispatcher every offer, optionally of one request. */
export async function listOffersFor(
  platform: Platform,
  ctx: RequestContext,
  filter: { status?: string | undefined; requestId?: string | undefined },
): Promise<OfferOut[]> {
  const actor = requireActor(ctx);
  const dispatcher = hasPermission(actor.roles, 'interpreting.dispatch');
  if (!dispatcher) requirePermission(ctx, 'interpreting.work');
  const scope = dispatcher ? sql`true` : rowScope(actor, { assigneeUserId: offerOwnerColumn });
  const rows = await listOffers(platform.database.db, filter, scope);
  return rows.map(toOfferOut);
}

export async function sendOffers(
  platform: Platform,
  ctx: RequestContext,
  requestId: string,
  body: SendOffersBody,
): Promise<{ round: number; offers: OfferOut[] }> {
  requirePermission(ctx, 'interpreting.dispatch');
  const { db } = platform.database;
  const round = await db.transaction((tx) =>
    sendOfferRound(tx, platform, ctx, { requestId, target: body, automatic: false }),
  );
  if (!round) throw new AppError('INTERPRETING.NO_CANDIDATES');
  const shaped = await Promise.all(round.offers.map((o: OfferRow) => findOfferListRow(db, o.id)));
  return { round: round.round, offers: shaped.flatMap((r) => (r ? [toOfferOut(r)] : [])) };
}

export async function switchAutoOffers(
  platform: Platform,
  ctx: RequestContext,
  requestId: string,
  enabled: boolean,
): Promise<{ id: string; autoOffers: boolean }> {
  requirePermission(ctx, 'interpreting.dispatch');
  await platform.database.db.transaction(async (tx) => {
    const before = await setAutoOffers(tx, requestId, enabled);
    if (before === null) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
    await recordAudit(tx, ctx, {
      action: 'interpreting.request.auto_offers',
      entity: 'interpreting_request',
      entityId: requestId,
      before: { autoOffers: before },
      after: { autoOffers: enabled },
    });
  });
  return { id: requestId, autoOffers: enabled };
}
