import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { RequestStatus } from '../../../../contracts/interpreting-requests.ts';
import type { Actor } from '../../../platform/context.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { rowScope } from '../../../platform/identity/scoping.ts';
import {
  assignments,
  charges,
  interpreters,
  interpretingRequests,
  offers,
  organisationUnits,
  requestingOrganisations,
  requestSeries,
} from '../interpreting.tables.ts';

export type RequestRow = typeof interpretingRequests.$inferSelect;
export type NewRequestRow = typeof interpretingRequests.$inferInsert;
export type RequestPatch = Partial<Omit<NewRequestRow, 'id' | 'reference' | 'organisationId' | 'createdAt'>>;

/** The requesting organisation, share-locked so its agreement cannot end under a booking. */
export async function lockRequestingOrganisation(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(requestingOrganisations)
    .where(eq(requestingOrganisations.organisationId, organisationId))
    .for('share');
  return row;
}

export async function findUnit(db: Db, unitId: string) {
  const [row] = await db.select().from(organisationUnits).where(eq(organisationUnits.id, unitId));
  return row;
}

/** The next number of the request reference sequence (race-free, gaps allowed). */
export async function nextRequestNumber(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`select nextval('interpreting_request_reference_seq') as n`,
  );
  if (!row) throw new Error('nextval answered no row');
  return Number(row.n);
}

export async function insertSeries(db: Db, organisationId: string, recurrence: unknown): Promise<string> {
  const [row] = await db
    .insert(requestSeries)
    .values({ organisationId, recurrence })
    .returning({ id: requestSeries.id });
  if (!row) throw new Error('insert into interpreting_series returned no row');
  return row.id;
}

export function insertRequests(db: Db, rows: NewRequestRow[]): Promise<RequestRow[]> {
  return db.insert(interpretingRequests).values(rows).returning();
}

/**
 * What an actor may see: her organisation's requests (requester), all of them (staff), or, for an
 * interpreter, the requests she holds an active assignment or an open offer for.
 */
export function visibleTo(actor: Actor): SQL {
  const conditions: SQL[] = [rowScope(actor, { organisationId: interpretingRequests.organisationId })];
  if (actor.roles.includes('interpreter')) {
    conditions.push(sql`(exists (select 1 from ${assignments} a join ${interpreters} i on i.id = a.interpreter_id
        where a.request_id = ${interpretingRequests.id} and a.status = 'active' and i.user_id = ${actor.id})
      or exists (select 1 from ${offers} o join ${interpreters} i on i.id = o.interpreter_id
        where o.request_id = ${interpretingRequests.id} and o.status = 'open' and i.user_id = ${actor.id}))`);
  }
  return sql`(${sql.join(conditions, sql` or `)})`;
}

export async function findVisibleRequest(db: Db, actor: Actor, id: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(interpretingRequests)
    .where(and(eq(interpretingRequests.id, id), visibleTo(actor)));
  return row;
}

/** The request locked for a change, if the actor may see it. */
export async function lockVisibleRequest(db: Db, actor: Actor, id: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(interpretingRequests)
    .where(and(eq(interpretingRequests.id, id), visibleTo(actor)))
    .for('update');
  return row;
}

/** Every occurrence of a series, locked, in series order. */
export function lockSeriesRequests(db: Db, seriesId: string): Promise<RequestRow[]> {
  return db
    .select()
    .from(interpretingRequests)
    .where(eq(interpretingRequests.seriesId, seriesId))
    .orderBy(asc(interpretingRequests.seriesIndex))
    .for('update');
}

export async function seriesSizes(db: Db, seriesIds: string[]): Promise<Map<string, number>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db
    .select({ seriesId: interpretingRequests.seriesId, n: sql<number>`count(*)::int` })
    .from(interpretingRequests)
    .where(inArray(interpretingRequests.seriesId, seriesIds))
    .groupBy(interpretingRequests.seriesId);
  return new Map(rows.flatMap((row) => (row.seriesId ? [[row.seriesId, Number(row.n)]] : [])));
}

export type ActiveInterpreter = {
  requestId: string;
  assignmentId: string;
  interpreterId: string;
  code: string;
  givenName: string;
};

/** The interpreter of each request's active assignment; only the fields a requester may see, plus ids. */
export function activeInterpreters(db: Db, requestIds: string[]): Promise<ActiveInterpreter[]> {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      requestId: assignments.requestId,
      assignmentId: assignments.id,
      interpreterId: interpreters.id,
      code: interpreters.code,
      givenName: interpreters.givenName,
    })
    .from(assignments)
    .innerJoin(interpreters, eq(interpreters.id, assignments.interpreterId))
    .where(and(inArray(assignments.requestId, requestIds), eq(assignments.status, 'active')));
}

