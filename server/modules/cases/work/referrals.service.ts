import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  type CaseReferral,
  type CreateReferral,
  REFERRAL_STATUSES,
  type UpdateReferral,
} from '../../../../contracts/case-work.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { caseReferrals, cases, caseTasks } from '../cases.tables.ts';
import {
  organisationExists,
  organisationNames,
  refOf,
  teamExists,
  teamNames,
  userNames,
} from './work.repository.ts';
import { actorOf } from './work-guards.ts';

type ReferralRow = typeof caseReferrals.$inferSelect;
type Status = (typeof REFERRAL_STATUSES)[number];

/** A referral moves sent → accepted | declined, accepted → completed; declined and completed end it. */
const NEXT: Record<Status, readonly Status[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

const statusOf = (value: string): Status => REFERRAL_STATUSES.find((status) => status === value) ?? 'sent';

async function viewOf(db: Db, rows: ReferralRow[]): Promise<CaseReferral[]> {
  const [users, teamsById, orgs] = await Promise.all([
    userNames(
      db,
      rows.map((row) => row.createdBy),
    ),
    teamNames(
      db,
      rows.flatMap((row) => [row.fromTeamId, row.toTeamId]),
    ),
    organisationNames(
      db,
      rows.map((row) => row.organisationId),
    ),
  ]);
  const named = (names: Map<string, string>, id: string | null) =>
    id ? { id, name: names.get(id) ?? '' } : null;
  return rows.map((row) => ({
    id: row.id,
    caseId: row.caseId,
    kind: row.kind === 'transfer' ? 'transfer' : 'referral',
    organisation: named(orgs, row.organisationId),
    fromTeam: named(teamsById, row.fromTeamId),
    toTeam: named(teamsById, row.toTeamId),
    reason: row.reason,
    status: statusOf(row.status),
    createdBy: refOf(users, row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function one(db: Db, row: ReferralRow): Promise<CaseReferral> {
  const [view] = await viewOf(db, [row]);
  if (!view) throw new Error('no view');
  return view;
}

export async function listReferrals(db: Db, ctx: RequestContext, caseId: string): Promise<CaseReferral[]> {
  await openCaseForWork(db, ctx, caseId);
  const rows = await db
    .select()
    .from(caseReferrals)
    .where(eq(caseReferrals.caseId, caseId))
    .orderBy(desc(caseReferrals.createdAt), desc(caseReferrals.id));
  return viewOf(db, rows);
}

async function refer(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: { organisationId: string; reason: string },
) {
  if (!(await organisationExists(db, input.organisationId))) {
    throw new AppError('CASE_WORK.UNKNOWN_ORGANISATION', undefined, {
      fieldErrors: [{ path: 'organisationId', message: 'no such organisation' }],
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(caseReferrals)
      .values({
        caseId,
        kind: 'referral',
        organisationId: input.organisationId,
        reason: input.reason,
        createdBy: actorOf(ctx).id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.referral.sent', {
      referralId: row.id,
      organisationId: row.organisationId,
    });
    await touchCase(tx, caseId);
    return row;
  });
}

/**
 * Moves the case to another team, in one transaction with its record: the team changes, the
 * assignee (of the case and of its open tasks) is cleared — the new team assigns — and the old
 * team loses access with it.
 */
async function transfer(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: { toTeamId: string; reason: string },
) {
  if (!(await teamExists(db, input.toTeamId))) {
    throw new AppError('CASE_WORK.UNKNOWN_TEAM', undefined, {
      fieldErrors: [{ path: 'toTeamId', message: 'no such team' }],
    });
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!current) throw new AppError('CASES.NOT_FOUND');
    if (current.teamId === input.toTeamId) throw new AppError('CASE_WORK.SAME_TEAM');
    await tx
      .update(cases)
      .set({ teamId: input.toTeamId, assigneeId: null, version: current.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, caseId));
    // Open tasks were the old team's to do: the new team assigns them again.
    await tx
      .update(caseTasks)
      .set({ assigneeId: null, updatedAt: new Date() })
      .where(and(eq(caseTasks.caseId, caseId), isNull(caseTasks.doneAt)));
    const [row] = await tx
      .insert(caseReferrals)
      .values({
        caseId,
        kind: 'transfer',
        fromTeamId: current.teamId,
        toTeamId: input.toTeamId,
        reason: input.reason,
        status: 'completed',
        createdBy: actorOf(ctx).id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.transferred', {
      referralId: row.id,
      fromTeamId: current.teamId,
      toTeamId: input.toTeamId,
      previousAssigneeId: current.assigneeId,
    });
    return row;
  });
}

/** A referral shares the case with a partner; a transfer hands it to another team. */
export async function createReferral(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: CreateReferral,
): Promise<CaseReferral> {
  await openCaseForWork(db, ctx, caseId, { write: true });
  const row =
    input.kind === 'referral' ? await refer(db, ctx, caseId, input) : await transfer(db, ctx, caseId, input);
  return one(db, row);
}

export async function updateReferral(
  db: Db,
  ctx: RequestContext,
  ids: { caseId: string; rid: string },
  input: UpdateReferral,
): Promise<CaseReferral> {
  await openCaseForWork(db, ctx, ids.caseId, { write: true });
  const row = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(caseReferrals)
      .where(and(eq(caseReferrals.id, ids.rid), eq(caseReferrals.caseId, ids.caseId)))
      .for('update');
    if (!current) throw new AppError('CASE_WORK.REFERRAL_NOT_FOUND');
    const from = statusOf(current.status);
    if (current.kind !== 'referral' || !NEXT[from].includes(input.status)) {
      throw new AppError('CASE_WORK.REFERRAL_STATUS', `${current.kind} ${from} → ${input.status}`);
    }
    const [updated] = await tx
      .update(caseReferrals)
      .set({ status: input.status, updatedAt: new Date() })
      .where(eq(caseReferrals.id, current.id))
      .returning();
    if (!updated) throw new AppError('CASE_WORK.REFERRAL_NOT_FOUND');
    await recordCaseEvent(tx, ctx, ids.caseId, 'case.referral.status', {
      referralId: updated.id,
      from,
      to: input.status,
    });
    await touchCase(tx, ids.caseId);
    return updated;
  });
  return one(db, row);
}
