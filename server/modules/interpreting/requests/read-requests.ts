import { z } from 'zod';
import type {
  InterpretingRequestView,
  RequestListQuery,
} from '../../../../contracts/interpreting-requests.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor } from '../../../platform/identity/policy.ts';
import { addDays, brusselsInstant } from '../brussels-time.ts';
import { toOneView, toRequestViews, viewerOf } from './request-view.ts';
import { findVisibleRequest, listVisibleRequests, type RequestRow } from './requests.repository.ts';

/** Requesters and staff read requests; an interpreter reads the ones she is booked or asked for. */
function requireReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  const may = ['interpreting.request', 'interpreting.dispatch', 'interpreting.work'] as const;
  if (may.some((permission) => hasPermission(actor.roles, permission))) return actor;
  throw new AppError('COMMON.FORBIDDEN', 'needs interpreting.request or interpreting.work');
}

/** One request; 404 (never 403) for one the actor may not see, so its existence does not leak. */
export async function getInterpretingRequest(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<InterpretingRequestView> {
  const actor = requireReader(ctx);
  const row = await findVisibleRequest(db, actor, id);
  if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
  return toOneView(db, row, viewerOf(actor));
}

const CursorSchema = z.object({ start: z.iso.datetime(), id: z.uuid() });

function encodeCursor(row: RequestRow): string {
  return Buffer.from(JSON.stringify({ start: row.startsAt.toISOString(), id: row.id })).toString('base64url');
}

function decodeCursor(cursor: string): { start: Date; id: string } {
  try {
    const parsed = CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { start: new Date(parsed.start), id: parsed.id };
  } catch {
    throw new AppError('COMMON.VALIDATION_FAILED', 'the cursor is not one this list gave out', {
      fieldErrors: [{ path: 'cursor', message: 'use nextCursor of the previous page' }],
    });
  }
}

/** The visible requests by start, a page at a time; from/to are Brussels days, both included. */
export async function listInterpretingRequests(
  db: Db,
  ctx: RequestContext,
  query: RequestListQuery,
): Promise<{ items: InterpretingRequestView[]; nextCursor: string | null }> {
  const actor = requireReader(ctx);
  const rows = await listVisibleRequests(db, actor, {
    status: query.status,
    from: query.from ? brusselsInstant(query.from, 0) : undefined,
    before: query.to ? brusselsInstant(addDays(query.to, 1), 0) : undefined,
    language: query.language,
    organisationId: query.organisationId,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toRequestViews(db, page, viewerOf(actor)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
