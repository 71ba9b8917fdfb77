import type {
  AvailabilityExceptionInput,
  Interpreter,
  UpdateOwnProfile,
} from '../../../../contracts/interpreting-register.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requireActor } from '../../../platform/identity/policy.ts';
import type { CalendarConfig } from './calendar-token.service.ts';
import { genderChange } from './interpreter-shape.ts';
import {
  deleteException,
  type ExceptionValues,
  findInterpreterByUser,
  findInterpreterForUpdate,
  type InterpreterRow,
  type InterpreterValues,
  insertException,
  replaceExceptions,
  updateInterpreterRow,
} from './interpreters.repository.ts';
import { isDispatcher, presentInterpreter } from './interpreters.service.ts';

function exceptionValues(input: AvailabilityExceptionInput): ExceptionValues {
  return {
    startsAt: new Date(input.start),
    endsAt: new Date(input.end),
    available: input.available,
    note: input.note ?? null,
  };
}

/** The interpreter linked to the signed-in account, or 404. */
export async function ownInterpreter(
  db: Db,
  ctx: RequestContext,
): Promise<{ actor: Actor; row: InterpreterRow }> {
  const actor = requireActor(ctx);
  const row = await findInterpreterByUser(db, actor.id);
  if (!row)
    throw new AppError(
      'INTERPRETING.INTERPRETER_NOT_FOUND',
      'no interpreter profile is linked to this account',
    );
  return { actor, row };
}

export async function getOwnProfile(
  db: Db,
  ctx: RequestContext,
  config: CalendarConfig,
): Promise<Interpreter> {
  const { actor, row } = await ownInterpreter(db, ctx);
  return presentInterpreter(db, ctx, actor, row, config);
}

/** Her availability, exceptions, hour limits and gender consent; languages and certification stay with staff. */
export async function updateOwnProfile(
  db: Db,
  ctx: RequestContext,
  input: UpdateOwnProfile,
  config: CalendarConfig,
): Promise<Interpreter> {
  const { actor, row: own } = await ownInterpreter(db, ctx);
  const row = await db.transaction(async (tx) => {
    const before = await findInterpreterForUpdate(tx, own.id);
    if (!before) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
    const patch: Partial<InterpreterValues> = {};
    if (input.weeklyAvailability) patch.weeklyAvailability = input.weeklyAvailability;
    if (input.maxHoursPerDay !== undefined) patch.maxHoursPerDay = input.maxHoursPerDay;
    if (input.maxHoursPerWeek !== undefined) patch.maxHoursPerWeek = input.maxHoursPerWeek;
    const gender = genderChange(input);
    if (gender !== undefined) patch.gender = gender;
    const after = await updateInterpreterRow(tx, own.id, patch);
    if (input.availabilityExceptions) {
      await replaceExceptions(tx, own.id, input.availabilityExceptions.map(exceptionValues));
    }
    await recordAudit(tx, ctx, {
      action: 'interpreter.updated_own',
      entity: 'interpreter',
      entityId: own.id,
      before,
      after: { ...after, availabilityExceptions: input.availabilityExceptions },
    });
    return after;
  });
  return presentInterpreter(db, ctx, actor, row, config);
}

/** Staff with interpreting.dispatch or the interpreter herself; others get the unknown-id 404. */
async function lockForAvailability(tx: Db, actor: Actor, interpreterId: string): Promise<InterpreterRow> {
  const row = await findInterpreterForUpdate(tx, interpreterId);
  if (!row || (row.userId !== actor.id && !isDispatcher(actor))) {
    throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
  }
  return row;
}

export async function addException(
  db: Db,
  ctx: RequestContext,
  interpreterId: string,
  input: AvailabilityExceptionInput,
): Promise<Interpreter['availabilityExceptions'][number]> {
  const actor = requireActor(ctx);
  const row = await db.transaction(async (tx) => {
    await lockForAvailability(tx, actor, interpreterId);
    const inserted = await insertException(tx, interpreterId, exceptionValues(input));
    await recordAudit(tx, ctx, {
      action: 'interpreter.exception_added',
      entity: 'interpreter',
      entityId: interpreterId,
      after: inserted,
    });
    return inserted;
  });
  return {
    id: row.id,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    available: row.available,
    note: row.note,
  };
}

export async function removeException(
  db: Db,
  ctx: RequestContext,
  interpreterId: string,
  exceptionId: string,
): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    await lockForAvailability(tx, actor, interpreterId);
    const removed = await deleteException(tx, interpreterId, exceptionId);
    if (!removed) throw new AppError('INTERPRETING.EXCEPTION_NOT_FOUND');
    await recordAudit(tx, ctx, {
      action: 'interpreter.exception_removed',
      entity: 'interpreter',
      entityId: interpreterId,
      before: removed,
    });
  });
}
