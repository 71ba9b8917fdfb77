import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import type { Db } from '../../../platform/db/index.ts';
import { organisations, users } from '../../../platform/identity/identity.tables.ts';
import { assignments, interpreters, interpretingRequests, offers } from '../interpreting.tables.ts';

/**
 * What the mails read. A whitelist of columns: the client is known only by the pseudonymous
 * reference; names, sector details and free-text notes about the client are never selected.
 */
const requestColumns = {
  id: interpretingRequests.id,
  reference: interpretingRequests.reference,
  status: interpretingRequests.status,
  mode: interpretingRequests.mode,
  language: interpretingRequests.language,
  variant: interpretingRequests.variant,
  startsAt: interpretingRequests.startsAt,
  endsAt: interpretingRequests.endsAt,
  address: interpretingRequests.address,
  room: interpretingRequests.room,
  phoneNumber: interpretingRequests.phoneNumber,
  videoLink: interpretingRequests.videoLink,
  clientReference: interpretingRequests.clientReference,
  cancellationKind: interpretingRequests.cancellationKind,
  updatedAt: interpretingRequests.updatedAt,
  organisationName: organisations.name,
  requesterEmail: users.email,
  requesterName: users.name,
  requesterLocale: users.locale,
  requesterActive: users.active,
};

const interpreterColumns = {
  interpreterId: interpreters.id,
  interpreterCode: interpreters.code,
  interpreterGivenName: interpreters.givenName,
  interpreterEmail: interpreters.email,
  interpreterLocale: interpreters.locale,
};

const assignmentColumns = {
  ...interpreterColumns,
  assignmentId: assignments.id,
  requestId: assignments.requestId,
  assignmentStatus: assignments.status,
  assignmentStartsAt: assignments.startsAt,
  assignmentEndsAt: assignments.endsAt,
  sequence: assignments.sequence,
  assignmentUpdatedAt: assignments.updatedAt,
};

export type MailRequestRow = NonNullable<Awaited<ReturnType<typeof findRequestForMail>>>;
export type MailAssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignmentForMail>>>;
export type MailOfferRow = NonNullable<Awaited<ReturnType<typeof findOfferForMail>>>;

export async function findRequestForMail(db: Db, requestId: string) {
  const [row] = await db
    .select(requestColumns)
    .from(interpretingRequests)
    .innerJoin(organisations, eq(organisations.id, interpretingRequests.organisationId))
    .leftJoin(users, eq(users.id, interpretingRequests.requestedBy))
    .where(eq(interpretingRequests.id, requestId));
  return row ?? null;
}

export async function findAssignmentForMail(db: Db, assignmentId: string) {
  const [row] = await db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(interpreters, eq(interpreters.id, assignments.interpreterId))
    .where(eq(assignments.id, assignmentId));
  return row ?? null;
}

/**
 * The assignment a cancellation concerns: the active one, or one cancelled with the request —
 * in this transaction (its updated_at is this transaction's now()) or within minutes of the
 * request's cancellation. An interpreter released earlier is not told again.
 */
export async function findCancelledWithRequest(db: Db, requestId: string) {
  const [row] = await db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(interpreters, eq(interpreters.id, assignments.interpreterId))
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .where(
      and(
        eq(assignments.requestId, requestId),
        or(
          eq(assignments.status, 'active'),
          gte(
            assignments.updatedAt,
            sql`least(now(), coalesce(${interpretingRequests.cancelledAt} - interval '5 minutes', now()))`,
          ),
        ),
      ),
    )
    .orderBy(desc(assignments.updatedAt), desc(assignments.createdAt))
    .limit(1);
  return row ?? null;
}

export async function findOfferForMail(db: Db, offerId: string) {
  const [row] = await db
    .select({
      ...interpreterColumns,
      offerId: offers.id,
      offerStatus: offers.status,
      expiresAt: offers.expiresAt,
      requestId: offers.requestId,
    })
    .from(offers)
    .innerJoin(interpreters, eq(interpreters.id, offers.interpreterId))
    .where(eq(offers.id, offerId));
  return row ?? null;
}

/** Active assignments starting in [from, to) of requests that still take place. */
export async function activeAssignmentsStarting(db: Db, from: Date, to: Date) {
  return db
    .select({ assignmentId: assignments.id, requestId: assignments.requestId })
    .from(assignments)
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .where(
      and(
        eq(assignments.status, 'active'),
        ne(interpretingRequests.status, 'cancelled'),
        gte(assignments.startsAt, from),
        lt(assignments.startsAt, to),
      ),
    )
    .orderBy(asc(assignments.startsAt), asc(assignments.id));
}

export const REMINDER_ACTION = 'interpreting.reminder_sent';

/**
 * Serialises reminder sweeps per assignment until the transaction ends, so that two sweeps
 * (a retry, two processes) cannot both find "not sent yet" and both send.
 */
export async function lockReminder(db: Db, assignmentId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${REMINDER_ACTION}:${assignmentId}`}))`);
}

/** The assignments among `ids` already reminded for the Brussels `day` (the audit row is the record). */
export async function remindedAssignments(db: Db, ids: string[], day: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ entityId: auditLog.entityId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'interpreting_assignment'),
        eq(auditLog.action, REMINDER_ACTION),
        inArray(auditLog.entityId, ids),
        sql`${auditLog.after} ->> 'day' = ${day}`,
      ),
    );
  return new Set(rows.flatMap((row) => (row.entityId ? [row.entityId] : [])));
}
