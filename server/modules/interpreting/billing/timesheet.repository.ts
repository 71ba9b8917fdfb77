import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import {
  assignments,
  charges,
  interpreters,
  interpretingRequests,
  timesheets,
} from '../interpreting.tables.ts';

export type TimesheetRow = typeof timesheets.$inferSelect;
export type ChargeRow = typeof charges.$inferSelect;
export type NewCharge = typeof charges.$inferInsert;

/** What a timesheet needs to know about its assignment, request and interpreter. */
export type AssignmentContext = {
  assignmentId: string;
  assignmentStatus: string;
  startsAt: Date;
  endsAt: Date;
  interpreterId: string;
  interpreterUserId: string | null;
  requestId: string;
  requestStatus: string;
  reference: string;
  organisationId: string;
  mode: string;
  language: string;
  variant: string | null;
  costCentre: string | null;
};

export async function findAssignmentContext(db: Db, assignmentId: string): Promise<AssignmentContext | null> {
  const [row] = await db
    .select({
      assignmentId: assignments.id,
      assignmentStatus: assignments.status,
      startsAt: assignments.startsAt,
      endsAt: assignments.endsAt,
      interpreterId: assignments.interpreterId,
      interpreterUserId: interpreters.userId,
      requestId: interpretingRequests.id,
      requestStatus: interpretingRequests.status,
      reference: interpretingRequests.reference,
      organisationId: interpretingRequests.organisationId,
      mode: interpretingRequests.mode,
      language: interpretingRequests.language,
      variant: interpretingRequests.variant,
      costCentre: interpretingRequests.costCentre,
    })
    .from(assignments)
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .innerJoin(interpreters, eq(interpreters.id, assignments.interpreterId))
    .where(eq(assignments.id, assignmentId));
  return row ?? null;
}

export type TimesheetValues = Omit<typeof timesheets.$inferInsert, 'status' | 'submittedAt'>;

/**
 * Inserts the timesheet, or replaces one that is not approved yet. The WHERE of the upsert is
 * the compare-and-set: an approved (locked) timesheet answers no row.
 */
export async function upsertTimesheet(db: Db, values: TimesheetValues): Promise<TimesheetRow | null> {
  const { assignmentId: _, ...changes } = values;
  const [row] = await db
    .insert(timesheets)
    .values({ ...values, status: 'submitted' })
    .onConflictDoUpdate({
      target: timesheets.assignmentId,
      set: {
        ...changes,
        status: 'submitted',
        submittedAt: sql`now()`,
        reviewedAt: null,
        reviewedBy: null,
        reviewNote: null,
      },
      setWhere: ne(timesheets.status, 'approved'),
    })
    .returning();
  return row ?? null;
}

export async function findTimesheet(db: Db, assignmentId: string): Promise<TimesheetRow | null> {
  const [row] = await db.select().from(timesheets).where(eq(timesheets.assignmentId, assignmentId));
  return row ?? null;
}

/** Moves a submitted timesheet to approved or rejected; null when it was not 'submitted'. */
export async function reviewTimesheet(
  db: Db,
  assignmentId: string,
  review: { status: 'approved' | 'rejected'; reviewedBy: string; note: string | null },
): Promise<TimesheetRow | null> {
  const [row] = await db
    .update(timesheets)
    .set({
      status: review.status,
      reviewedBy: review.reviewedBy,
      reviewedAt: sql`now()`,
      reviewNote: review.note,
    })
    .where(and(eq(timesheets.assignmentId, assignmentId), eq(timesheets.status, 'submitted')))
    .returning();
  return row ?? null;
}

/** Compare-and-set of a request's status; false when it was in none of `from`. */
export async function moveRequestStatus(
  db: Db,
  requestId: string,
  from: string[],
  to: string,
): Promise<boolean> {
  const rows = await db
    .update(interpretingRequests)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(interpretingRequests.id, requestId), inArray(interpretingRequests.status, from)))
    .returning({ id: interpretingRequests.id });
  return rows.length > 0;
}

export async function insertCharge(db: Db, values: NewCharge): Promise<ChargeRow> {
  const [row] = await db.insert(charges).values(values).returning();
  if (!row) throw new Error('insert into interpreting_charges returned no row');
  return row;
}
