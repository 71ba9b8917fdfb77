import { and, asc, eq, sql } from 'drizzle-orm';
import type { CaseTask, CreateTask, UpdateTask } from '../../../../contracts/case-work.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { brusselsToday } from '../case-view.ts';
import { caseTasks } from '../cases.tables.ts';
import { type Names, refOf, userNames } from './work.repository.ts';
import { actorOf, requireCaseWorker } from './work-guards.ts';

type TaskRow = typeof caseTasks.$inferSelect;

function toTask(row: TaskRow, names: Names, today: string): CaseTask {
  return {
    id: row.id,
    caseId: row.caseId,
    title: row.title,
    dueOn: row.dueOn,
    assignee: refOf(names, row.assigneeId),
    deadlineKey: row.deadlineKey,
    ruleMade: row.deadlineKey !== null,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: refOf(names, row.doneBy),
    overdue: row.doneAt === null && row.dueOn !== null && row.dueOn < today,
    createdAt: row.createdAt.toISOString(),
  };
}

async function viewOf(db: Db, rows: TaskRow[]): Promise<CaseTask[]> {
  const names = await userNames(
    db,
    rows.flatMap((row) => [row.assigneeId, row.doneBy]),
  );
  const today = brusselsToday();
  return rows.map((row) => toTask(row, names, today));
}

/** Open tasks first, by due date (undated last), then the done ones. */
export async function listTasks(db: Db, ctx: RequestContext, caseId: string): Promise<CaseTask[]> {
  await openCaseForWork(db, ctx, caseId);
  const rows = await db
    .select()
    .from(caseTasks)
    .where(eq(caseTasks.caseId, caseId))
    .orderBy(
      sql`${caseTasks.doneAt} is not null`,
      sql`${caseTasks.dueOn} asc nulls last`,
      asc(caseTasks.createdAt),
    );
  return viewOf(db, rows);
}

export async function createTask(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: CreateTask,
): Promise<CaseTask> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  const actor = actorOf(ctx);
  await requireCaseWorker(db, input.assigneeId, 'assigneeId');
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(caseTasks)
      .values({
        caseId,
        title: input.title,
        dueOn: input.dueOn ?? null,
        assigneeId: input.assigneeId ?? null,
        createdBy: actor.id,
      })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.task.added', {
      taskId: inserted.id,
      title: inserted.title,
      dueOn: inserted.dueOn,
      assigneeId: inserted.assigneeId,
    });
    await touchCase(tx, caseId);
    return inserted;
  });
  const [view] = await viewOf(db, [row]);
  if (!view) throw new Error('no view');
  return view;
}

async function lockTask(tx: Db, caseId: string, taskId: string): Promise<TaskRow> {
  const [row] = await tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, caseId)))
    .for('update');
  if (!row) throw new AppError('CASE_WORK.TASK_NOT_FOUND');
  return row;
}

function actionOf(input: UpdateTask): string {
  if (input.done === true) return 'case.task.done';
  if (input.done === false) return 'case.task.reopened';
  return 'case.task.updated';
}

/** The changed values; a rule-made deadline refuses a new title or date (its rules own them). */
function changesOf(row: TaskRow, input: UpdateTask, actorId: string): Partial<TaskRow> {
  if (row.deadlineKey && (input.title !== undefined || input.dueOn !== undefined)) {
    throw new AppError('CASE_WORK.DEADLINE_TASK_LOCKED');
  }
  const changes: Partial<TaskRow> = { updatedAt: new Date() };
  if (input.title !== undefined) changes.title = input.title;
  if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
  if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
  if (input.done === true && !row.doneAt) Object.assign(changes, { doneAt: new Date(), doneBy: actorId });
  if (input.done === false) Object.assign(changes, { doneAt: null, doneBy: null });
  return changes;
}

export async function updateTask(
  db: Db,
  ctx: RequestContext,
  ids: { caseId: string; taskId: string },
  input: UpdateTask,
): Promise<CaseTask> {
  await openCaseForWork(db, ctx, ids.caseId, { write: true });
  const actor = actorOf(ctx);
  await requireCaseWorker(db, input.assigneeId, 'assigneeId');
  const row = await db.transaction(async (tx) => {
    const current = await lockTask(tx, ids.caseId, ids.taskId);
    const [updated] = await tx
      .update(caseTasks)
      .set(changesOf(current, input, actor.id))
      .where(eq(caseTasks.id, current.id))
      .returning();
    if (!updated) throw new AppError('CASE_WORK.TASK_NOT_FOUND');
    await recordCaseEvent(tx, ctx, ids.caseId, actionOf(input), {
      taskId: updated.id,
      title: updated.title,
      changed: Object.entries(input)
        .filter(([, value]) => value !== undefined)
        .map(([key]) => key),
      dueOn: updated.dueOn,
      assigneeId: updated.assigneeId,
    });
    await touchCase(tx, ids.caseId);
    return updated;
  });
  const [view] = await viewOf(db, [row]);
  if (!view) throw new Error('no view');
  return view;
}

/** Deletes a task made by hand; a rule-made deadline stays (mark it done instead). */
export async function deleteTask(
  db: Db,
  ctx: RequestContext,
  ids: { caseId: string; taskId: string },
): Promise<void> {
  await openCaseForWork(db, ctx, ids.caseId, { write: true });
  await db.transaction(async (tx) => {
    const current = await lockTask(tx, ids.caseId, ids.taskId);
    if (current.deadlineKey) throw new AppError('CASE_WORK.DEADLINE_TASK_LOCKED');
    await tx.delete(caseTasks).where(eq(caseTasks.id, current.id));
    await recordCaseEvent(tx, ctx, ids.caseId, 'case.task.deleted', {
      taskId: current.id,
      title: current.title,
    });
    await touchCase(tx, ids.caseId);
  });
}
