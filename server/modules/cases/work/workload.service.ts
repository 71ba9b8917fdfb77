import { and, asc, eq, sql } from 'drizzle-orm';
import type { PartnerQuery, Workload } from '../../../../contracts/case-work.ts';
import type { Organisation } from '../../../../contracts/people.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { teams, userRoles, users } from '../../../platform/identity/identity.tables.ts';
import { requirePermission, scopesOf, searchOrganisations } from '../../../platform/identity/index.ts';
import { brusselsToday } from '../case-view.ts';
import { caseAppointments, cases, caseTasks } from '../cases.tables.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Counsellors see the counsellors of their own team (or only themselves without a team); managers all. */
function counsellorsInScope(actor: Actor) {
  if (scopesOf(actor).includes('all')) return { scope: 'all' as const, where: sql`true` };
  const where = actor.teamId ? eq(users.teamId, actor.teamId) : eq(users.id, actor.id);
  return { scope: 'team' as const, where };
}

/**
 * Per counsellor in the caller's scope: open cases assigned to her, open tasks (of open cases)
 * assigned to her and how many of those are overdue, planned appointments in the next 7 days.
 */
export async function workload(db: Db, ctx: RequestContext, now = new Date()): Promise<Workload> {
  const actor = requirePermission(ctx, 'cases.work');
  const { scope, where } = counsellorsInScope(actor);
  const today = brusselsToday(now);
  const weekEnd = new Date(now.getTime() + WEEK_MS);
  const openTasks = sql`(select count(*) from ${caseTasks} join ${cases} on ${cases.id} = ${caseTasks.caseId}
    where ${caseTasks.assigneeId} = ${users.id} and ${caseTasks.doneAt} is null and ${cases.closedAt} is null`;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      teamId: users.teamId,
      teamName: teams.name,
      openCases: sql<number>`(select count(*) from ${cases} where ${cases.assigneeId} = ${users.id}
        and ${cases.closedAt} is null and ${cases.anonymisedAt} is null)::int`,
      openTasks: sql<number>`${openTasks})::int`,
      overdueTasks: sql<number>`${openTasks} and ${caseTasks.dueOn} < ${today})::int`,
      appointments: sql<number>`(select count(*) from ${caseAppointments}
        where ${caseAppointments.counsellorId} = ${users.id} and ${caseAppointments.status} = 'planned'
        and ${caseAppointments.startsAt} >= ${now.toISOString()} and ${caseAppointments.startsAt} < ${weekEnd.toISOString()})::int`,
    })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'counsellor')))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(and(eq(users.active, true), where))
    .orderBy(asc(teams.name), asc(users.name));
  return {
    scope,
    today,
    items: rows.map((row) => ({
      counsellor: { id: row.id, name: row.name },
      teamId: row.teamId,
      teamName: row.teamName,
      openCases: row.openCases,
      openTasks: row.openTasks,
      overdueTasks: row.overdueTasks,
      appointmentsNext7Days: row.appointments,
    })),
  };
}

/** Partner organisations to refer a case to (the shared organisation records, searched by name). */
export async function listPartners(
  db: Db,
  ctx: RequestContext,
  query: PartnerQuery,
): Promise<{ items: Organisation[]; total: number }> {
  requirePermission(ctx, 'cases.work');
  return searchOrganisations(db, { q: query.q, type: query.type, limit: query.limit, offset: 0 });
}
