import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { assignments, interpretingRequests } from '../interpreting.tables.ts';
import type { DayJob } from './busy-range.ts';
import type { RequestRow } from './matching.repository.ts';

/** Row locks and writes of assignments. Lock order: request → interpreter → assignments. */

export type AssignmentRow = typeof assignments.$inferSelect;

/** Locks the request row for the rest of the transaction. */
export async function lockRequest(tx: Db, requestId: string): Promise<RequestRow | null> {
  const [row] = await tx
    .select()
    .from(interpretingRequests)
    .where(eq(interpretingRequests.id, requestId))
    .for('update');
  return row ?? null;
}

/** Serialises every booking of one interpreter, so the re-check sees a stable picture. */
export async function lockInterpreter(tx: Db, interpreterId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from interpreters where id = ${interpreterId} and status = 'active' for update`,
  );
  return rows.length === 1;
}

export async function activeAssignmentOf(tx: Db, requestId: string): Promise<AssignmentRow | null> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, 'active')));
  return row ?? null;
}

/** The interpreter's active jobs that start within [from, to), with the place of on-site ones. */
export async function jobsBetween(tx: Db, interpreterId: string, from: Date, to: Date): Promise<DayJob[]> {
  const rows = await queryRows<{
    id: string;
    s: number;
    e: number;
    travel: number;
    mode: string;
    lat: number | null;
    lon: number | null;
  }>(
    tx,
    sql`select a.id, (extract(epoch from a.starts_at) * 1000)::float8 as s,
        (extract(epoch from a.ends_at) * 1000)::float8 as e, a.travel_before_minutes as travel,
        r.mode, r.lat, r.lon
      from interpreting_assignments a join interpreting_requests r on r.id = a.request_id
      where a.interpreter_id = ${interpreterId} and a.status = 'active'
        and a.starts_at >= ${from.toISOString()} and a.starts_at < ${to.toISOString()}`,
  );
  return rows.map((r) => ({
    id: r.id,
    startMs: r.s,
    endMs: r.e,
    travelBeforeMinutes: r.travel,
    location: r.mode === 'on_site' && r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
  }));
}

/** Moves the start of a job's busy range; busy_from follows from the CHECK's formula. */
export async function setTravelBefore(tx: Db, assignmentId: string, minutes: number): Promise<void> {
  await tx.execute(sql`update interpreting_assignments
    set travel_before_minutes = ${minutes},
        busy_from = starts_at - ${minutes} * interval '1 minute', updated_at = now()
    where id = ${assignmentId}`);
}

export type NewAssignment = {
  requestId: string;
  interpreterId: string;
  startsAt: Date;
  endsAt: Date;
  travelBeforeMinutes: number;
  source: 'assigned' | 'offer' | 'plan';
  score: number | null;
  breakdown: Record<string, number> | null;
  decidedBy: string | null;
};

export async function insertAssignment(tx: Db, values: NewAssignment): Promise<AssignmentRow> {
  const busyFrom = new Date(values.startsAt.getTime() - values.travelBeforeMinutes * 60_000);
  const [row] = await tx
    .insert(assignments)
    .values({ ...values, busyFrom, status: 'active' })
    .returning();
  if (!row) throw new Error('insert into interpreting_assignments returned no row');
  return row;
}

/** The request is now staffed: compare-and-set, so a cancelled request is never revived. */
export async function markRequestAssigned(tx: Db, requestId: string): Promise<boolean> {
  const rows = await tx
    .update(interpretingRequests)
    .set({ status: 'assigned', confirmedAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(interpretingRequests.id, requestId),
        sql`${interpretingRequests.status} in ('submitted', 'offered', 'unfilled')`,
      ),
    )
    .returning({ id: interpretingRequests.id });
  return rows.length === 1;
}
