import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { assignments, interpreters, interpretingRequests, timesheets } from '../interpreting.tables.ts';

/** One timesheet with the plan it reports on, for the reviewer's queue. */
export type TimesheetQueueRow = {
  assignmentId: string;
  requestId: string;
  reference: string;
  organisationId: string;
  organisationName: string;
  interpreterId: string;
  interpreterCode: string;
  givenName: string;
  familyName: string;
  mode: string;
  language: string;
  variant: string | null;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  waitingMinutes: number;
  kilometres: number;
  noShow: string | null;
  notes: string | null;
  status: string;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
};

export type TimesheetQueueFilter = {
  status: string;
  /** Planned start at or after this instant. */
  from?: Date;
  /** Planned start before this instant. */
  before?: Date;
  limit: number;
};

/**
 * Timesheets in one status, planned sessions in [from, before). Submitted ones oldest first (the
 * reviewer works the backlog in order); reviewed ones newest first.
 */
export async function selectTimesheetQueue(
  db: Db,
  filter: TimesheetQueueFilter,
): Promise<TimesheetQueueRow[]> {
  const conditions: SQL[] = [eq(timesheets.status, filter.status)];
  if (filter.from) conditions.push(gte(assignments.startsAt, filter.from));
  if (filter.before) conditions.push(lt(assignments.startsAt, filter.before));
  const order =
    filter.status === 'submitted'
      ? [asc(assignments.startsAt), asc(timesheets.assignmentId)]
      : [desc(timesheets.reviewedAt), asc(timesheets.assignmentId)];
  return db
    .select({
      assignmentId: timesheets.assignmentId,
      requestId: interpretingRequests.id,
      reference: interpretingRequests.reference,
      organisationId: interpretingRequests.organisationId,
      organisationName: organisations.name,
      interpreterId: interpreters.id,
      interpreterCode: interpreters.code,
      givenName: interpreters.givenName,
      familyName: interpreters.familyName,
      mode: interpretingRequests.mode,
      language: interpretingRequests.language,
      variant: interpretingRequests.variant,
      plannedStart: assignments.startsAt,
      plannedEnd: assignments.endsAt,
      actualStart: timesheets.actualStart,
      actualEnd: timesheets.actualEnd,
      waitingMinutes: timesheets.waitingMinutes,
      kilometres: timesheets.kilometres,
      noShow: timesheets.noShow,
      notes: timesheets.notes,
      status: timesheets.status,
      submittedAt: timesheets.submittedAt,
      reviewedAt: timesheets.reviewedAt,
      reviewNote: timesheets.reviewNote,
    })
    .from(timesheets)
    .innerJoin(assignments, eq(assignments.id, timesheets.assignmentId))
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .innerJoin(interpreters, eq(interpreters.id, assignments.interpreterId))
    .innerJoin(organisations, eq(organisations.id, interpretingRequests.organisationId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit);
}
