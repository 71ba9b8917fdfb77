import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError, isAppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import { addDays, brusselsDate, brusselsInstant } from '../brussels-time.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { type MatchParams, matchInterpreters } from '../matching.ts';
import { moveToSlot } from './alternative-slots.ts';
import {
  type AssignmentRow,
  activeAssignmentOf,
  insertAssignment,
  jobsBetween,
  lockInterpreter,
  lockRequest,
  markRequestAssigned,
  setTravelBefore,
} from './assignments.repository.ts';
import { planBusyRange } from './busy-range.ts';
import { matchParamsOn } from './dispatch-params.ts';
import { loadMatchInputFor, type RequestRow, toMatchRequest } from './matching.repository.ts';
import { closeOpenOffers } from './offers.repository.ts';
import { failuresOf, notEligible } from './ranking.service.ts';

export type AssignSource = 'assigned' | 'offer' | 'plan';

type Scored = { score: number | null; breakdown: Record<string, number> | null };

/** States in which a request may still get an interpreter. */
export const OPEN_STATUSES: readonly string[] = ['submitted', 'offered', 'unfilled'];

/** The interpreter's exclusion constraint said no: another booking won the race. */
export function isSlotTaken(error: unknown): boolean {
  return sqlState(error) === '23P01';
}

export async function requireOpenRequest(tx: Db, requestId: string): Promise<RequestRow> {
  const row = await lockRequest(tx, requestId);
  if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
  if (!OPEN_STATUSES.includes(row.status)) {
    throw new AppError('INTERPRETING.INVALID_STATUS', `the request is ${row.status}`);
  }
  if (await activeAssignmentOf(tx, requestId)) {
    throw new AppError('INTERPRETING.INVALID_STATUS', 'the request already has an interpreter');
  }
  return row;
}

/**
 * Books the interpreter for the (locked) request: lock her row, re-check every rule against what
 * is committed now, then write the busy range (moving the next job's travel when needed). The
 * writes run in a savepoint so a lost race (SQLSTATE 23P01) leaves the caller's transaction usable.
 */
export async function bookInterpreter(
  tx: Db,
  row: RequestRow,
  interpreterId: string,
  params: MatchParams,
  decision: Scored & { source: AssignSource; decidedBy: string | null },
): Promise<AssignmentRow> {
  if (!(await lockInterpreter(tx, interpreterId))) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
  const failures = await failuresOf(tx, row, interpreterId, params);
  if (failures.length > 0) throw notEligible(failures);
  const day = brusselsDate(row.startsAt);
  const sameDay = await jobsBetween(
    tx,
    interpreterId,
    brusselsInstant(day, 0),
    brusselsInstant(addDays(day, 1), 0),
  );
  const location = toMatchRequest(row).location;
  const job = { startMs: row.startsAt.getTime(), endMs: row.endsAt.getTime(), location };
  const plan = planBusyRange(job, sameDay, params.travel);
  try {
    return await tx.transaction(async (sp) => {
      // The next job's range moves first: it only ever shrinks towards its own start when the new
      // job fits, so it never collides with the job before; then the new range goes in.
      if (plan.next) await setTravelBefore(sp, plan.next.id, plan.next.travelBeforeMinutes);
      return insertAssignment(sp, {
        requestId: row.id,
        interpreterId,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        travelBeforeMinutes: plan.travelBeforeMinutes,
        ...decision,
      });
    });
  } catch (error) {
    if (isSlotTaken(error)) throw new AppError('INTERPRETING.SLOT_TAKEN', undefined, { cause: error });
    throw error;
  }
}

/** The candidate's score and breakdown in the current ranking, for the audit trail. */
async function currentScore(
  tx: Db,
  row: RequestRow,
  interpreterId: string,
  params: MatchParams,
): Promise<Scored> {
  const loaded = await loadMatchInputFor(tx, row, { kind: 'speakers' });
  const found = matchInterpreters(loaded, params).candidates.find((c) => c.interpreterId === interpreterId);
  return found ? { score: found.score, breakdown: found.breakdown } : { score: null, breakdown: null };
}

export type AssignInput = {
  requestId: string;
  interpreterId: string;
  source: 'assigned' | 'plan';
  /** The planner passes its own score; otherwise the current ranking's. */
  score?: Scored;
  /** Alternative slot to move the request to before booking (dispatcher's choice). */
  slot?: number | undefined;
};

/**
 * Direct assignment (a dispatcher, or the day planner's publish) inside the caller's transaction:
 * request lock → interpreter lock → re-check → busy range → open offers withdrawn → audit → mail.
 */
export async function assignInterpreter(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  input: AssignInput,
): Promise<AssignmentRow> {
  const locked = await requireOpenRequest(tx, input.requestId);
  // Moved inside the same lock: if the booking then fails, the move rolls back with it.
  const row = input.slot === undefined ? locked : await moveToSlot(tx, ctx, locked, input.slot);
  const params = await matchParamsOn(tx, row.startsAt);
  const scored = input.score ?? (await currentScore(tx, row, input.interpreterId, params));
  const assignment = await bookInterpreter(tx, row, input.interpreterId, params, {
    ...scored,
    source: input.source,
    decidedBy: ctx.actor?.id ?? null,
  });
  await markRequestAssigned(tx, row.id);
  const withdrawn = await closeOpenOffers(tx, row.id, 'withdrawn');
  await recordAudit(tx, ctx, {
    action: 'interpreting.assignment.assigned',
    entity: 'interpreting_assignment',
    entityId: assignment.id,
    before: { requestStatus: row.status },
    after: {
      requestId: row.id,
      interpreterId: input.interpreterId,
      source: input.source,
      score: scored.score,
      breakdown: scored.breakdown,
      travelBeforeMinutes: assignment.travelBeforeMinutes,
      withdrawnOffers: withdrawn.map((o) => o.id),
    },
  });
  await notifyInterpreting(tx, platform, ctx, {
    kind: 'request_confirmed',
    requestId: row.id,
    assignmentId: assignment.id,
  });
  return assignment;
}

/** The route's unit of work: one transaction; a lost race answers SLOT_TAKEN. */
export async function assignRequest(
  platform: Platform,
  ctx: RequestContext,
  requestId: string,
  interpreterId: string,
  slot?: number,
): Promise<AssignmentRow> {
  try {
    return await platform.database.db.transaction((tx) =>
      assignInterpreter(tx, platform, ctx, { requestId, interpreterId, source: 'assigned', slot }),
    );
  } catch (error) {
    if (!isAppError(error) && isSlotTaken(error)) throw new AppError('INTERPRETING.SLOT_TAKEN');
    throw error;
  }
}
