import { and, eq, inArray } from 'drizzle-orm';
import type { CaseType } from '../../../contracts/case-types.ts';
import type {
  CaseDetail,
  CaseListQuery,
  CaseSummary,
  CreateCase,
  UpdateCase,
} from '../../../contracts/cases.ts';
import { CreatePersonRequestSchema } from '../../../contracts/people.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { people } from '../../platform/identity/identity.tables.ts';
import { createPerson, hasPermission, requirePermission } from '../../platform/identity/index.ts';
import { type CaseRow, openCaseForWork, recordCaseEvent } from './case-access.ts';
import { fieldsFromCreate, mergeFields } from './case-fields.ts';
import { CASE_DEFINITIONS } from './case-types/index.ts';
import { brusselsToday, factsOf, toDetail, toSummary } from './case-view.ts';
import {
  insertHistory,
  isCaseWorker,
  nextReference,
  selectCaseSummary,
  selectCases,
  selectTeams,
  syncDeadlineTasks,
  teamExists,
} from './cases.repository.ts';
import { casePeople, cases } from './cases.tables.ts';
import { applyTransition } from './transition-case.ts';

export { transitionCase } from './transition-case.ts';

export type CreateOptions = { origin?: 'staff' | 'portal'; publicCodeHash?: string };

async function detailOf(db: Db, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const summary = await selectCaseSummary(db, id);
  if (!summary) throw new AppError('CASES.NOT_FOUND');
  return toDetail(db, summary, ctx.actor);
}

async function checkRefs(db: Db, input: CreateCase): Promise<void> {
  if (input.teamId && !(await teamExists(db, input.teamId))) throw new AppError('CASES.UNKNOWN_TEAM');
  if (input.assigneeId && !(await isCaseWorker(db, input.assigneeId))) {
    throw new AppError('CASES.UNKNOWN_ASSIGNEE');
  }
  const ids = (input.people ?? []).map((p) => p.personId);
  if (ids.length === 0) return;
  const found = await db.select({ id: people.id }).from(people).where(inArray(people.id, ids));
  if (found.length !== new Set(ids).size) throw new AppError('CASES.UNKNOWN_PERSON');
}

async function linkPeople(tx: Db, ctx: RequestContext, caseId: string, input: CreateCase): Promise<void> {
  const links = [...(input.people ?? [])];
  if (input.person) {
    const person = await createPerson(tx, ctx, CreatePersonRequestSchema.parse(input.person));
    links.unshift({ personId: person.id, role: input.type === 'education_question' ? 'parent' : 'client' });
  }
  if (links.length)
    await tx
      .insert(casePeople)
      .values(links.map((link) => ({ caseId, ...link })))
      .onConflictDoNothing();
}

/**
 * Opens a case: `{type, title}` is enough; the type's fields are checked by its schema. Staff need
 * `cases.work`; the portal's forms call this with a system context and `origin: 'portal'`.
 * `quick` (education questions with an answer) opens and closes it in the same transaction.
 */
