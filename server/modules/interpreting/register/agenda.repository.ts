import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { assignments, interpretingRequests } from '../interpreting.tables.ts';

/**
 * An interpreter's assignment with what the job needs from its request. The client is known here
 * only by the pseudonymous reference; nothing else about the client is selected.
 */
export type AgendaRow = {
  assignmentId: string;
  assignmentStatus: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  assignmentUpdatedAt: Date;
  requestId: string;
  reference: string;
  requestStatus: string;
  cancellationKind: string | null;
  mode: string;
  language: string;
  variant: string | null;
  address: string | null;
  room: string | null;
  accessNotes: string | null;
  phoneNumber: string | null;
  videoLink: string | null;
  organisationName: string;
  sector: string;
  conversationType: string;
  participants: number | null;
  clientReference: string;
  preparationNotes: string | null;
  requestUpdatedAt: Date;
};

const agendaColumns = {
  assignmentId: assignments.id,
  assignmentStatus: assignments.status,
  startsAt: assignments.startsAt,
  endsAt: assignments.endsAt,
  sequence: assignments.sequence,
  assignmentUpdatedAt: assignments.updatedAt,
  requestId: interpretingRequests.id,
  reference: interpretingRequests.reference,
  requestStatus: interpretingRequests.status,
  cancellationKind: interpretingRequests.cancellationKind,
  mode: interpretingRequests.mode,
  language: interpretingRequests.language,
  variant: interpretingRequests.variant,
  address: interpretingRequests.address,
  room: interpretingRequests.room,
  accessNotes: interpretingRequests.accessNotes,
  phoneNumber: interpretingRequests.phoneNumber,
  videoLink: interpretingRequests.videoLink,
  organisationName: organisations.name,
  sector: interpretingRequests.sector,
  conversationType: interpretingRequests.conversationType,
  participants: interpretingRequests.participants,
  clientReference: interpretingRequests.clientReference,
  preparationNotes: interpretingRequests.preparationNotes,
  requestUpdatedAt: interpretingRequests.updatedAt,
};

/** Active and cancelled assignments of one interpreter that start in [from, to) (to open when null). */
export async function agendaRows(
  db: Db,
  interpreterId: string,
  from: Date,
  to: Date | null,
): Promise<AgendaRow[]> {
  const conditions = [eq(assignments.interpreterId, interpreterId), gte(assignments.startsAt, from)];
  if (to) conditions.push(lt(assignments.startsAt, to));
  return db
    .select(agendaColumns)
    .from(assignments)
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, assignments.requestId))
    .innerJoin(organisations, eq(organisations.id, interpretingRequests.organisationId))
    .where(and(...conditions))
    .orderBy(asc(assignments.startsAt), asc(assignments.id));
}
