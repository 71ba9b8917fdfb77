import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { assignmentUid } from '../calendar/feed.ts';
import { parseFeed } from '../calendar/test-support.ts';
import { assignments, interpretingRequests } from '../interpreting.tables.ts';
import {
  insertAssignment,
  insertInterpreter,
  insertOffer,
  insertRequest,
  insertRequester,
  outboxWatcher,
} from './notify.test-support.ts';
import { type InterpretingEvent, notifyInterpreting } from './notify.ts';
import { formatWhen } from './templates/job-facts.ts';

const ctx = systemContext('test');
const startsAt = new Date('2027-01-12T08:00:00Z'); // 09:00 in Brussels
type OutboxRow = Awaited<ReturnType<ReturnType<typeof outboxWatcher>>>[number];

function attachmentText(row: OutboxRow | undefined, index = 0): string {
  return Buffer.from(row?.attachments[index]?.content ?? '', 'base64').toString('utf8');
}

/** No mail, attachment included, says anything about the client beyond the pseudonymous reference. */
function expectNoClientData(rows: OutboxRow[]): void {
  for (const row of rows) {
    const all = [
      row.subject,
      row.textBody,
      row.htmlBody ?? '',
      ...row.attachments.map((_, i) => attachmentText(row, i)),
    ].join('\n');
    expect(all).not.toMatch(/Yasmina|Benali|Moeder van/);
  }
}

