import { and, asc, eq, gt, gte, lte } from 'drizzle-orm';
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

/** The interpreter's approved, billable sessions whose service date lies in [first, last]. */
export function selectStatementRows(
  db: Db,
  interpreterId: string,
  first: string,
  last: string,
): Promise<StatementRow[]> {
  return db
    .select({
      assignmentId: assignments.id,
      reference: interpretingRequests.reference,
      serviceDate: charges.serviceDate,
      mode: interpretingRequests.mode,
      language: interpretingRequests.language,
      billableMinutes: charges.billableMinutes,
      kilometres: charges.kilometres,
      travelCents: charges.travelCents,
      tariff: charges.tariff,
    })
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