export type RequestFilter = {
  status?: RequestStatus | undefined;
  from?: Date | undefined;
  before?: Date | undefined;
  language?: string | undefined;
  organisationId?: string | undefined;
  after?: { start: Date; id: string } | undefined;
  limit: number;
};

/** A page of visible requests by start (then id), after the keyset cursor. */
export function listVisibleRequests(db: Db, actor: Actor, filter: RequestFilter): Promise<RequestRow[]> {
  const r = interpretingRequests;
  const conditions: (SQL | undefined)[] = [
    visibleTo(actor),
    filter.status ? eq(r.status, filter.status) : undefined,
    filter.from ? gte(r.startsAt, filter.from) : undefined,
    filter.before ? lt(r.startsAt, filter.before) : undefined,
    filter.language ? eq(r.language, filter.language) : undefined,
    filter.organisationId ? eq(r.organisationId, filter.organisationId) : undefined,
    filter.after
      ? sql`(${r.startsAt}, ${r.id}) > (${filter.after.start.toISOString()}::timestamptz, ${filter.after.id}::uuid)`
      : undefined,
  ];
  return db
    .select()
    .from(r)
    .where(and(...conditions))
    .orderBy(asc(r.startsAt), asc(r.id))
    .limit(filter.limit);
}

/** Compare-and-set on the status: answers the updated row, or undefined when the status moved on. */
export async function updateRequest(
  db: Db,
  id: string,
  expectedStatus: string,
  patch: RequestPatch,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(interpretingRequests)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(interpretingRequests.id, id), eq(interpretingRequests.status, expectedStatus)))
    .returning();
  return row;
}

/** Flips the waiver of a late cancellation, only from the opposite state. */
export async function setCancellationWaived(
  db: Db,
  id: string,
  waived: boolean,
): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(interpretingRequests)
    .set({ cancellationWaived: waived, updatedAt: sql`now()` })
    .where(
      and(
        eq(interpretingRequests.id, id),
        eq(interpretingRequests.status, 'cancelled'),
        eq(interpretingRequests.cancellationKind, 'late'),
        eq(interpretingRequests.cancellationWaived, !waived),
      ),
    )
    .returning();
  return row;
}

/** Cancels the active assignment (it stays in the feed as CANCELLED, with a higher SEQUENCE). */
export function cancelActiveAssignment(db: Db, requestId: string) {
  return db
    .update(assignments)
    .set({ status: 'cancelled', sequence: sql`${assignments.sequence} + 1`, updatedAt: sql`now()` })
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, 'active')))
    .returning({ id: assignments.id, interpreterId: assignments.interpreterId });
}

/** Raises the active assignment's SEQUENCE so calendar clients pick up a changed detail. */
export function bumpAssignmentSequence(db: Db, requestId: string) {
  return db
    .update(assignments)
    .set({ sequence: sql`${assignments.sequence} + 1`, updatedAt: sql`now()` })
    .where(and(eq(assignments.requestId, requestId), eq(assignments.status, 'active')))
    .returning({ id: assignments.id, sequence: assignments.sequence });
}

export function withdrawOpenOffers(db: Db, requestId: string) {
  return db
    .update(offers)
    .set({ status: 'withdrawn', updatedAt: sql`now()` })
    .where(and(eq(offers.requestId, requestId), eq(offers.status, 'open')))
    .returning({ id: offers.id, interpreterId: offers.interpreterId });
}

export async function hasInvoicedCharge(db: Db, requestId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: charges.id })
    .from(charges)
    .where(and(eq(charges.requestId, requestId), isNotNull(charges.invoiceId)))
    .limit(1);
  return row !== undefined;
}

/** Keeps a charge already written for the cancellation in step with the waiver or the void. */
export function setUninvoicedChargesWaived(db: Db, requestId: string, waived: boolean) {
  return db
    .update(charges)
    .set({ waived, updatedAt: sql`now()` })
    .where(and(eq(charges.requestId, requestId), isNull(charges.invoiceId)))
    .returning({ id: charges.id });
}

/** A request of one of the given organisations, locked (the agency's own bookings, by id). */
export async function lockRequestOf(
  db: Db,
  organisationIds: readonly string[],
  id: string,
): Promise<RequestRow | undefined> {
  if (organisationIds.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(interpretingRequests)
    .where(
      and(
        eq(interpretingRequests.id, id),
        inArray(interpretingRequests.organisationId, [...organisationIds]),
      ),
    )
    .for('update');
  return row;
}

/** Requests by id, whatever their organisation: for a caller that holds the ids of its own bookings. */
export function requestsById(db: Db, ids: readonly string[]): Promise<RequestRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(interpretingRequests)
    .where(inArray(interpretingRequests.id, [...ids]));
}
