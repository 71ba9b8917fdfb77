import type { SeriesScope } from '../../../../contracts/interpreting.ts';
import type {
  CancelInterpretingRequest,
  CancellationKind,
  InterpretingRequestView,
  VoidInterpretingRequest,
} from '../../../../contracts/interpreting-requests.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { occurrencesInScope } from '../series.ts';
import type { WorkingDayDeadlineRule } from '../working-days.ts';
import { classifyCancellation } from './cancellation-policy.ts';
import { isOpenStatus, releaseInterpreters, statusMoved, toSeriesItem } from './request-effects.ts';
import { loadCancellationRule } from './request-params.ts';
import { toOneView, viewerOf } from './request-view.ts';
import {
  hasInvoicedCharge,
  lockSeriesRequests,
  lockVisibleRequest,
  type RequestRow,
  setCancellationWaived,
  setUninvoicedChargesWaived,
  updateRequest,
} from './requests.repository.ts';

export type Cancellation = {
  kind: 'cancel' | 'void';
  reason: string | null;
  interpreterOnTheWay: boolean;
  rule: WorkingDayDeadlineRule;
  now: Date;
  actor: Actor;
};

/**
 * The requests a cancellation applies to. "This" may name a session that has begun (a cancellation
 * at 09:05 for 09:00 is still a late cancellation); the wider scopes take open, future ones only.
 */
async function inScope(tx: Db, target: RequestRow, scope: SeriesScope, now: Date): Promise<RequestRow[]> {
  if (!target.seriesId || scope === 'this') return [target];
  const rows = await lockSeriesRequests(tx, target.seriesId);
  const items = rows.map(toSeriesItem);
  const targetItem = items.find((item) => item.id === target.id);
  const ids = targetItem ? occurrencesInScope(items, targetItem, scope, now) : [];
  return rows.filter((row) => ids.includes(row.id));
}

async function cancelOne(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  row: RequestRow,
  how: Cancellation,
) {
  const kind: CancellationKind =
    how.kind === 'void' ? 'void' : classifyCancellation(how.now, row.startsAt, how.rule).kind;
  await releaseInterpreters(tx, ctx, row.id);
  const updated =
    (await updateRequest(tx, row.id, row.status, {
      status: 'cancelled',
      cancelledAt: how.now,
      cancelledBy: how.actor.id,
      cancellationKind: kind,
      cancellationReason: how.reason,
      cancellationWaived: false,
      interpreterOnTheWay: how.interpreterOnTheWay,
    })) ?? statusMoved(row);
  await recordAudit(tx, ctx, {
    action: how.kind === 'void' ? 'interpreting_request.voided' : 'interpreting_request.cancelled',
    entity: 'interpreting_request',
    entityId: row.id,
    before: { status: row.status },
    after: { status: 'cancelled', cancellationKind: kind, reason: how.reason },
  });
  await notifyInterpreting(tx, platform, ctx, { kind: 'request_cancelled', requestId: updated.id });
}

/** A late (or free) cancellation turned into a void one after the fact, while nothing is invoiced. */
async function voidCancelled(tx: Db, ctx: RequestContext, row: RequestRow, reason: string | null) {
  if (row.cancellationKind === 'void' || (await hasInvoicedCharge(tx, row.id))) {
    throw new AppError('INTERPRETING.INVALID_STATUS', `${row.reference} is already void or invoiced`);
  }
  const updated =
    (await updateRequest(tx, row.id, 'cancelled', {
      cancellationKind: 'void',
      cancellationReason: reason ?? row.cancellationReason,
    })) ?? statusMoved(row);
  await setUninvoicedChargesWaived(tx, row.id, true);
  await recordAudit(tx, ctx, {
    action: 'interpreting_request.voided',
    entity: 'interpreting_request',
    entityId: row.id,
    before: { cancellationKind: row.cancellationKind },
    after: { cancellationKind: updated.cancellationKind, reason: updated.cancellationReason },
  });
}

/**
 * Cancels a request the caller has locked (and the occurrences in scope), inside its transaction:
 * free or late by the policy, interpreters released and told. Answers the cancelled ids.
 */
