import { eq, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { requirePermission, rowScope, scopesOf } from '../../platform/identity/index.ts';
import { cases } from './cases.tables.ts';

export type CaseRow = typeof cases.$inferSelect;

/**
 * The cases an actor may see: everything for the roles that run a task city-wide (managers,
 * admins, programme coordinators); for counsellors the cases of their team and the cases assigned
 * to them (a transfer to another team keeps the assignee out unless reassigned: it clears her).
 */
export function caseScope(actor: Actor): SQL {
  const team = rowScope(actor, { teamId: cases.teamId });
  if (!scopesOf(actor).includes('team')) return team;
  return sql`(${team} or ${cases.assigneeId} = ${actor.id})`;
}

/** One audit row on the case's timeline (entity 'case'). Never put confidential text in `after`. */
export async function recordCaseEvent(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  action: string,
  after?: unknown,
): Promise<void> {
  await recordAudit(db, ctx, { action, entity: 'case', entityId: caseId, after });
}

/** A change to a sub-resource changes the case: its version and updated_at move. */
export async function touchCase(db: Db, caseId: string): Promise<void> {
  await db
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(eq(cases.id, caseId));
}

async function visible(db: Db, actor: Actor, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(sql`${cases.id} = ${caseId} and ${caseScope(actor)}`);
  return row !== undefined;
}

/**
 * Loads a case for a route: 404 when it does not exist; 403 when it exists but lies outside the
 * actor's scope — and that attempt is audited (outside any transaction of the request, so a
 * rolled-back request keeps it); with `write`, 409 for an anonymised case.
 */
export async function openCaseForWork(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  options: { write?: boolean } = {},
): Promise<CaseRow> {
  const actor = requirePermission(ctx, 'cases.work');
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new AppError('CASES.NOT_FOUND');
  if (!(await visible(db, actor, caseId))) {
    await recordCaseEvent(db, ctx, caseId, 'case.access_refused', { teamId: row.teamId });
    throw new AppError('CASES.OUT_OF_SCOPE');
  }
  if (options.write && row.anonymisedAt) throw new AppError('CASES.ANONYMISED');
  return row;
}
