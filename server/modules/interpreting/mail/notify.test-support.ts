import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../../contracts/identity.ts';
import { insertOrganisation, insertUser } from '../../../../test/factories.ts';
import type { Db } from '../../../platform/db/index.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { assignments, interpreters, interpretingRequests, offers } from '../interpreting.tables.ts';

/** Test-only fixtures for the interpreting mails: rows inserted straight into the tables. */

export async function insertInterpreter(
  db: Db,
  input: { givenName: string; familyName: string; locale: Locale; email?: string },
): Promise<{ id: string; code: string; email: string }> {
  const code = `T-${randomUUID().slice(0, 6)}`;
  const email = input.email ?? `${code.toLowerCase()}@tolk.test`;
  const [row] = await db
    .insert(interpreters)
    .values({
      code,
      givenName: input.givenName,
      familyName: input.familyName,
      email,
      locale: input.locale,
      modes: ['on_site'],
    })
    .returning({ id: interpreters.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id, code, email };
}

export async function insertRequester(db: Db, locale: Locale) {
  const organisation = await insertOrganisation(db, { name: 'Basisschool De Regenboog' });
  const user = await insertUser(db, {
    roles: ['requester'],
    organisationId: organisation.id,
    locale,
    name: 'Els Peeters',
  });
  return { organisation, user };
}

export async function insertRequest(
  db: Db,
  input: { organisationId: string; requestedBy: string | null; startsAt: Date; minutes?: number },
): Promise<{ id: string; reference: string }> {
  const reference = `T-2027-${randomUUID().slice(0, 6)}`;
  const endsAt = new Date(input.startsAt.getTime() + (input.minutes ?? 60) * 60_000);
  const [row] = await db
    .insert(interpretingRequests)
    .values({
      reference,
      organisationId: input.organisationId,
      requestedBy: input.requestedBy,
      status: 'assigned',
      mode: 'on_site',
      language: 'ar',
      variant: 'maghreb',
      startsAt: input.startsAt,
      endsAt,
      address: 'Kongostraat 42, 9000 Gent',
      room: 'B.12',
      sector: 'education',
      conversationType: 'parent_meeting',
      clientReference: 'K-17',
      preparationNotes: 'Moeder van Yasmina Benali',
    })
    .returning({ id: interpretingRequests.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id, reference };
}

export async function insertAssignment(
  db: Db,
  input: {
    requestId: string;
    interpreterId: string;
    startsAt: Date;
    minutes?: number;
    travelBeforeMinutes?: number;
  },
): Promise<{ id: string }> {
  const travel = input.travelBeforeMinutes ?? 20;
  const [row] = await db
    .insert(assignments)
    .values({
      requestId: input.requestId,
      interpreterId: input.interpreterId,
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + (input.minutes ?? 60) * 60_000),
      travelBeforeMinutes: travel,
      busyFrom: new Date(input.startsAt.getTime() - travel * 60_000),
      source: 'assigned',
    })
    .returning({ id: assignments.id });
  if (!row) throw new Error('insert failed');
  return row;
}

export async function insertOffer(
  db: Db,
  input: { requestId: string; interpreterId: string; status?: string; expiresAt: Date },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(offers)
    .values({
      requestId: input.requestId,
      interpreterId: input.interpreterId,
      round: 1,
      status: input.status ?? 'open',
      expiresAt: input.expiresAt,
    })
    .returning({ id: offers.id });
  if (!row) throw new Error('insert failed');
  return row;
}

/** The outbox rows written since the last call. */
export function outboxWatcher(db: Db) {
  const seen = new Set<string>();
  return async () => {
    const rows = await db.select().from(mailOutbox);
    const fresh = rows.filter((row) => !seen.has(row.id));
    for (const row of fresh) seen.add(row.id);
    return fresh;
  };
}
