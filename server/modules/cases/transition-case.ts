import { and, eq } from 'drizzle-orm';
import { type CaseType, isClosedStatus } from '../../../contracts/case-types.ts';
import type { CaseDetail, Transition } from '../../../contracts/cases.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { type CaseRow, openCaseForWork, recordCaseEvent } from './case-access.ts';
import { CASE_DEFINITIONS } from './case-types/index.ts';
import { factsOf, toDetail } from './case-view.ts';
import { insertHistory, selectCaseSummary, syncDeadlineTasks } from './cases.repository.ts';
import { cases } from './cases.tables.ts';
import { checkTransition } from './state-machine.ts';

/**
 * Moves a locked case row to `to` inside the caller's transaction: checks the machine, applies the
 * type's onEnter fields, sets or clears closedAt, writes history and audit, re-derives deadlines.
 * The UPDATE is a compare-and-set on the version, so two concurrent moves cannot both land.
 */
export async function applyTransition(
  tx: Db,
  ctx: RequestContext,
  row: CaseRow,
  input: Transition,
  roles: Parameters<typeof checkTransition>[3],
): Promise<CaseRow> {
  const definition = CASE_DEFINITIONS[row.type as CaseType];
  const facts = factsOf(row);
  const check = checkTransition(definition, facts, input.to, roles);
  if (!check.ok) throw new AppError(check.code, check.detail);
  const fields = { ...row.fields, ...(definition.onEnter?.(input.to, facts) ?? {}) };
  const now = new Date();
  const [updated] = await tx
    .update(cases)
    .set({
      status: input.to,
      statusChangedAt: now,
      fields,
      closedAt: isClosedStatus(definition.type, input.to) ? now : null,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .returning();
  if (!updated) throw new AppError('CASES.STALE');
  await insertHistory(tx, {
    caseId: row.id,
    fromStatus: row.status,
    toStatus: input.to,
    actorId: ctx.actor?.id ?? null,
    reason: input.reason ?? null,
  });
  // The reason is free text that may name people: it stays in the history table, which the
  // retention job can blank, not in the append-only audit log.
  await recordCaseEvent(tx, ctx, row.id, 'case.transitioned', {
    from: row.status,
    to: input.to,
    withReason: Boolean(input.reason),
  });
  await syncDeadlineTasks(tx, updated, definition.deadlines?.(factsOf(updated)) ?? []);
  return updated;
}

/**
 * `POST /api/cases/{id}/transitions`. With `system: true` (the scholarship award, jobs) the scope
 * and role checks are the caller's business; the machine itself still decides.
 */
export async function transitionCase(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: Transition,
  options: { system?: boolean } = {},
): Promise<CaseDetail> {
  if (!options.system) await openCaseForWork(db, ctx, id, { write: true });
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
    if (!row) throw new AppError('CASES.NOT_FOUND');
    if (row.anonymisedAt) throw new AppError('CASES.ANONYMISED');
    if (input.version !== undefined && input.version !== row.version) throw new AppError('CASES.STALE');
    await applyTransition(tx, ctx, row, input, options.system || !ctx.actor ? 'system' : ctx.actor.roles);
  });
  const summary = await selectCaseSummary(db, id);
  if (!summary) throw new AppError('CASES.NOT_FOUND');
  return toDetail(db, summary, ctx.actor);
}
