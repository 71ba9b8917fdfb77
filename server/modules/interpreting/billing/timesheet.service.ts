import { type InterpretingMode, InterpretingModeSchema } from '../../../../contracts/interpreting.ts';
import {
  type ChargeOut,
  TIMESHEET_LIMITS,
  type TimesheetInput,
  type TimesheetOut,
} from '../../../../contracts/interpreting-billing.ts';
import type { FieldError } from '../../../../contracts/problem.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor, requirePermission } from '../../../platform/identity/policy.ts';
import type { ParamService } from '../../../platform/params/index.ts';
import { brusselsDate } from '../brussels-time.ts';
import { TARIFF_KEY, type Tariff, TariffSchema } from './billing-params.ts';
import { serviceLabel, toChargeOut, toTimesheetOut } from './shape.ts';
import { type ChargeBreakdown, sessionCharge, tariffSnapshot } from './tariff.ts';
import {
  type AssignmentContext,
  findAssignmentContext,
  findTimesheet,
  insertCharge,
  moveRequestStatus,
  reviewTimesheet,
  upsertTimesheet,
} from './timesheet.repository.ts';

export type BillingDeps = { db: Db; params: ParamService };

const MINUTE = 60_000;
/** How far the reported start may lie from the planned one, and the end in the future (clock skew). */
const START_DRIFT_MINUTES = 12 * 60;
const END_SKEW_MINUTES = 15;

/**
 * The assignment, if the actor may see its timesheet: staff who dispatch or bill see all; an
 * interpreter only her own (anything else is "not found", so ids cannot be probed).
 */
async function visibleAssignment(db: Db, actor: Actor, assignmentId: string): Promise<AssignmentContext> {
  const staff =
    hasPermission(actor.roles, 'interpreting.dispatch') || hasPermission(actor.roles, 'interpreting.billing');
  if (!staff && !hasPermission(actor.roles, 'interpreting.work')) {
    throw new AppError('COMMON.FORBIDDEN', 'needs interpreting.work or interpreting.dispatch');
  }
  const context = await findAssignmentContext(db, assignmentId);
  if (!context || (!staff && context.interpreterUserId !== actor.id)) {
    throw new AppError('INTERPRETING.ASSIGNMENT_NOT_FOUND');
  }
  return context;
}

function invalid(fieldErrors: FieldError[]): never {
  throw new AppError(
    'COMMON.VALIDATION_FAILED',
    fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; '),
    {
      fieldErrors,
    },
  );
}

/** Times that make sense for this session: end after start, ≤ 16 h, near the plan, not in the future. */
function checkTimes(input: TimesheetInput, context: AssignmentContext, now: Date): void {
  if (!input.actualStart || !input.actualEnd) return;
  const start = new Date(input.actualStart);
  const end = new Date(input.actualEnd);
  const minutes = (end.getTime() - start.getTime()) / MINUTE;
  const errors: FieldError[] = [];
  if (minutes <= 0) errors.push({ path: 'actualEnd', message: 'must be after actualStart' });
  if (minutes > TIMESHEET_LIMITS.maxMinutes)
    errors.push({ path: 'actualEnd', message: 'at most 16 hours after actualStart' });
  if (Math.abs(start.getTime() - context.startsAt.getTime()) > START_DRIFT_MINUTES * MINUTE) {
    errors.push({ path: 'actualStart', message: 'more than 12 hours away from the planned start' });
  }
  if (end.getTime() > now.getTime() + END_SKEW_MINUTES * MINUTE) {
    errors.push({ path: 'actualEnd', message: 'lies in the future' });
  }
  if (errors.length) invalid(errors);
}

/** The interpreter (or a dispatcher) reports the session; replaces an earlier, unapproved report. */
export async function submitTimesheet(
  deps: BillingDeps,
  ctx: RequestContext,
  assignmentId: string,
  input: TimesheetInput,
  now: Date = new Date(),
): Promise<TimesheetOut> {
  const actor = requireActor(ctx);
  const context = await visibleAssignment(deps.db, actor, assignmentId);
  if (context.assignmentStatus !== 'active')
    throw new AppError('INTERPRETING.INVALID_STATUS', 'the assignment was cancelled');
  if (now < context.startsAt) throw new AppError('INTERPRETING.SESSION_NOT_STARTED');
  checkTimes(input, context, now);
  return deps.db.transaction(async (tx) => {
    const row = await upsertTimesheet(tx, {
      assignmentId,
      actualStart: input.actualStart ? new Date(input.actualStart) : null,
      actualEnd: input.actualEnd ? new Date(input.actualEnd) : null,
      waitingMinutes: input.waitingMinutes,
      kilometres: input.kilometres,
      noShow: input.noShow ?? null,
      notes: input.notes ?? null,
      submittedBy: actor.id,
    });
    if (!row) throw new AppError('INTERPRETING.INVALID_STATUS', 'the timesheet is approved and locked');
    if (!(await moveRequestStatus(tx, context.requestId, ['assigned', 'performed'], 'performed'))) {
      throw new AppError('INTERPRETING.INVALID_STATUS', `the request is ${context.requestStatus}`);
    }
    const out = toTimesheetOut(row, context);
    await recordAudit(tx, ctx, {
      action: 'interpreting.timesheet.submitted',
      entity: 'interpreting_timesheet',
      entityId: assignmentId,
      after: out,
    });
    return out;
  });
}

