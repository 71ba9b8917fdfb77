import { and, asc, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { userRoles, users } from '../../../platform/identity/identity.tables.ts';
import { cases, caseTasks } from '../cases.tables.ts';

export type DueDeadline = {
  taskId: string;
  caseId: string;
  deadlineKey: string;
  title: string;
  dueOn: string;
  reference: string;
  type: string;
  teamId: string | null;
  assigneeId: string | null;
};

const dueDeadlineColumns = {
  taskId: caseTasks.id,
  caseId: caseTasks.caseId,
  deadlineKey: sql<string>`${caseTasks.deadlineKey}`,
  title: caseTasks.title,
  dueOn: sql<string>`${caseTasks.dueOn}::text`,
  reference: cases.reference,
  type: cases.type,
  teamId: cases.teamId,
  assigneeId: cases.assigneeId,
};

/** Rule-made deadlines of open cases, not done and not reminded yet, due on or before `untilDay`. */
export async function unremindedDeadlines(db: Db, untilDay: string): Promise<DueDeadline[]> {
  return db
    .select(dueDeadlineColumns)
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(
      and(
        isNotNull(caseTasks.deadlineKey),
        isNotNull(caseTasks.dueOn),
        isNull(caseTasks.doneAt),
        isNull(caseTasks.remindedAt),
        lte(caseTasks.dueOn, untilDay),
        isNull(cases.closedAt),
        isNull(cases.anonymisedAt),
      ),
    )
    .orderBy(asc(caseTasks.dueOn));
}

/**
 * Locks the task and checks again that it still waits for its reminder: of two runs at once,
 * the second waits here and then finds `reminded_at` set.
 */
export async function lockUnremindedDeadline(db: Db, taskId: string): Promise<DueDeadline | null> {
  const [row] = await db
    .select(dueDeadlineColumns)
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(and(eq(caseTasks.id, taskId), isNull(caseTasks.remindedAt), isNull(caseTasks.doneAt)))
    .for('update', { of: caseTasks });
  return row ?? null;
}

export type Recipient = { id: string; email: string; name: string; locale: string };

const recipientColumns = { id: users.id, email: users.email, name: users.name, locale: users.locale };

/** The case's assignee when she is active; otherwise the active counsellors of the case's team. */
export async function reminderRecipients(
  db: Db,
  deadline: Pick<DueDeadline, 'assigneeId' | 'teamId'>,
): Promise<Recipient[]> {
  if (deadline.assigneeId) {
    const assignee = await db
      .select(recipientColumns)
      .from(users)
      .where(and(eq(users.id, deadline.assigneeId), eq(users.active, true)));
    if (assignee.length > 0) return assignee;
  }
  if (!deadline.teamId) return [];
  return db
    .select(recipientColumns)
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'counsellor')))
    .where(and(eq(users.teamId, deadline.teamId), eq(users.active, true)))
    .orderBy(asc(users.email));
}

export async function markReminded(db: Db, taskId: string): Promise<void> {
  await db.update(caseTasks).set({ remindedAt: sql`now()` }).where(eq(caseTasks.id, taskId));
}
