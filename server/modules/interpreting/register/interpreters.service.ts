import type {
  CreateInterpreter,
  Interpreter,
  InterpreterSummary,
  UpdateInterpreter,
} from '../../../../contracts/interpreting-register.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor, requirePermission } from '../../../platform/identity/policy.ts';
import { type CalendarConfig, currentCalendarUrl, maySeeCalendar } from './calendar-token.service.ts';
import { genderChange, languageRows, toInterpreter, toSummary } from './interpreter-shape.ts';
import {
  exceptionsOf,
  findInterpreter,
  findInterpreterForUpdate,
  type InterpreterFilter,
  type InterpreterRow,
  type InterpreterValues,
  insertInterpreter,
  isInterpreterAccount,
  languagesOf,
  nextInterpreterCode,
  preferencesOf,
  replaceLanguages,
  searchInterpreterRows,
  updateInterpreterRow,
} from './interpreters.repository.ts';

export function isDispatcher(actor: Actor): boolean {
  return hasPermission(actor.roles, 'interpreting.dispatch');
}

function refuseLinkedAccount(error: unknown): never {
  // The code is taken under an advisory lock, so the one unique index left to hit is user_id.
  if (sqlState(error) === '23505')
    throw new AppError('INTERPRETING.ACCOUNT_ALREADY_LINKED', undefined, { cause: error });
  throw error;
}

async function checkAccount(db: Db, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  if (!(await isInterpreterAccount(db, userId))) {
    throw new AppError('INTERPRETING.ACCOUNT_NOT_INTERPRETER', undefined, {
      fieldErrors: [{ path: 'userId', message: 'not an account with the interpreter role' }],
    });
  }
}

/** Only the fields the caller sent; null clears an optional one. */
function valuesOf(input: UpdateInterpreter): Partial<InterpreterValues> {
  const { languages: _l, home, gender: _g, genderShared: _s, ...plain } = input;
  const values: Partial<InterpreterValues> = {};
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) Object.assign(values, { [key]: value });
  }
  if (home !== undefined) {
    values.homeLat = home?.lat ?? null;
    values.homeLon = home?.lon ?? null;
  }
  const gender = genderChange(input);
  if (gender !== undefined) values.gender = gender;
  return values;
}

/** The full profile as this actor may see it: bans for staff, the feed URL for herself and admins. */
export async function presentInterpreter(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  row: InterpreterRow,
  config: CalendarConfig,
): Promise<Interpreter> {
  const [languages, exceptions, preferences] = await Promise.all([
    languagesOf(db, [row.id]),
    exceptionsOf(db, row.id),
    isDispatcher(actor) ? preferencesOf(db, row.id) : Promise.resolve(undefined),
  ]);
  const calendarUrl = maySeeCalendar(actor, row) ? await currentCalendarUrl(db, ctx, row, config) : null;
  return toInterpreter(row, languages.get(row.id) ?? [], exceptions, { preferences, calendarUrl });
}

export async function createInterpreter(
  db: Db,
  ctx: RequestContext,
  input: CreateInterpreter,
  config: CalendarConfig,
): Promise<Interpreter> {
  const actor = requirePermission(ctx, 'interpreting.dispatch');
  const row = await db.transaction(async (tx) => {
    await checkAccount(tx, input.userId);
    const code = await nextInterpreterCode(tx);
    const values = valuesOf(input);
    const inserted = await insertInterpreter(tx, {
      ...values,
      code,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email,
      modes: input.modes,
    }).catch(refuseLinkedAccount);
    await replaceLanguages(tx, inserted.id, languageRows(input.languages));
    await recordAudit(tx, ctx, {
      action: 'interpreter.created',
      entity: 'interpreter',
      entityId: inserted.id,
      after: { ...inserted, languages: input.languages },
    });
    return inserted;
  });
  return presentInterpreter(db, ctx, actor, row, config);
}

export async function updateInterpreter(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateInterpreter,
  config: CalendarConfig,
): Promise<Interpreter> {
  const actor = requirePermission(ctx, 'interpreting.dispatch');
  const row = await db.transaction(async (tx) => {
    const before = await findInterpreterForUpdate(tx, id);
    if (!before) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
    await checkAccount(tx, input.userId);
    const beforeLanguages = (await languagesOf(tx, [id])).get(id) ?? [];
    const after = await updateInterpreterRow(tx, id, valuesOf(input)).catch(refuseLinkedAccount);
    if (input.languages) await replaceLanguages(tx, id, languageRows(input.languages));
    await recordAudit(tx, ctx, {
      action: 'interpreter.updated',
      entity: 'interpreter',
      entityId: id,
      before: { ...before, languages: beforeLanguages },
      after: { ...after, ...(input.languages ? { languages: input.languages } : {}) },
    });
    return after;
  });
  return presentInterpreter(db, ctx, actor, row, config);
}

/**
 * Staff with interpreting.dispatch read every profile; an interpreter reads only her own. Anyone
 * else gets the same 404 as for an unknown id, so ids cannot be probed.
 */
export async function getInterpreter(
  db: Db,
  ctx: RequestContext,
  id: string,
  config: CalendarConfig,
): Promise<Interpreter> {
  const actor = requireActor(ctx);
  const row = await findInterpreter(db, id);
  const self = row !== undefined && row.userId === actor.id;
  if (!row || (!self && !isDispatcher(actor))) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
  if (!self) {
    // A staff member opening someone's file is recorded, as for every person's file.
    await recordAudit(db, ctx, { action: 'interpreter.read', entity: 'interpreter', entityId: id });
  }
  return presentInterpreter(db, ctx, actor, row, config);
}

export async function listInterpreters(
  db: Db,
  ctx: RequestContext,
  filter: InterpreterFilter,
): Promise<{ items: InterpreterSummary[]; total: number }> {
  requirePermission(ctx, 'interpreting.dispatch');
  const { rows, total } = await searchInterpreterRows(db, filter);
  const languages = await languagesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toSummary(r, languages.get(r.id) ?? [])), total };
}