export async function cancelLockedRequest(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  target: RequestRow,
  cancellation: { scope: SeriesScope; how: Cancellation },
): Promise<string[]> {
  if (!isOpenStatus(target.status)) {
    throw new AppError('INTERPRETING.INVALID_STATUS', `the request is ${target.status}`);
  }
  const rows = await inScope(tx, target, cancellation.scope, cancellation.how.now);
  for (const row of rows) await cancelOne(tx, platform, ctx, row, cancellation.how);
  return rows.map((row) => row.id);
}

async function runCancellation(
  platform: Platform,
  ctx: RequestContext,
  id: string,
  scope: SeriesScope,
  how: Cancellation,
): Promise<InterpretingRequestView & { changedIds: string[] }> {
  return platform.database.db.transaction(async (tx) => {
    const target = await lockVisibleRequest(tx, how.actor, id);
    if (!target) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
    let changedIds = [target.id];
    if (how.kind === 'void' && target.status === 'cancelled') {
      await voidCancelled(tx, ctx, target, how.reason);
    } else {
      changedIds = await cancelLockedRequest(tx, platform, ctx, target, { scope, how });
    }
    const after = (await lockVisibleRequest(tx, how.actor, id)) ?? target;
    return { ...(await toOneView(tx, after, viewerOf(how.actor))), changedIds };
  });
}

/** Cancels by the requester (own organisation) or a dispatcher: free before the deadline, late after. */
export async function cancelInterpretingRequest(
  platform: Platform,
  ctx: RequestContext,
  id: string,
  body: CancelInterpretingRequest,
) {
  const actor = requirePermission(ctx, 'interpreting.request');
  const now = new Date();
  const rule = await loadCancellationRule(platform.params, now);
  const how: Cancellation = {
    kind: 'cancel',
    reason: body.reason ?? null,
    interpreterOnTheWay: body.interpreterOnTheWay,
    rule,
    now,
    actor,
  };
  return runCancellation(platform, ctx, id, body.scope, how);
}

/** Voids a booking (never billable, e.g. made by mistake); dispatchers only. */
export async function voidInterpretingRequest(
  platform: Platform,
  ctx: RequestContext,
  id: string,
  body: VoidInterpretingRequest,
) {
  const actor = requirePermission(ctx, 'interpreting.dispatch');
  const now = new Date();
  const rule = await loadCancellationRule(platform.params, now);
  const how: Cancellation = {
    kind: 'void',
    reason: body.reason,
    interpreterOnTheWay: false,
    rule,
    now,
    actor,
  };
  return runCancellation(platform, ctx, id, body.scope, how);
}

/** Waives (or undoes the waiver of) a late cancellation's charge, until it is invoiced. */
export async function setWaiver(
  platform: Platform,
  ctx: RequestContext,
  id: string,
  waived: boolean,
  note?: string,
): Promise<InterpretingRequestView> {
  const actor = requirePermission(ctx, 'interpreting.billing');
  return platform.database.db.transaction(async (tx) => {
    const row = await lockVisibleRequest(tx, actor, id);
    if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
    if (row.status !== 'cancelled' || row.cancellationKind !== 'late') {
      throw new AppError('INTERPRETING.NOT_WAIVABLE', `${row.reference} is not a late cancellation`);
    }
    if (await hasInvoicedCharge(tx, id)) {
      throw new AppError('INTERPRETING.NOT_WAIVABLE', `${row.reference} is already invoiced`);
    }
    // Asking twice for the same state changes nothing and records nothing.
    const updated = await setCancellationWaived(tx, id, waived);
    if (updated) {
      await setUninvoicedChargesWaived(tx, id, waived);
      await recordAudit(tx, ctx, {
        action: waived ? 'interpreting_request.waived' : 'interpreting_request.unwaived',
        entity: 'interpreting_request',
        entityId: id,
        before: { cancellationWaived: !waived },
        after: { cancellationWaived: waived, note: note ?? null },
      });
    }
    return toOneView(tx, updated ?? row, viewerOf(actor));
  });
}
