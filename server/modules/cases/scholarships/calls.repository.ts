import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { cases } from '../cases.tables.ts';
import { scholarshipCalls } from './scholarships.tables.ts';

export type CallRow = typeof scholarshipCalls.$inferSelect;
export type CallValues = typeof scholarshipCalls.$inferInsert;

/** The applications of a call: scholarship cases whose fields name it (kept after anonymisation). */
export function applicationsOf(callId: string): SQL {
  return sql`${cases.type} = 'scholarship' and ${cases.fields}->>'callId' = ${callId}`;
}

export async function insertCall(db: Db, values: CallValues): Promise<CallRow> {
  const [row] = await db.insert(scholarshipCalls).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findCall(
  db: Db,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CallRow | undefined> {
  const query = db.select().from(scholarshipCalls).where(eq(scholarshipCalls.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function updateCallRow(db: Db, id: string, patch: Partial<CallValues>): Promise<CallRow> {
  const [row] = await db
    .update(scholarshipCalls)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(scholarshipCalls.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/**
 * Marks a call awarded only if nobody did so first: the compare-and-set on the status is what
 * makes a second award fail, even if the row lock were ever dropped.
 */
export async function markAwarded(db: Db, id: string, fromStatus: string, awardedCents: number) {
  const [row] = await db
    .update(scholarshipCalls)
    .set({ status: 'awarded', awardedCents, awardedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(scholarshipCalls.id, id), eq(scholarshipCalls.status, fromStatus)))
    .returning();
  return row;
}

export async function selectCalls(
  db: Db,
  filter: { academicYear?: string; status?: string },
): Promise<CallRow[]> {
  const conditions = [
    filter.academicYear ? eq(scholarshipCalls.academicYear, filter.academicYear) : undefined,
    filter.status ? eq(scholarshipCalls.status, filter.status) : undefined,
  ];
  return db
    .select()
    .from(scholarshipCalls)
    .where(and(...conditions))
    .orderBy(desc(scholarshipCalls.academicYear), asc(scholarshipCalls.title));
}

/** Open calls whose application window includes `day` (the portal's list). */
export async function selectOpenCalls(db: Db, day: string): Promise<CallRow[]> {
  return db
    .select()
    .from(scholarshipCalls)
    .where(
      and(
        eq(scholarshipCalls.status, 'open'),
        sql`${scholarshipCalls.opensOn} <= ${day}`,
        sql`${scholarshipCalls.closesOn} >= ${day}`,
      ),
    )
    .orderBy(asc(scholarshipCalls.closesOn), asc(scholarshipCalls.title));
}

export type CallFigures = {
  byStatus: { status: string; count: number }[];
  budgetUsedCents: number;
  paidCents: number;
};

const awardCents = sql`coalesce((${cases.fields}->>'awardCents')::int, 0)`;
const payment = sql`${cases.fields}->>'payment'`;

/** Applications per status and the money committed and paid, in two small aggregates. */
export async function callFigures(db: Db, callId: string): Promise<CallFigures> {
  const byStatus = await db
    .select({ status: cases.status, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(applicationsOf(callId))
    .groupBy(cases.status);
  const [money] = await db
    .select({
      used: sql<number>`coalesce(sum(${awardCents}) filter (where ${payment} in ('pending','paid')), 0)::int`,
      paid: sql<number>`coalesce(sum(${awardCents}) filter (where ${payment} = 'paid'), 0)::int`,
    })
    .from(cases)
    .where(applicationsOf(callId));
  return { byStatus, budgetUsedCents: money?.used ?? 0, paidCents: money?.paid ?? 0 };
}
