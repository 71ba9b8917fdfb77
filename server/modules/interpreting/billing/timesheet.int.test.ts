import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { charges, interpretingRequests, timesheets } from '../interpreting.tables.ts';
import { type Caller, caller, insertInterpreter, insertSession } from './billing.test-support.ts';
import { parseCsv } from './csv.ts';

describe('timesheets and their approval', () => {
  let t: TestApp;
  let call: Caller;
  let organisationId: string;
  let interpreterId: string;
  let otherInterpreterId: string;
  const cookies = { interpreter: '', other: '', dispatcher: '', requester: '' };

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t.app);
    const db = t.platform.database.db;
    organisationId = (await insertOrganisation(db, { name: 'Basisschool De Regenboog (test)' })).id;
    const tolk = await insertUser(db, { roles: ['interpreter'] });
    const other = await insertUser(db, { roles: ['interpreter'] });
    const dispatcher = await insertUser(db, { roles: ['dispatcher'] });
    const requester = await insertUser(db, { roles: ['requester'], organisationId });
    interpreterId = await insertInterpreter(db, { userId: tolk.id });
    otherInterpreterId = await insertInterpreter(db, { userId: other.id });
    cookies.interpreter = await signIn(t.app, tolk.email);
    cookies.other = await signIn(t.app, other.email);
    cookies.dispatcher = await signIn(t.app, dispatcher.email);
    cookies.requester = await signIn(t.app, requester.email);
  });
  afterAll(() => t.close());

  const session = (start: string, extra: Partial<Parameters<typeof insertSession>[1]> = {}) =>
    insertSession(t.platform.database.db, { organisationId, interpreterId, start, ...extra });

  async function requestStatus(requestId: string) {
    const [row] = await t.platform.database.db
      .select({ status: interpretingRequests.status })
      .from(interpretingRequests)
      .where(eq(interpretingRequests.id, requestId));
    return row?.status;
  }

  it('lets the interpreter report her session, replace it, and approval charges it at €56/h', async () => {
    const { requestId, assignmentId } = await session('2026-01-12T08:00:00Z');
    const url = `/assignments/${assignmentId}/timesheet`;
    const first = await call('POST', url, cookies.interpreter, {
      actualStart: '2026-01-12T09:00:00+01:00',
      actualEnd: '2026-01-12T09:40:00+01:00',
      kilometres: 3,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(await requestStatus(requestId)).toBe('performed');
    const replaced = await call('POST', url, cookies.interpreter, {
      actualStart: '2026-01-12T09:00:00+01:00',
      actualEnd: '2026-01-12T10:05:00+01:00',
      waitingMinutes: 10,
      kilometres: 12.5,
      notes: 'De ouders kwamen later.',
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const got = await call('GET', url, cookies.interpreter);
    expect(got.json()).toMatchObject({
      status: 'submitted',
      waitingMinutes: 10,
      kilometres: 12.5,
      requestId,
    });

    expect((await call('POST', `${url}/approve`, cookies.requester)).statusCode).toBe(403);
    const approved = await call('POST', `${url}/approve`, cookies.dispatcher);
    expect(approved.statusCode, approved.body).toBe(200);
    // 65 min + 10 waiting = 75 → 75 billable; €56/h → €70; 12.5 km × €0.4326 = €5.41.
    expect(approved.json().charge).toMatchObject({
      kind: 'session',
      billableMinutes: 75,
      amountCents: 7000,
      travelCents: 541,
      serviceDate: '2026-01-12',
      costCentre: 'KP-100',
    });
    expect(approved.json().timesheet.status).toBe('approved');
    expect(await requestStatus(requestId)).toBe('approved');

    const locked = await call('POST', url, cookies.interpreter, {
      actualStart: '2026-01-12T09:00:00+01:00',
      actualEnd: '2026-01-12T12:00:00+01:00',
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('INTERPRETING.INVALID_STATUS');
    expect((await call('POST', `${url}/approve`, cookies.dispatcher)).statusCode).toBe(409);
  });

  it('refuses other interpreters (404), requesters (403) and sessions that have not started (409)', async () => {
    const { assignmentId } = await session('2026-01-13T08:00:00Z');
    const body = { actualStart: '2026-01-13T09:00:00+01:00', actualEnd: '2026-01-13T10:00:00+01:00' };
    const url = `/assignments/${assignmentId}/timesheet`;
    const other = await call('POST', url, cookies.other, body);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('INTERPRETING.ASSIGNMENT_NOT_FOUND');
    expect((await call('GET', url, cookies.other)).statusCode).toBe(404);
    expect((await call('POST', url, cookies.requester, body)).statusCode).toBe(403);
    expect((await call('POST', url, null, body)).statusCode).toBe(401);
    expect((await call('GET', url, cookies.interpreter)).json().code).toBe(
      'INTERPRETING.TIMESHEET_NOT_FOUND',
    );

    const future = await session(new Date(Date.now() + 3 * 86_400_000).toISOString());
    const early = await call(
      'POST',
      `/assignments/${future.assignmentId}/timesheet`,
      cookies.interpreter,
      body,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('INTERPRETING.SESSION_NOT_STARTED');
  });

  it('answers impossible timesheets with 400 and writes nothing', async () => {
    const { assignmentId } = await session('2026-01-14T08:00:00Z');
    const url = `/assignments/${assignmentId}/timesheet`;
    const bad = [
      { actualStart: '2026-01-14T10:00:00+01:00', actualEnd: '2026-01-14T09:00:00+01:00' },
      { actualStart: '2026-01-14T09:00:00+01:00', actualEnd: '2026-01-15T02:00:00+01:00' },
      { actualStart: '2026-01-14T09:00:00+01:00', actualEnd: '2026-01-14T10:00:00+01:00', kilometres: 501 },
      {
        actualStart: '2026-01-14T09:00:00+01:00',
        actualEnd: '2026-01-14T10:00:00+01:00',
        waitingMinutes: -5,
      },
      { actualStart: '2026-02-20T09:00:00+01:00', actualEnd: '2026-02-20T10:00:00+01:00' },
      { actualEnd: '2026-01-14T10:00:00+01:00' },
    ];
    for (const payload of bad) {
      const response = await call('POST', url, cookies.interpreter, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('COMMON.VALIDATION_FAILED');
    }
    const rows = await t.platform.database.db
      .select()
      .from(timesheets)
      .where(eq(timesheets.assignmentId, assignmentId));
    expect(rows).toHaveLength(0);
  });

  it('bills a client no-show the minimum plus travel, an interpreter no-show nothing; rejects and resubmits', async () => {
    const client = await session('2026-01-15T08:00:00Z');
    const url = `/assignments/${client.assignmentId}/timesheet`;
    expect(
      (await call('POST', url, cookies.interpreter, { noShow: 'client', waitingMinutes: 30, kilometres: 20 }))
        .statusCode,
    ).toBe(201);
    const rejected = await call('POST', `${url}/reject`, cookies.dispatcher, {
      note: 'Vul de wachttijd aan.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: 'Vul de wachttijd aan.' });
    expect((await call('POST', `${url}/approve`, cookies.dispatcher)).statusCode).toBe(409);
    expect(
      (await call('POST', url, cookies.interpreter, { noShow: 'client', waitingMinutes: 45, kilometres: 20 }))
        .statusCode,
    ).toBe(201);
    const approved = await call('POST', `${url}/approve`, cookies.dispatcher);
    expect(approved.json().charge).toMatchObject({
      billableMinutes: 60,
      amountCents: 5600,
      travelCents: 865,
    });
    expect(approved.json().charge.description).toContain('cliënt niet opgedaagd');

    const absent = await session('2026-01-16T08:00:00Z');
    const absentUrl = `/assignments/${absent.assignmentId}/timesheet`;
    expect((await call('POST', absentUrl, cookies.dispatcher, { noShow: 'interpreter' })).statusCode).toBe(
      201,
    );
    const zero = await call('POST', `${absentUrl}/approve`, cookies.dispatcher);
    expect(zero.json().charge).toMatchObject({ amountCents: 0, travelCents: 0 });
  });

  it('uses the tariff valid on the session day: €48/h in 2023', async () => {
    const { assignmentId } = await session('2023-06-05T07:00:00Z', { mode: 'phone', minutes: 30 });
    const url = `/assignments/${assignmentId}/timesheet`;
    const body = {
      actualStart: '2023-06-05T09:00:00+02:00',
      actualEnd: '2023-06-05T09:20:00+02:00',
      kilometres: 10,
    };
    expect((await call('POST', url, cookies.interpreter, body)).statusCode).toBe(201);
    const approved = await call('POST', `${url}/approve`, cookies.dispatcher);
    expect(approved.json().charge).toMatchObject({ billableMinutes: 30, amountCents: 2400, travelCents: 0 });
  });

  it('charges a session once when two reviewers approve at the same moment', async () => {
    const { requestId, assignmentId } = await session('2026-01-19T08:00:00Z');
    const url = `/assignments/${assignmentId}/timesheet`;
    const body = { actualStart: '2026-01-19T09:00:00+01:00', actualEnd: '2026-01-19T10:00:00+01:00' };
    expect((await call('POST', url, cookies.interpreter, body)).statusCode).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => call('POST', `${url}/approve`, cookies.dispatcher)),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const rows = await t.platform.database.db.select().from(charges).where(eq(charges.requestId, requestId));
    expect(rows).toHaveLength(1);
  });

  it('gives the interpreter her monthly statement with the fee owed, as JSON and CSV', async () => {
    const url = `/interpreters/${interpreterId}/statements/2026-01`;
    const response = await call('GET', url, cookies.interpreter);
    expect(response.statusCode, response.body).toBe(200);
    const statement = response.json();
    // Approved in January 2026, billable: 75 + 60 (client no-show) + 60 min; the interpreter no-show is left out.
    expect(statement.lines.map((l: { billableMinutes: number }) => l.billableMinutes)).toEqual([75, 60, 60]);
    expect(statement.totalMinutes).toBe(195);
    expect(statement.totalFeeCents).toBe(12_740); // 195 min × €39.20/h
    expect(statement.totalTravelCents).toBe(541 + 865);
    expect(statement.totalCents).toBe(12_740 + 541 + 865);
    expect((await call('GET', url, cookies.dispatcher)).statusCode).toBe(200);
    expect((await call('GET', url, cookies.other)).statusCode).toBe(404);
    expect((await call('GET', url, cookies.requester)).statusCode).toBe(403);
    expect(
      (await call('GET', `/interpreters/${interpreterId}/statements/2026-13`, cookies.interpreter))
        .statusCode,
    ).toBe(400);
    const csv = await call('GET', `${url}.csv`, cookies.interpreter);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(parseCsv(csv.body)).toHaveLength(1 + 3);
    const otherMonth = await call(
      'GET',
      `/interpreters/${otherInterpreterId}/statements/2026-01`,
      cookies.other,
    );
    expect(otherMonth.json().lines).toEqual([]);
  });
});