export async function createCase(
  db: Db,
  ctx: RequestContext,
  input: CreateCase,
  options: CreateOptions = {},
): Promise<CaseDetail> {
  const actor = options.origin === 'portal' && !ctx.actor ? null : requirePermission(ctx, 'cases.work');
  const type: CaseType = input.type;
  const definition = CASE_DEFINITIONS[type];
  const fields = fieldsFromCreate(type, input);
  if (input.quick && (type !== 'education_question' || !fields.answer)) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'A quick case is an education question with its answer', {
      fieldErrors: [{ path: 'fields.answer', message: 'Required for a quick question' }],
    });
  }
  await checkRefs(db, input);
  const assigneeId =
    input.assigneeId ??
    (actor && hasPermission(actor.roles, 'cases.work') && actor.roles.includes('counsellor')
      ? actor.id
      : null);
  const id = await db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(cases)
      .values({
        reference: await nextReference(tx, Number(brusselsToday(now).slice(0, 4))),
        type,
        title: input.title,
        status: definition.initial,
        teamId: input.teamId ?? actor?.teamId ?? null,
        assigneeId,
        fields: {
          ...fields,
          ...(definition.onEnter?.(definition.initial, {
            status: definition.initial,
            fields,
            openedAt: now,
            today: brusselsToday(now),
          }) ?? {}),
        },
        language: input.language ?? input.person?.preferredLanguage ?? 'nl',
        origin: options.origin ?? 'staff',
        publicCodeHash: options.publicCodeHash ?? null,
        createdBy: actor?.id ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await insertHistory(tx, {
      caseId: row.id,
      fromStatus: null,
      toStatus: row.status,
      actorId: actor?.id ?? null,
    });
    await linkPeople(tx, ctx, row.id, input);
    await recordCaseEvent(tx, ctx, row.id, 'case.created', {
      reference: row.reference,
      type,
      status: row.status,
      teamId: row.teamId,
      assigneeId: row.assigneeId,
      origin: row.origin,
    });
    await syncDeadlineTasks(tx, row, definition.deadlines?.(factsOf(row)) ?? []);
    if (input.quick)
      await applyTransition(tx, ctx, row, { to: 'closed', reason: 'Meteen beantwoord' }, 'system');
    return row.id;
  });
  return detailOf(db, ctx, id);
}

/** The teams a case can be transferred to (names only: nothing personal). */
export async function listCaseTeams(db: Db, ctx: RequestContext): Promise<{ id: string; name: string }[]> {
  requirePermission(ctx, 'cases.work');
  return selectTeams(db);
}

/** One case, scoped; the read is audited (a case is a person's file). */
export async function getCase(db: Db, ctx: RequestContext, id: string): Promise<CaseDetail> {
  await openCaseForWork(db, ctx, id);
  await recordCaseEvent(db, ctx, id, 'case.read');
  return detailOf(db, ctx, id);
}

export async function listCases(
  db: Db,
  ctx: RequestContext,
  query: CaseListQuery,
): Promise<{ items: CaseSummary[]; total: number }> {
  const actor = requirePermission(ctx, 'cases.work');
  const { rows, total } = await selectCases(db, actor, query);
  return { items: rows.map(toSummary), total };
}

function changedKeys(before: CaseRow, after: CaseRow): string[] {
  const keys = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)]);
  return [...keys].filter((key) => JSON.stringify(before.fields[key]) !== JSON.stringify(after.fields[key]));
}

/** Title, assignee, language and fields (merged, then checked by the type's schema). */
export async function updateCase(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateCase,
): Promise<CaseDetail> {
  await openCaseForWork(db, ctx, id, { write: true });
  if (input.assigneeId && !(await isCaseWorker(db, input.assigneeId)))
    throw new AppError('CASES.UNKNOWN_ASSIGNEE');
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
    if (!row) throw new AppError('CASES.NOT_FOUND');
    if (input.version !== undefined && input.version !== row.version) throw new AppError('CASES.STALE');
    const fields = input.fields ? mergeFields(row.type as CaseType, row.fields, input.fields) : row.fields;
    const [updated] = await tx
      .update(cases)
      .set({
        title: input.title ?? row.title,
        assigneeId: input.assigneeId === undefined ? row.assigneeId : input.assigneeId,
        language: input.language ?? row.language,
        fields,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(cases.id, id), eq(cases.version, row.version)))
      .returning();
    if (!updated) throw new AppError('CASES.STALE');
    await recordCaseEvent(tx, ctx, id, 'case.updated', {
      fields: changedKeys(row, updated),
      // Titles often name the client: the audit records that it changed, not to what.
      ...(input.title ? { titleChanged: true } : {}),
      ...(input.assigneeId !== undefined ? { assigneeId: updated.assigneeId } : {}),
    });
    const definition = CASE_DEFINITIONS[row.type as CaseType];
    await syncDeadlineTasks(tx, updated, definition.deadlines?.(factsOf(updated)) ?? []);
  });
  return detailOf(db, ctx, id);
}