export async function getTimesheet(db: Db, ctx: RequestContext, assignmentId: string): Promise<TimesheetOut> {
  const context = await visibleAssignment(db, requireActor(ctx), assignmentId);
  const row = await findTimesheet(db, assignmentId);
  if (!row) throw new AppError('INTERPRETING.TIMESHEET_NOT_FOUND');
  return toTimesheetOut(row, context);
}

/** Why a review found nothing to change: no timesheet (404) or not 'submitted' (409). */
async function reviewRefusal(db: Db, assignmentId: string): Promise<AppError> {
  const existing = await findTimesheet(db, assignmentId);
  return existing
    ? new AppError('INTERPRETING.INVALID_STATUS', `the timesheet is ${existing.status}`)
    : new AppError('INTERPRETING.TIMESHEET_NOT_FOUND');
}

function workedMinutes(start: Date | null, end: Date | null): number {
  return start && end ? Math.max(0, Math.round((end.getTime() - start.getTime()) / MINUTE)) : 0;
}

const NO_SHOW_SUFFIX: Record<ChargeBreakdown['rule'], string> = {
  session: '',
  client_no_show: ' — cliënt niet opgedaagd',
  interpreter_no_show: ' — tolk niet opgedaagd, niet aangerekend',
  late_cancellation: '',
};

/**
 * Approves a timesheet: computes the charge with the tariff of the session's Brussels date,
 * writes it, locks the timesheet and moves the request to 'approved' — all or nothing.
 */
export async function approveTimesheet(deps: BillingDeps, ctx: RequestContext, assignmentId: string) {
  const actor = requirePermission(ctx, 'interpreting.billing');
  const context = await findAssignmentContext(deps.db, assignmentId);
  if (!context) throw new AppError('INTERPRETING.ASSIGNMENT_NOT_FOUND');
  const serviceDate = brusselsDate(context.startsAt);
  const tariff = await deps.params.get(TARIFF_KEY, serviceDate, TariffSchema);
  const mode = InterpretingModeSchema.parse(context.mode);
  return deps.db.transaction(async (tx) => {
    const sheet = await reviewTimesheet(tx, assignmentId, {
      status: 'approved',
      reviewedBy: actor.id,
      note: null,
    });
    if (!sheet) throw await reviewRefusal(tx, assignmentId);
    const breakdown = sessionCharge({
      mode,
      actualMinutes: workedMinutes(sheet.actualStart, sheet.actualEnd),
      waitingMinutes: sheet.waitingMinutes,
      km: sheet.kilometres,
      noShow: sheet.noShow === 'client' || sheet.noShow === 'interpreter' ? sheet.noShow : null,
      tariff,
    });
    const charge = await insertSessionCharge(tx, context, mode, serviceDate, breakdown, tariff);
    if (!(await moveRequestStatus(tx, context.requestId, ['performed'], 'approved'))) {
      throw new AppError('INTERPRETING.INVALID_STATUS', 'the request is not in status performed');
    }
    const timesheet = toTimesheetOut(sheet, context);
    await recordAudit(tx, ctx, {
      action: 'interpreting.timesheet.approved',
      entity: 'interpreting_timesheet',
      entityId: assignmentId,
      before: { status: 'submitted' },
      after: { timesheet, charge },
    });
    return { timesheet, charge };
  });
}

async function insertSessionCharge(
  tx: Db,
  context: AssignmentContext,
  mode: InterpretingMode,
  serviceDate: string,
  breakdown: ChargeBreakdown,
  tariff: Tariff,
): Promise<ChargeOut> {
  try {
    const row = await insertCharge(tx, {
      organisationId: context.organisationId,
      requestId: context.requestId,
      kind: 'session',
      serviceDate,
      description: `${serviceLabel(context.mode, context.language, context.variant)}${NO_SHOW_SUFFIX[breakdown.rule]}`,
      billableMinutes: breakdown.billableMinutes,
      kilometres: breakdown.kilometres,
      amountCents: breakdown.amountCents,
      travelCents: breakdown.travelCents,
      tariff: tariffSnapshot(serviceDate, mode, breakdown, tariff),
      costCentre: context.costCentre,
    });
    return toChargeOut(row);
  } catch (error) {
    // The unique (request, kind) index: this session was charged already.
    if (sqlState(error) === '23505')
      throw new AppError('INTERPRETING.INVALID_STATUS', 'the session is already charged');
    throw error;
  }
}

export async function rejectTimesheet(db: Db, ctx: RequestContext, assignmentId: string, note: string) {
  const actor = requirePermission(ctx, 'interpreting.billing');
  const context = await findAssignmentContext(db, assignmentId);
  if (!context) throw new AppError('INTERPRETING.ASSIGNMENT_NOT_FOUND');
  return db.transaction(async (tx) => {
    const sheet = await reviewTimesheet(tx, assignmentId, { status: 'rejected', reviewedBy: actor.id, note });
    if (!sheet) throw await reviewRefusal(tx, assignmentId);
    const out = toTimesheetOut(sheet, context);
    await recordAudit(tx, ctx, {
      action: 'interpreting.timesheet.rejected',
      entity: 'interpreting_timesheet',
      entityId: assignmentId,
      before: { status: 'submitted' },
      after: out,
    });
    return out;
  });
}
