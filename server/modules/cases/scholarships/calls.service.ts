import {
  CALL_STATUS_LABELS,
  type Call,
  type CallDetail,
  type CallListQuery,
  CallStatusSchema,
  type CreateCall,
  SCHOLARSHIP_STATUSES,
  type UpdateCall,
} from '../../../../contracts/scholarships.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission, requireActor, requirePermission } from '../../../platform/identity/index.ts';
import { today } from '../../../platform/params/index.ts';
import {
  type CallRow,
  callFigures,
  findCall,
  insertCall,
  selectCalls,
  selectOpenCalls,
  updateCallRow,
} from './calls.repository.ts';

const ENTITY = 'scholarship_call';

/** Reading calls: whoever works cases, scores or runs the scholarships. */
export function requireCallReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  const may = (['cases.work', 'scholarships.manage', 'scholarships.score'] as const).some((permission) =>
    hasPermission(actor.roles, permission),
  );
  if (!may) throw new AppError('COMMON.FORBIDDEN', 'needs cases.work or a scholarships permission');
  return actor;
}

export function toCall(row: CallRow): Call {
  // The CHECK constraint keeps the column to these four values.
  const status = CallStatusSchema.parse(row.status);
  return {
    id: row.id,
    academicYear: row.academicYear,
    title: row.title,
    budgetCents: row.budgetCents,
    grantCents: row.grantCents,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status,
    statusLabel: CALL_STATUS_LABELS[status],
    awardedCents: row.awardedCents,
    awardedAt: row.awardedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The same checks as the create schema, on the merged call of a PATCH (422: the pair conflicts). */
function checkConsistent(call: Pick<CallRow, 'opensOn' | 'closesOn' | 'grantCents' | 'budgetCents'>): void {
  if (call.closesOn < call.opensOn) {
    throw new AppError('SCHOLARSHIPS.INVALID_CALL', 'closesOn lies before opensOn', {
      fieldErrors: [{ path: 'closesOn', message: 'must be on or after opensOn' }],
    });
  }
  if (call.grantCents > call.budgetCents) {
    throw new AppError('SCHOLARSHIPS.INVALID_CALL', 'one grant exceeds the budget', {
      fieldErrors: [{ path: 'grantCents', message: 'must not exceed budgetCents' }],
    });
  }
}

function duplicate(error: unknown): never {
  if (sqlState(error) === '23505') throw new AppError('SCHOLARSHIPS.CALL_EXISTS');
  throw error;
}

export async function createCall(db: Db, ctx: RequestContext, input: CreateCall): Promise<Call> {
  const actor = requirePermission(ctx, 'scholarships.manage');
  checkConsistent(input);
  const row = await db
    .transaction(async (tx) => {
      const created = await insertCall(tx, { ...input, createdBy: actor.id });
      await recordAudit(tx, ctx, {
        action: `${ENTITY}.created`,
        entity: ENTITY,
        entityId: created.id,
        after: created,
      });
      return created;
    })
    .catch(duplicate);
  return toCall(row);
}

export async function updateCall(db: Db, ctx: RequestContext, id: string, input: UpdateCall): Promise<Call> {
  requirePermission(ctx, 'scholarships.manage');
  const row = await db
    .transaction(async (tx) => {
      const before = await findCall(tx, id, { lock: true });
      if (!before) throw new AppError('SCHOLARSHIPS.CALL_NOT_FOUND');
      if (before.status === 'awarded') throw new AppError('SCHOLARSHIPS.CALL_AWARDED');
      checkConsistent({ ...before, ...input });
      const after = await updateCallRow(tx, id, input);
      await recordAudit(tx, ctx, {
        action: `${ENTITY}.updated`,
        entity: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    })
    .catch(duplicate);
  return toCall(row);
}

export async function listCalls(
  db: Db,
  ctx: RequestContext,
  query: CallListQuery,
): Promise<{ items: Call[] }> {
  requireCallReader(ctx);
  return { items: (await selectCalls(db, query)).map(toCall) };
}

/** One call with its applications per status and the money committed, paid and left. */
export async function getCall(db: Db, ctx: RequestContext, id: string): Promise<CallDetail> {
  requireCallReader(ctx);
  const row = await findCall(db, id);
  if (!row) throw new AppError('SCHOLARSHIPS.CALL_NOT_FOUND');
  const figures = await callFigures(db, id);
  const countsByStatus = Object.fromEntries(SCHOLARSHIP_STATUSES.map((status) => [status, 0]));
  for (const { status, count } of figures.byStatus) countsByStatus[status] = count;
  return {
    ...toCall(row),
    applications: figures.byStatus.reduce((sum, entry) => sum + entry.count, 0),
    countsByStatus,
    budgetUsedCents: figures.budgetUsedCents,
    budgetLeftCents: row.budgetCents - figures.budgetUsedCents,
    paidCents: figures.paidCents,
  };
}

/** The portal's list: open calls whose window includes today; no account needed, nothing internal. */
export async function listPublicCalls(db: Db) {
  const rows = await selectOpenCalls(db, today());
  return {
    items: rows.map(({ id, title, academicYear, closesOn, grantCents }) => ({
      id,
      title,
      academicYear,
      closesOn,
      grantCents,
    })),
  };
}

/** A call that exists, for the routes under /calls/{id}. */
export async function requireCall(db: Db, id: string): Promise<CallRow> {
  const row = await findCall(db, id);
  if (!row) throw new AppError('SCHOLARSHIPS.CALL_NOT_FOUND');
  return row;
}