describe('notifyInterpreting', () => {
  let t: TestApp;
  let db: Db;
  let fresh: ReturnType<typeof outboxWatcher>;
  let fixture: {
    requester: { id: string; email: string };
    organisationId: string;
    interpreter: { id: string; code: string; email: string };
    request: { id: string; reference: string };
    assignment: { id: string };
  };
  const notify = (event: InterpretingEvent) =>
    db.transaction((tx) => notifyInterpreting(tx, t.platform, ctx, event));

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    fresh = outboxWatcher(db);
    const { organisation, user } = await insertRequester(db, 'fr');
    const interpreter = await insertInterpreter(db, {
      givenName: 'Samira',
      familyName: 'Haddouchi',
      locale: 'ar',
    });
    const request = await insertRequest(db, {
      organisationId: organisation.id,
      requestedBy: user.id,
      startsAt,
    });
    const assignment = await insertAssignment(db, {
      requestId: request.id,
      interpreterId: interpreter.id,
      startsAt,
    });
    fixture = { requester: user, organisationId: organisation.id, interpreter, request, assignment };
  });
  afterAll(() => t.close());

  it('request received: one mail to the requester, in her language, Brussels time', async () => {
    await fresh();
    await notify({ kind: 'request_received', requestId: fixture.request.id });
    const rows = await fresh();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient: fixture.requester.email,
      locale: 'fr',
      template: 'interpreting.request-received',
      subject: `Demande ${fixture.request.reference} reçue`,
      status: 'held',
      attachments: [],
    });
    expect(rows[0]?.textBody).toContain(formatWhen('fr', startsAt, new Date(startsAt.getTime() + 3_600_000)));
    expect(rows[0]?.textBody).toContain('mardi 12 janvier 2027');
    expect(rows[0]?.textBody).toContain(
      `http://localhost:3000/app/interpreting/requests/${fixture.request.id}`,
    );
    expect(rows[0]?.textBody).toContain('Votre référence: K-17');
    expectNoClientData(rows);
  });

  it('confirmed: requester sees first name and code, interpreter gets the place; both get the .ics', async () => {
    await fresh();
    const { request, assignment, interpreter, requester } = fixture;
    await notify({ kind: 'request_confirmed', requestId: request.id, assignmentId: assignment.id });
    const rows = await fresh();
    expect(rows.map((r) => [r.recipient, r.locale, r.template]).sort()).toEqual(
      [
        [requester.email, 'fr', 'interpreting.request-confirmed'],
        [interpreter.email, 'ar', 'interpreting.assignment-confirmed'],
      ].sort(),
    );
    const toRequester = rows.find((r) => r.recipient === requester.email);
    const toInterpreter = rows.find((r) => r.recipient === interpreter.email);
    expect(toRequester?.textBody).toContain(`Interprète: Samira (${interpreter.code})`);
    expect(toRequester?.textBody).not.toContain('Haddouchi');
    expect(toInterpreter?.subject).toBe(`تم تأكيد المهمة ${request.reference}`);
    expect(toInterpreter?.htmlBody).toContain('<html lang="ar" dir="rtl">');
    expect(toInterpreter?.textBody).toContain('Kongostraat 42, 9000 Gent');
    expect(toInterpreter?.textBody).toContain('Basisschool De Regenboog');
    expect(toInterpreter?.textBody).not.toContain('K-17');

    for (const row of rows) {
      expect(row.attachments).toHaveLength(1);
      expect(row.attachments[0]).toMatchObject({
        filename: `${request.reference}.ics`,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      });
      const ics = attachmentText(row);
      const { calendar, events } = parseFeed(ics);
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        uid: assignmentUid(assignment.id),
        status: 'CONFIRMED',
        startTzid: 'Europe/Brussels',
      });
      expect(events[0]?.start.toISOString()).toBe(startsAt.toISOString());
      expect(events[0]?.location).toContain('Kongostraat 42');
    }
    expectNoClientData(rows);
  });

  it('offer sent: to the offered interpreter, with the offers link and the deadline', async () => {
    const other = await insertInterpreter(db, { givenName: 'Emre', familyName: 'Kaya', locale: 'tr' });
    const offer = await insertOffer(db, {
      requestId: fixture.request.id,
      interpreterId: other.id,
      expiresAt: new Date('2027-01-10T11:00:00Z'),
    });
    await fresh();
    await notify({ kind: 'offer_sent', offerId: offer.id });
    const rows = await fresh();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipient: other.email, locale: 'tr', template: 'interpreting.offer' });
    expect(rows[0]?.subject).toBe(`Teklif: ${fixture.request.reference} numaralı görev`);
    expect(rows[0]?.textBody).toContain('http://localhost:3000/app/interpreting/offers');
    expect(rows[0]?.textBody).toContain('12:00'); // 11:00 UTC is 12:00 in Brussels
    expect(rows[0]?.textBody).toContain('Merhaba Emre,');
    expectNoClientData(rows);
  });

  it('offer filled: the interpreters who lost are told, the winner is not', async () => {
    const loser = await insertInterpreter(db, { givenName: 'Ivan', familyName: 'Petrov', locale: 'bg' });
    const winner = await insertInterpreter(db, { givenName: 'Nadia', familyName: 'Amrani', locale: 'nl' });
    const expiresAt = new Date('2027-01-10T11:00:00Z');
    const lost = await insertOffer(db, {
      requestId: fixture.request.id,
      interpreterId: loser.id,
      status: 'filled',
      expiresAt,
    });
    const won = await insertOffer(db, {
      requestId: fixture.request.id,
      interpreterId: winner.id,
      status: 'accepted',
      expiresAt,
    });
    await fresh();
    await notify({ kind: 'offer_filled', offerId: lost.id });
    await notify({ kind: 'offer_filled', offerId: won.id });
    const rows = await fresh();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient: loser.email,
      locale: 'bg',
      template: 'interpreting.offer-filled',
      subject: `Задача ${fixture.request.reference} вече е заета`,
    });
  });

  it('cancelled: requester and the interpreter who was on it, with a cancelled .ics', async () => {
    const { organisationId, requester, interpreter } = fixture;
    const released = await insertInterpreter(db, { givenName: 'Old', familyName: 'Friend', locale: 'en' });
    const day = new Date('2027-01-13T08:00:00Z');
    const request = await insertRequest(db, { organisationId, requestedBy: requester.id, startsAt: day });
    // Released a while ago (an earlier reassignment): she was told then, not now.
    const earlier = await insertAssignment(db, {
      requestId: request.id,
      interpreterId: released.id,
      startsAt: day,
    });
    await db
      .update(assignments)
      .set({ status: 'cancelled', updatedAt: new Date(Date.now() - 86_400_000) })
      .where(eq(assignments.id, earlier.id));
    const assignment = await insertAssignment(db, {
      requestId: request.id,
      interpreterId: interpreter.id,
      startsAt: day,
    });
    await fresh();
    await db.transaction(async (tx) => {
      await tx
        .update(assignments)
        .set({ status: 'cancelled', sequence: 1, updatedAt: new Date() })
        .where(eq(assignments.id, assignment.id));
      await tx
        .update(interpretingRequests)
        .set({ status: 'cancelled', cancelledAt: new Date(), cancellationKind: 'late' })
        .where(eq(interpretingRequests.id, request.id));
      await notifyInterpreting(tx, t.platform, ctx, { kind: 'request_cancelled', requestId: request.id });
    });
    const rows = await fresh();
    expect(rows.map((r) => [r.recipient, r.template]).sort()).toEqual(
      [
        [requester.email, 'interpreting.request-cancelled'],
        [interpreter.email, 'interpreting.assignment-cancelled'],
      ].sort(),
    );
    const toInterpreter = rows.find((r) => r.recipient === interpreter.email);
    const { events } = parseFeed(attachmentText(toInterpreter));
    expect(events[0]).toMatchObject({ uid: assignmentUid(assignment.id), status: 'CANCELLED', sequence: 1 });
    expect(rows.find((r) => r.recipient === requester.email)?.subject).toBe(
      `Demande ${request.reference} annulée`,
    );
  });

  it('unfilled: the requester is told, in Dutch when her language has no mail', async () => {
    const { organisation, user } = await insertRequester(db, 'nl');
    const request = await insertRequest(db, {
      organisationId: organisation.id,
      requestedBy: user.id,
      startsAt,
    });
    await fresh();
    await notify({ kind: 'request_unfilled', requestId: request.id });
    const rows = await fresh();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient: user.email,
      locale: 'nl',
      template: 'interpreting.request-unfilled',
      subject: `Geen tolk gevonden voor ${request.reference}`,
    });
    expect(rows[0]?.textBody).toContain('dinsdag 12 januari 2027, 09:00');
  });

  it('queues nothing when the transaction rolls back', async () => {
    await fresh();
    await expect(
      db.transaction(async (tx) => {
        await notifyInterpreting(tx, t.platform, ctx, {
          kind: 'request_received',
          requestId: fixture.request.id,
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await fresh()).toHaveLength(0);
  });

  it('skips a recipient whose address the outbox refuses, without failing the write', async () => {
    const broken = await insertInterpreter(db, {
      givenName: 'No',
      familyName: 'Mail',
      locale: 'en',
      email: 'not-an-address',
    });
    const day = new Date('2027-01-14T08:00:00Z');
    const request = await insertRequest(db, {
      organisationId: fixture.organisationId,
      requestedBy: fixture.requester.id,
      startsAt: day,
    });
    const assignment = await insertAssignment(db, {
      requestId: request.id,
      interpreterId: broken.id,
      startsAt: day,
    });
    await fresh();
    await notify({ kind: 'request_confirmed', requestId: request.id, assignmentId: assignment.id });
    const rows = await fresh();
    expect(rows.map((r) => r.recipient)).toEqual([fixture.requester.email]);
  });
});
