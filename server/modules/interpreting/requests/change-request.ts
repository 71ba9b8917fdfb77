import {
  ConversationTypeSchema,
  type InterpretingRequestInput,
  InterpretingSectorSchema,
} from '../../../../contracts/interpreting.ts';
import type {
  InterpretingRequestView,
  UpdateInterpretingRequest,
} from '../../../../contracts/interpreting-requests.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { geocodeAddress } from '../geo/postcodes.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import {
  checkLanguages,
  checkModeDetails,
  type RequestRuleParams,
  validateInterpretingRequest,
} from '../request-rules.ts';
import { applySeriesChange, occurrencesInScope, type SeriesChange } from '../series.ts';
import {
  isOpenStatus,
  queueAutoOffers,
  raiseSequence,
  refuseBrokenRules,
  releaseInterpreters,
  statusMoved,
  toSeriesItem,
} from './request-effects.ts';
import { loadRequestRules } from './request-params.ts';
import { toOneView, viewerOf } from './request-view.ts';
import {
  lockSeriesRequests,
  lockVisibleRequest,
  type RequestPatch,
  type RequestRow,
  updateRequest,
} from './requests.repository.ts';

type Times = { start: string; end: string };
export type ChangeSetting = { actor: Actor; staff: boolean; rules: RequestRuleParams; now: Date };
type Setting = ChangeSetting;

function seriesChangeOf(body: UpdateInterpretingRequest): SeriesChange | null {
  if (body.start && body.time) {
    throw new AppError(
      'COMMON.VALIDATION_FAILED',
      'give either start (one session) or time (every session)',
      {
        fieldErrors: [{ path: 'time', message: 'not together with start' }],
      },
    );
  }
  const duration = body.durationMinutes === undefined ? {} : { durationMinutes: body.durationMinutes };
  if (body.start) return { kind: 'move', start: body.start, ...duration };
  if (body.time) return { kind: 'reschedule', time: body.time, ...duration };
  return null;
}

/** The new start and end of every request in scope (unchanged times when only details change). */
function plannedTimes(rows: RequestRow[], target: RequestRow, body: UpdateInterpretingRequest, now: Date) {
  const items = rows.map(toSeriesItem);
  const change = seriesChangeOf(body);
  const times = new Map<string, Times>();
  if (change) {
    const result = applySeriesChange(items, target.id, body.scope, change, now);
    if (!result.ok)
      throw new AppError(result.error.code, result.error.message, { fieldErrors: [result.error] });
    for (const item of result.items) if (result.changedIds.includes(item.id)) times.set(item.id, item);
    return times;
  }
  const targetItem = items.find((item) => item.id === target.id);
  const ids = targetItem ? occurrencesInScope(items, targetItem, body.scope, now) : [];
  if (ids.length === 0) {
    throw new AppError(
      'INTERPRETING.SERIES_SCOPE_INVALID',
      'nothing left to change: the session has started',
    );
  }
  for (const item of items) {
    if (!ids.includes(item.id)) continue;
    const minutes = body.durationMinutes ?? (Date.parse(item.end) - Date.parse(item.start)) / 60_000;
    times.set(item.id, {
      start: item.start,
      end: new Date(Date.parse(item.start) + minutes * 60_000).toISOString(),
    });
  }
  return times;
}

/** The details a change replaces; absent fields stay, null clears. */
export function detailPatch(body: UpdateInterpretingRequest, staff: boolean): RequestPatch {
  const patch: RequestPatch = {};
  if (body.address !== undefined) {
    const location = geocodeAddress(body.address);
    Object.assign(patch, { address: body.address, lat: location?.lat ?? null, lon: location?.lon ?? null });
  }
  if (body.room !== undefined) patch.room = body.room;
  if (body.accessNotes !== undefined) patch.accessNotes = body.accessNotes;
  if (body.phoneNumber !== undefined) patch.phoneNumber = body.phoneNumber;
  if (body.videoLink !== undefined) patch.videoLink = body.videoLink;
  if (body.alternativeLanguages !== undefined) patch.alternativeLanguages = body.alternativeLanguages;
  if (body.specialism !== undefined) patch.specialism = body.specialism;
  if (body.sameGender !== undefined) patch.sameGender = body.sameGender;
  if (body.participants !== undefined) patch.participants = body.participants;
  if (body.preparationNotes !== undefined) patch.preparationNotes = body.preparationNotes;
  if (body.costCentre !== undefined) patch.costCentre = body.costCentre;
  if (body.urgent !== undefined && staff)
    Object.assign(patch, { urgent: body.urgent, priority: body.urgent ? 2 : 1 });
  return patch;
}

/** The changed request as the booking rules read it. */
function asInput(
  row: RequestRow,
  patch: RequestPatch,
  times: Times,
  staff: boolean,
): InterpretingRequestInput {
  const merged = { ...row, ...patch };
  const optional = (value: string | null | undefined) => value ?? undefined;
  return {
    mode: merged.mode === 'phone' || merged.mode === 'video' ? merged.mode : 'on_site',
    language: row.language,
    variant: optional(row.variant),
    counterpartLanguage: 'nl',
    direction: row.direction === 'into_dutch' || row.direction === 'from_dutch' ? row.direction : 'both',
    alternativeLanguages: merged.alternativeLanguages ?? [],
    start: times.start,
    durationMinutes: Math.round((Date.parse(times.end) - Date.parse(times.start)) / 60_000),
    alternativeSlots: [],
    address: optional(merged.address),
    phoneNumber: optional(merged.phoneNumber),
    videoLink: optional(merged.videoLink),
    sector: InterpretingSectorSchema.catch('other').parse(row.sector),
    conversationType: ConversationTypeSchema.catch('other_service_delivery').parse(row.conversationType),
    clientReference: row.clientReference,
    // A requester's change must keep the lead time even on a request a dispatcher marked urgent.
    urgent: staff ? Boolean(merged.urgent) : false,
  };
}

