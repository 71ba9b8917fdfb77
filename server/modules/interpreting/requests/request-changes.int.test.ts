import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { brusselsParts } from '../brussels-time.ts';
import { assignments, charges, interpreters, interpretingRequests, offers } from '../interpreting.tables.ts';
import { classifyCancellation } from './cancellation-policy.ts';
import {
  call,
  exampleBody,
  type Fixture,
  insertInterpreter,
  sessionIn,
  setUpFixture,
} from './test-support.ts';

describe('changing and cancelling interpreting requests', () => {
  let f: Fixture;
  const url = (id: string, action = '') => `/api/interpreting/requests/${id}${action}`;
  const book = async (cookie: string, body: object) => {
    const response = await call(f.t, cookie, 'POST', '/api/interpreting/requests', body);
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json();
  };

  /** An interpreter confirmed for the request (status assigned), plus an open offer to a second one. */
  async function assign(request: { id: string; start: string; end: string }, travelBeforeMinutes = 20) {
    const first = await insertInterpreter(f.db);
    const second = await insertInterpreter(f.db);
    const start = new Date(request.start);
    const [assignment] = await f.db
      .insert(assignments)
      .values({
        requestId: request.id,
        interpreterId: first.id,
        startsAt: start,
        endsAt: new Date(request.end),
        travelBeforeMinutes,
        busyFrom: new Date(start.getTime() - travelBeforeMinutes * 60_000),
        source: 'assigned',
      })
      .returning();
    const [offer] = await f.db
      .insert(offers)
      .values({
        requestId: request.id,
        interpreterId: second.id,
        round: 1,
        expiresAt: new Date(Date.now() + 3_600_000),
      })
      .returning();
    await f.db
      .update(interpretingRequests)
      .set({ status: 'assigned' })
      .where(eq(interpretingRequests.id, request.id));
    if (!assignment || !offer) throw new Error('fixture');
    return { assignment, offer };
  }

  const assignmentOf = async (id: string) =>
    (await f.db.select().from(assignments).where(eq(assignments.id, id)))[0];
  const offerOf = async (id: string) => (await f.db.select().from(offers).where(eq(offers.id, id)))[0];

  beforeAll(async () => {
    f = await setUpFixture();
  });
  afterAll(() => f.t.close());

  it('changes this and the following sessions of a weekly series to a new Brussels time', async () => {
    const series = await book(
      f.cookies.requesterA,
      exampleBody({ recurrence: { frequency: 'weekly', count: 10 } }),
    );
    const fifth = series.occurrences[4];
    const response = await call(f.t, f.cookies.requesterA, 'PATCH', url(fifth.id), {
      scope: 'this_and_following',
      time: '14:00',
      durationMinutes: 90,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().changedIds).toEqual(series.occurrences.slice(4).map((o: { id: string }) => o.id));
    const rows = await f.db
      .select()
      .from(interpretingRequests)
      .where(eq(interpretingRequests.seriesId, series.series.id));
    for (const row of rows) {
      const moved = (row.seriesIndex ?? 0) >= 4;
      expect(brusselsParts(row.startsAt).hour, String(row.seriesIndex)).toBe(moved ? 14 : 9);
      expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe((moved ? 90 : 60) * 60_000);
    }
    const move = await call(f.t, f.cookies.requesterA, 'PATCH', url(fifth.id), {
      scope: 'all',
      start: sessionIn(30),
    });
    expect(move.statusCode).toBe(400);
    expect(move.json().code).toBe('INTERPRETING.SERIES_SCOPE_INVALID');
  });

  it('keeps the rules on a change: a requester cannot move a session to the next working day', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    const early = await call(f.t, f.cookies.requesterA, 'PATCH', url(request.id), { start: sessionIn(1) });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('INTERPRETING.LEAD_TIME_TOO_SHORT');
    const other = await call(f.t, f.cookies.requesterB, 'PATCH', url(request.id), { preparationNotes: 'x' });
    expect(other.statusCode).toBe(404);
  });

  it('a new time releases the interpreter and goes back to matching; a new note raises SEQUENCE only', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    const { assignment, offer } = await assign(request);
    const noted = await call(f.t, f.cookies.requesterA, 'PATCH', url(request.id), {
      preparationNotes: 'Room 2.14',
    });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json()).toMatchObject({ status: 'assigned', preparationNotes: 'Room 2.14' });
    expect(await assignmentOf(assignment.id)).toMatchObject({ status: 'active', sequence: 1 });
    const moved = await call(f.t, f.cookies.requesterA, 'PATCH', url(request.id), {
      start: sessionIn(6, '13:00'),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      status: 'submitted',
      interpreter: null,
      start: sessionIn(6, '13:00'),
    });
    expect(await assignmentOf(assignment.id)).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(await offerOf(offer.id)).toMatchObject({ status: 'withdrawn' });
    // She is told the job is no longer hers, with the cancelled calendar entry attached.
    const [interpreter] = await f.db
      .select()
      .from(interpreters)
      .where(eq(interpreters.id, assignment.interpreterId));
    const mails = await f.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, (interpreter?.email ?? '').toLowerCase()));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.attachments[0]?.contentType).toMatch(/^text\/calendar/);
    expect(Buffer.from(mails[0]?.attachments[0]?.content ?? '', 'base64').toString()).toContain(
      'STATUS:CANCELLED',
    );
  });

  it('a new address releases the interpreter too; an empty change writes nothing', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    const { assignment } = await assign(request);
    const empty = await call(f.t, f.cookies.requesterA, 'PATCH', url(request.id), {});
    expect(empty.json()).toMatchObject({ status: 'assigned', updatedAt: request.updatedAt });
    expect(await assignmentOf(assignment.id)).toMatchObject({ status: 'active', sequence: 0 });
    const moved = await call(f.t, f.cookies.requesterA, 'PATCH', url(request.id), {
      address: 'Dorpsstraat 1, 9052 Zwijnaarde',
    });
    expect(moved.json()).toMatchObject({ status: 'submitted', location: { lat: 51.001, lon: 3.712 } });
    expect(await assignmentOf(assignment.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
  });

  it('refuses changes once the session is performed, approved, invoiced or cancelled', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    await f.db
      .update(interpretingRequests)
      .set({ status: 'performed' })
      .where(eq(interpretingRequests.id, request.id));
    const response = await call(f.t, f.cookies.dispatcher, 'PATCH', url(request.id), { room: 'B' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('INTERPRETING.INVALID_STATUS');
  });

  it('cancels well ahead for free, keeping who and when; a second cancel is refused', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    const response = await call(f.t, f.cookies.requesterA, 'POST', url(request.id, '/cancel'), {
      reason: 'client moved',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      cancellation: { kind: 'free', reason: 'client moved', waived: false, interpreterOnTheWay: false },
    });
    expect(response.json().cancellation.by).toEqual(expect.any(String));
    const again = await call(f.t, f.cookies.requesterA, 'POST', url(request.id, '/cancel'), {});
    expect(again.statusCode).toBe(409);
    const waive = await call(f.t, f.cookies.dispatcher, 'POST', url(request.id, '/waive'));
    expect(waive.json().code).toBe('INTERPRETING.NOT_WAIVABLE');
  });

  it('cancels late an hour before the session: the assignment is cancelled and offers withdrawn', async () => {
    const start = new Date(Date.now() + 3_600_000);
    const urgent = exampleBody({ start: start.toISOString(), urgent: true, organisationId: f.orgA });
    const request = await book(f.cookies.dispatcher, urgent);
    const { assignment, offer } = await assign(request);
    const expected = classifyCancellation(new Date(), start, { workingDaysBefore: 1, time: '10:00' }).kind;
    expect(expected).toBe('late');
    const response = await call(f.t, f.cookies.requesterA, 'POST', url(request.id, '/cancel'), {
      interpreterOnTheWay: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().cancellation).toMatchObject({ kind: 'late', interpreterOnTheWay: true });
    expect(await assignmentOf(assignment.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await offerOf(offer.id)).toMatchObject({ status: 'withdrawn' });

    // Waiving is billing's call: not the requester's, refused once invoiced.
    expect((await call(f.t, f.cookies.requesterA, 'POST', url(request.id, '/waive'))).statusCode).toBe(403);
    const waived = await call(f.t, f.cookies.dispatcher, 'POST', url(request.id, '/waive'), {
      note: 'first time',
    });
    expect(waived.json().cancellation.waived).toBe(true);
    const undone = await call(f.t, f.cookies.dispatcher, 'POST', url(request.id, '/unwaive'));
    expect(undone.json().cancellation.waived).toBe(false);
    await f.db.insert(charges).values({
      organisationId: f.orgA,
      requestId: request.id,
      kind: 'late_cancellation',
      serviceDate: brusselsParts(start).date,
      description: 'late cancellation',
      amountCents: 5600,
      tariff: {},
      invoiceId: crypto.randomUUID(),
    });
    const invoiced = await call(f.t, f.cookies.dispatcher, 'POST', url(request.id, '/waive'));
    expect(invoiced.statusCode).toBe(409);
    expect(invoiced.json().code).toBe('INTERPRETING.NOT_WAIVABLE');
  });

  it('cancels this and the following sessions of a series, leaving the earlier ones', async () => {
    const series = await book(
      f.cookies.requesterA,
      exampleBody({ recurrence: { frequency: 'weekly', count: 4 } }),
    );
    const third = series.occurrences[2];
    const response = await call(f.t, f.cookies.requesterA, 'POST', url(third.id, '/cancel'), {
      scope: 'this_and_following',
    });
    expect(response.json().changedIds).toHaveLength(2);
    const rows = await f.db
      .select()
      .from(interpretingRequests)
      .where(eq(interpretingRequests.seriesId, series.series.id));
    const statusByIndex = rows
      .sort((a, b) => (a.seriesIndex ?? 0) - (b.seriesIndex ?? 0))
      .map((row) => row.status);
    expect(statusByIndex).toEqual(['submitted', 'submitted', 'cancelled', 'cancelled']);
  });

  it('voids (never billable) by a dispatcher only, also turning a late cancellation into a void one', async () => {
    const request = await book(f.cookies.requesterA, exampleBody());
    expect(
      (await call(f.t, f.cookies.requesterA, 'POST', url(request.id, '/void'), { reason: 'mistake' }))
        .statusCode,
    ).toBe(403);
    const voided = await call(f.t, f.cookies.dispatcher, 'POST', url(request.id, '/void'), {
      reason: 'booked twice',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({
      status: 'cancelled',
      cancellation: { kind: 'void', reason: 'booked twice' },
    });

    const late = await book(
      f.cookies.dispatcher,
      exampleBody({
        start: new Date(Date.now() + 3_600_000).toISOString(),
        urgent: true,
        organisationId: f.orgA,
      }),
    );
    const cancelled = await call(f.t, f.cookies.requesterA, 'POST', url(late.id, '/cancel'));
    expect(cancelled.json().cancellation.kind).toBe('late');
    const after = await call(f.t, f.cookies.dispatcher, 'POST', url(late.id, '/void'), {
      reason: 'our error',
    });
    expect(after.json().cancellation).toMatchObject({ kind: 'void', reason: 'our error' });
  });
});
