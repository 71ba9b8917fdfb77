import { and, asc, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import {
  assignments,
  charges,
  interpreters,
  interpretingRequests,
  timesheets,
} from '../interpreting.tables.ts';

export async function findInterpreter(db: Db, id: string) {
  const [row] = await db
    .select({ id: interpreters.id, code: interpreters.code, userId: interpreters.userId })
    .from(interpreters)
    .where(eq(interpreters.id, id));
  return row ?? null;
}

export type StatementRow = {
  kind: 'session' | 'late_cancellation';
  assignmentId: string;
  reference: string;
  serviceDate: string;
  mode: string;
  language: string;
  billableMinutes: number | null;
  kilometres: number | null;
  travelCents: number;
  tariff: unknown;
};

/** The columns of a statement line, whatever made it billable. */
function statementColumns<K extends StatementRow['kind']>(kind: SQL<K>) {
  return {
    kind,
    assignmentId: assignments.id,
    reference: interpretingRequests.reference,
    serviceDate: charges.serviceDate,
    mode: interpretingRequests.mode,
    language: interpretingRequests.language,
    billableMinutes: charges.billableMinutes,
    kilometres: charges.kilometres,
    travelCents: charges.travelCents,
    tariff: charges.tariff,
  };
}

/** The interpreter's approved, billable sessions whose service date lies in [first, last]. */
export function selectStatementRows(
  db: Db,
  interpreterId: string,
  first: string,
  last: string,
): Promise<StatementRow[]> {
  return db
    .select(statementColumns(sql<'session'>`'session'`))
    .from(timesheets)
    .innerJoin(assignments, eq(assignments.id, timesheets.assignmentId))
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .innerJoin(charges, and(eq(charges.requestId, interpretingRequests.id), eq(charges.kind, 'session')))
    .where(
      and(
        eq(assignments.interpreterId, interpreterId),
        eq(timesheets.status, 'approved'),
        gte(charges.serviceDate, first),
        lte(charges.serviceDate, last),
        gt(charges.billableMinutes, 0),
      ),
    )
    .orderBy(asc(charges.serviceDate), asc(interpretingRequests.reference));
}

/**
 * The interpreter's billed late cancellations whose service date lies in [first, last]: charges
 * of kind `late_cancellation`, not waived, of requests whose assignment for the cancelled time was
 * hers (the latest assignment with the request's start and end; one released earlier by a change
 * of time had other times). A charge is written when the organisation's invoice is drafted.
 */
export function selectLateCancellationRows(
  db: Db,
  interpreterId: string,
  first: string,
  last: string,
): Promise<StatementRow[]> {
  return db
    .select(statementColumns(sql<'late_cancellation'>`'late_cancellation'`))
    .from(charges)
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, charges.requestId))
    .innerJoin(assignments, eq(assignments.requestId, interpretingRequests.id))
    .where(
      and(
        eq(charges.kind, 'late_cancellation'),
        eq(charges.waived, false),
        eq(assignments.interpreterId, interpreterId),
        gte(charges.serviceDate, first),
        lte(charges.serviceDate, last),
        sql`${assignments.id} = (select a2.id from interpreting_assignments a2
          where a2.request_id = ${interpretingRequests.id}
            and a2.starts_at = ${interpretingRequests.startsAt} and a2.ends_at = ${interpretingRequests.endsAt}
          order by a2.created_at desc limit 1)`,
      ),
    )
    .orderBy(asc(charges.serviceDate), asc(interpretingRequests.reference));
}