function validateChange(
  row: RequestRow,
  patch: RequestPatch,
  times: Times,
  setting: Setting,
  timeChanged: boolean,
) {
  const input = asInput(row, patch, times, setting.staff);
  if (timeChanged) {
    const check = validateInterpretingRequest(input, setting.rules, {
      now: setting.now,
      mayMarkUrgent: setting.staff,
    });
    if (!check.ok) refuseBrokenRules(check.code, check.errors);
    return;
  }
  const errors = [...checkLanguages(input), ...checkModeDetails(input)];
  if (errors.length > 0) refuseBrokenRules('INTERPRETING.REQUEST_INVALID', errors);
}

/** Applies the change to one request; answers true when it went back to matching. */
async function changeOne(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  row: RequestRow,
  times: Times,
  patch: RequestPatch,
  setting: Setting,
) {
  const timeChanged = times.start !== row.startsAt.toISOString() || times.end !== row.endsAt.toISOString();
  if (!timeChanged && Object.keys(patch).length === 0) return false;
  validateChange(row, patch, times, setting, timeChanged);
  const placeChanged = patch.address !== undefined && patch.address !== row.address;
  // Another mode (on site, phone, video) may need another interpreter: as a new place.
  const modeChanged = patch.mode !== undefined && patch.mode !== row.mode;
  const next: RequestPatch = { ...patch, startsAt: new Date(times.start), endsAt: new Date(times.end) };
  let rematch = false;
  if (timeChanged || placeChanged || modeChanged) {
    // The interpreter was booked for another time or place: release her and match again.
    const { released, cancelledAssignmentIds } = await releaseInterpreters(tx, ctx, row.id);
    for (const assignmentId of cancelledAssignmentIds) {
      await notifyInterpreting(tx, platform, ctx, {
        kind: 'interpreter_released',
        requestId: row.id,
        assignmentId,
      });
    }
    rematch = released > 0 || row.status !== 'submitted';
    if (rematch) Object.assign(next, { status: 'submitted', confirmedAt: null });
  } else {
    await raiseSequence(tx, ctx, row.id);
  }
  const updated = (await updateRequest(tx, row.id, row.status, next)) ?? statusMoved(row);
  await recordAudit(tx, ctx, {
    action: 'interpreting_request.changed',
    entity: 'interpreting_request',
    entityId: row.id,
    before: row,
    after: updated,
  });
  return rematch;
}

/** Changes one request, or this and the following / all open occurrences of its series. */
export async function changeInterpretingRequest(
  platform: Platform,
  ctx: RequestContext,
  id: string,
  body: UpdateInterpretingRequest,
): Promise<InterpretingRequestView & { changedIds: string[] }> {
  const actor = requirePermission(ctx, 'interpreting.request');
  const staff = hasPermission(actor.roles, 'interpreting.dispatch');
  if (body.urgent !== undefined && !staff) throw new AppError('INTERPRETING.URGENT_NOT_ALLOWED');
  const now = new Date();
  const setting: Setting = { actor, staff, now, rules: await loadRequestRules(platform.params, now) };
  const { db } = platform.database;
  const result = await db.transaction(async (tx) => {
    const target = await lockVisibleRequest(tx, actor, id);
    if (!target) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
    const changed = await changeLockedRequest(tx, platform, ctx, target, {
      body,
      patch: detailPatch(body, staff),
      setting,
    });
    const after = (await lockVisibleRequest(tx, actor, id)) ?? target;
    return { view: await toOneView(tx, after, viewerOf(actor)), ...changed };
  });
  queueAutoOffers(platform, result.rematched);
  return { ...result.view, changedIds: result.changedIds };
}

/**
 * A change of a request the caller has locked, inside its transaction: the series in scope, the
 * booking rules again, the interpreter released on a new time, place or mode. Answers the changed
 * ids and those back to matching (their offer rounds start after the caller's commit).
 */
export async function changeLockedRequest(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  target: RequestRow,
  change: { body: UpdateInterpretingRequest; patch: RequestPatch; setting: ChangeSetting },
): Promise<{ changedIds: string[]; rematched: string[] }> {
  const { body, patch, setting } = change;
  if (!isOpenStatus(target.status))
    throw new AppError('INTERPRETING.INVALID_STATUS', `the request is ${target.status}`);
  const rows =
    target.seriesId && body.scope !== 'this' ? await lockSeriesRequests(tx, target.seriesId) : [target];
  const times = plannedTimes(rows, target, body, setting.now);
  const rematched: string[] = [];
  for (const row of rows) {
    const planned = times.get(row.id);
    if (planned && (await changeOne(tx, platform, ctx, row, planned, patch, setting))) rematched.push(row.id);
  }
  return { changedIds: [...times.keys()], rematched };
}
