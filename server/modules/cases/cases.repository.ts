import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { CaseListQuery } from '../../../contracts/cases.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { people, teams, userRoles, users } from '../../platform/identity/identity.tables.ts';
import { type CaseRow, caseScope } from './case-access.ts';
import { casePeople, caseReferenceCounters, caseStatusHistory, cases, caseTasks } from './cases.tables.ts';

/** The earliest open task (or rule-made deadline) of a case. */
const nextDueOn = sql<string | null>`(select min(${caseTasks.dueOn})::text from ${caseTasks}
  where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null)`;

export const summaryColumns = {
  row: cases,
  teamName: teams.name,
  assigneeName: users.name,
  nextDueOn,
};

export type SummaryRow = {
  row: CaseRow;
  teamName: string | null;
  assigneeName: string | null;
  nextDueOn: string | null;
};

function listConditions(actor: Actor, query: CaseListQuery): SQL[] {
  const conditions: SQL[] = [caseScope(actor)];
  if (query.type) conditions.push(eq(cases.type, query.type));
  if (query.status) conditions.push(inArray(cases.status, query.status.split(',')));
  if (query.assignee === 'me' || query.scope === 'mine') conditions.push(eq(cases.assigneeId, actor.id));
  else if (query.assignee === 'none') conditions.push(isNull(cases.assigneeId));
  else if (query.assignee) conditions.push(eq(cases.assigneeId, query.assignee));
  if (query.scope === 'team') conditions.push(actor.teamId ? eq(cases.teamId, actor.teamId) : sql`false`);
  if (query.team) conditions.push(eq(cases.teamId, query.team));
  if (query.call) conditions.push(sql`${cases.fields}->>'callId' = ${query.call}`);
  if (query.open === 'true') conditions.push(isNull(cases.closedAt));
  if (query.open === 'false') conditions.push(sql`${cases.closedAt} is not null`);
  if (query.overdue) conditions.push(sql`${nextDueOn} < current_date::text`);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${cases.title} ilike ${like} or ${cases.reference} ilike ${like})`);
  }
  return conditions;
}

const ORDER = {
  changed: [desc(cases.updatedAt)],
  opened: [desc(cases.openedAt)],
  due: [sql`${nextDueOn} asc nulls last`, desc(cases.updatedAt)],
} as const;

export async function selectCases(
  db: Db,
  actor: Actor,
  query: CaseListQuery,
): Promise<{ rows: SummaryRow[]; total: number }> {
  const where = and(...listConditions(actor, query));
  const [rows, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(cases)
      .leftJoin(teams, eq(teams.id, cases.teamId))
      .leftJoin(users, eq(users.id, cases.assigneeId))
      .where(where)
      .orderBy(...ORDER[query.sort], asc(cases.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function selectCaseSummary(db: Db, id: string): Promise<SummaryRow | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(cases)
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(eq(cases.id, id));
  return row;
}

export async function selectCasePeople(db: Db, caseId: string) {
  return db
    .select({
      personId: casePeople.personId,
      role: casePeople.role,
      name: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
    })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(eq(casePeople.caseId, caseId))
    .orderBy(asc(people.familyName));
}

export async function selectDeadlineTasks(db: Db, caseId: string) {
  return db
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), sql`${caseTasks.deadlineKey} is not null`))
    .orderBy(asc(caseTasks.dueOn));
}

/** The next number of the year's references, counted in the transaction (gapless per year). */
export async function nextReference(db: Db, year: number): Promise<string> {
  const [row] = await db
    .insert(caseReferenceCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: caseReferenceCounters.year,
      set: { last: sql`${caseReferenceCounters.last} + 1` },
    })
    .returning({ last: caseReferenceCounters.last });
  return `D-${year}-${String(row?.last ?? 1).padStart(6, '0')}`;
}

/** Whether a user may hold cases (a case worker), for the assignee field. */
export async function isCaseWorker(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.userId, userId), eq(users.active, true)));
  return rows.some((row) => ['counsellor', 'programme_coordinator', 'manager', 'admin'].includes(row.role));
}

export async function selectTeams(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name));
}

export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  const [row] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  return row !== undefined;
}

export async function insertHistory(
  db: Db,
  entry: {
    caseId: string;
    fromStatus: string | null;
    toStatus: string;
    actorId: string | null;
    reason?: string | null;
  },
): Promise<void> {
  await db.insert(caseStatusHistory).values({ ...entry, reason: entry.reason ?? null });
}

/**
 * Makes the rule-made deadline tasks match the type's current deadlines: new ones inserted, a
 * changed date updated (and its reminder re-armed), ones that no longer apply marked done.
 */
export async function syncDeadlineTasks(
  db: Db,
  caseRow: Pick<CaseRow, 'id' | 'assigneeId'>,
  deadlines: { key: string; label: string; dueOn: string }[],
): Promise<void> {
  const existing = await selectDeadlineTasks(db, caseRow.id);
  const now = new Date();
  for (const deadline of deadlines) {
    const task = existing.find((row) => row.deadlineKey === deadline.key);
    if (!task) {
      await db.insert(caseTasks).values({
        caseId: caseRow.id,
        title: deadline.label,
        dueOn: deadline.dueOn,
        deadlineKey: deadline.key,
        assigneeId: caseRow.assigneeId,
      });
    } else if (task.dueOn !== deadline.dueOn) {
      // A new date is a new deadline: open again, remind again.
      await db
        .update(caseTasks)
        .set({ dueOn: deadline.dueOn, doneAt: null, doneBy: null, remindedAt: null, updatedAt: now })
        .where(eq(caseTasks.id, task.id));
    }
  }
  const stale = existing.filter((row) => !row.doneAt && !deadlines.some((d) => d.key === row.deadlineKey));
  if (stale.length) {
    await db
      .update(caseTasks)
      .set({ doneAt: now, updatedAt: now })
      .where(
        inArray(
          caseTasks.id,
          stale.map((row) => row.id),
        ),
      );
  }
}
