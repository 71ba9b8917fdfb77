import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { brusselsParts } from '../brussels-time.ts';
import { POSTCODE_CENTROIDS } from '../geo/postcodes.ts';
import { assignments, interpretingRequests } from '../interpreting.tables.ts';
import { checkLeadTime } from '../working-days.ts';
import {
  call,
  exampleBody,
  type Fixture,
  insertInterpreter,
  insertRequestingOrganisation,
  sessionIn,
  setUpFixture,
} from './test-support.ts';

describe('booking and reading interpreting requests', () => {
  let f: Fixture;
  const post = (cookie: string | null, body: object) =>
    call(f.t, cookie, 'POST', '/api/interpreting/requests', body);
  const get = (cookie: string | null, url: string) => call(f.t, cookie, 'GET', url);

  beforeAll(async () => {
    f = await setUpFixture();
  });
  afterAll(() => f.t.close());

  it('books the issue example for the requester’s own organisation: 201, reference, submitted, geocoded', async () => {
    const response = await post(f.cookies.requesterA, exampleBody());
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      status: 'submitted',
      organisationId: f.orgA,
      language: 'ar',
      durationMinutes: 60,
      clientReference: 'K-17',
      location: POSTCODE_CENTROIDS['9000'],
      series: null,
      interpreter: null,
      cancellation: null,
    });
    expect(body.reference).toMatch(new RegExp(`^T-${new Date().getUTCFullYear()}-\\d{6}$`));
    expect(body.occurrences).toHaveLength(1);
    const [audit] = await queryRows<{ n: number }>(
      f.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${body.id} and action = 'interpreting_request.created'`,
    );
    expect(audit?.n).toBe(1);
  });

  it('gives every booking its own reference and leaves unknown postcodes without coordinates', async () => {
    const a = (await post(f.cookies.requesterA, exampleBody({ address: 'Markt 1, 8000 Brugge' }))).json();
    const b = (await post(f.cookies.requesterA, exampleBody())).json();
    expect(a.reference).not.toBe(b.reference);
    expect(a.location).toBeNull();
  });

  it('refuses callers: no session 401, the city monitor 403, an interpreter 403', async () => {
    expect((await post(null, exampleBody())).statusCode).toBe(401);
    expect((await post(f.cookies.monitor, exampleBody())).statusCode).toBe(403);
    expect((await post(f.cookies.interpreter, exampleBody())).statusCode).toBe(403);
  });

  it('refuses an organisation without an active agreement, and an account without organisation', async () => {
    const closed = await insertRequestingOrganisation(f.db, false);
    const unknown = (await insertOrganisation(f.db)).id;
    for (const organisationId of [closed, unknown, null]) {
      const user = await insertUser(f.db, { roles: ['requester'], organisationId });
      const response = await post(await signIn(f.t.app, user.email), exampleBody());
      expect(response.statusCode, String(organisationId)).toBe(403);
      expect(response.json().code).toBe('INTERPRETING.ORGANISATION_NOT_ELIGIBLE');
    }
    const other = await post(f.cookies.requesterA, exampleBody({ organisationId: f.orgB }));
    expect(other.statusCode).toBe(403);
  });

  it('lets a dispatcher book for a named organisation, and asks her to name one', async () => {
    const booked = await post(f.cookies.dispatcher, exampleBody({ organisationId: f.orgB }));
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().organisationId).toBe(f.orgB);
    const unnamed = await post(f.cookies.dispatcher, exampleBody());
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors).toEqual([expect.objectContaining({ path: 'organisationId' })]);
  });

  it('answers broken rules with their codes and field errors', async () => {
    const religious = await post(f.cookies.requesterA, exampleBody({ conversationType: 'religious' }));
    expect(religious.statusCode).toBe(400);
    expect(religious.json()).toMatchObject({
      code: 'INTERPRETING.CONVERSATION_REFUSED',
      errors: [{ path: 'conversationType' }],
    });
    const notDutch = await post(f.cookies.requesterA, exampleBody({ counterpartLanguage: 'fr' }));
    expect(notDutch.json()).toMatchObject({ status: 400, code: 'INTERPRETING.NOT_DUTCH' });
    const both = await post(
      f.cookies.requesterA,
      exampleBody({ counterpartLanguage: 'fr', durationMinutes: 5 }),
    );
    expect(both.json()).toMatchObject({ status: 400, code: 'INTERPRETING.REQUEST_INVALID' });
    expect(both.json().errors).toHaveLength(2);
    const noAddress = await post(f.cookies.requesterA, exampleBody({ address: undefined }));
    expect(noAddress.json()).toMatchObject({ status: 400, errors: [{ path: 'address' }] });
    const schema = await post(f.cookies.requesterA, exampleBody({ clientReference: 'Jan Peeters' }));
    expect(schema.statusCode).toBe(400);
  });

  it('refuses the next working day with the earliest possible date; a dispatcher may mark it urgent', async () => {
    const start = sessionIn(1);
    const earliest = checkLeadTime(new Date(), new Date(start), { workingDays: 2, cutOffTime: '16:00' });
    const early = await post(f.cookies.requesterA, exampleBody({ start }));
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({
      code: 'INTERPRETING.LEAD_TIME_TOO_SHORT',
      errors: [{ path: 'start' }],
    });
    expect(early.json().detail).toContain(earliest.earliestSessionDate);
    const urgentByRequester = await post(f.cookies.requesterA, exampleBody({ start, urgent: true }));
    expect(urgentByRequester.statusCode).toBe(403);
    expect(urgentByRequester.json().code).toBe('INTERPRETING.URGENT_NOT_ALLOWED');
    const urgent = await post(
      f.cookies.dispatcher,
      exampleBody({ start, urgent: true, organisationId: f.orgA }),
    );
    expect(urgent.statusCode, urgent.body).toBe(201);
    expect(urgent.json()).toMatchObject({ urgent: true, priority: 2 });
  });

  it('books a weekly series of 10 as 10 requests at the same Brussels time', async () => {
    const response = await post(
      f.cookies.requesterA,
      exampleBody({ recurrence: { frequency: 'weekly', count: 10 }, clientReference: 'K-SERIES' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.occurrences).toHaveLength(10);
    expect(body.series).toMatchObject({ index: 0, count: 10 });
    const rows = await f.db
      .select()
      .from(interpretingRequests)
      .where(eq(interpretingRequests.seriesId, body.series.id));
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.reference)).size).toBe(10);
    expect(rows.map((row) => row.seriesIndex).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    for (const row of rows) expect(brusselsParts(row.startsAt)).toMatchObject({ hour: 9, minute: 0 });
    const last = body.occurrences[9];
    expect(
      (await get(f.cookies.requesterA, `/api/interpreting/requests/${last.id}`)).json().series,
    ).toMatchObject({
      index: 9,
      count: 10,
    });
  });

  it('shows a request to its organisation and staff; 404 to another organisation; 403 to the monitor', async () => {
    const { id } = (await post(f.cookies.requesterA, exampleBody())).json();
    const url = `/api/interpreting/requests/${id}`;
    expect((await get(f.cookies.requesterA, url)).statusCode).toBe(200);
    expect((await get(f.cookies.dispatcher, url)).statusCode).toBe(200);
    const other = await get(f.cookies.requesterB, url);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('INTERPRETING.REQUEST_NOT_FOUND');
    expect((await get(f.cookies.monitor, url)).statusCode).toBe(403);
    expect((await get(null, url)).statusCode).toBe(401);
    expect((await get(f.cookies.interpreter, url)).statusCode).toBe(404);
  });

  it('shows the assigned interpreter by first name and code only; the interpreter sees no requester', async () => {
    const created = (await post(f.cookies.requesterA, exampleBody())).json();
    const interpreter = await insertInterpreter(f.db, f.interpreterUserId);
    const start = new Date(created.start);
    await f.db.insert(assignments).values({
      requestId: created.id,
      interpreterId: interpreter.id,
      startsAt: start,
      endsAt: new Date(created.end),
      travelBeforeMinutes: 0,
      busyFrom: start,
      source: 'assigned',
    });
    const url = `/api/interpreting/requests/${created.id}`;
    const asRequester = (await get(f.cookies.requesterA, url)).json();
    expect(asRequester.interpreter).toEqual({ code: interpreter.code, givenName: 'Samira' });
    expect(JSON.stringify(asRequester)).not.toMatch(/Testfamilie|interpreters\.test|\+32 470/);
    const asStaff = (await get(f.cookies.dispatcher, url)).json();
    expect(asStaff.interpreter).toMatchObject({ interpreterId: interpreter.id });
    const asInterpreter = await get(f.cookies.interpreter, url);
    expect(asInterpreter.statusCode).toBe(200);
    expect(asInterpreter.json()).toMatchObject({ requestedBy: null, address: 'Kongostraat 42, 9000 Gent' });
    const list = (await get(f.cookies.interpreter, '/api/interpreting/requests')).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });

  it('lists by start within the caller’s scope, a page at a time', async () => {
    const mine = (await get(f.cookies.requesterA, '/api/interpreting/requests?limit=200')).json();
    expect(mine.items.length).toBeGreaterThan(10);
    expect(mine.items.every((item: { organisationId: string }) => item.organisationId === f.orgA)).toBe(true);
    const starts = mine.items.map((item: { start: string }) => item.start);
    expect([...starts].sort()).toEqual(starts);
    const theirs = (await get(f.cookies.requesterB, '/api/interpreting/requests')).json();
    expect(theirs.items.every((item: { organisationId: string }) => item.organisationId === f.orgB)).toBe(
      true,
    );
    const staff = (
      await get(f.cookies.dispatcher, `/api/interpreting/requests?organisationId=${f.orgB}`)
    ).json();
    expect(staff.items.map((item: { id: string }) => item.id)).toEqual(
      theirs.items.map((item: { id: string }) => item.id),
    );

    const first = (await get(f.cookies.requesterA, '/api/interpreting/requests?limit=4')).json();
    expect(first.items).toHaveLength(4);
    const second = (
      await get(f.cookies.requesterA, `/api/interpreting/requests?limit=4&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual(
      mine.items.slice(4, 8).map((item: { id: string }) => item.id),
    );
    const bad = await get(f.cookies.requesterA, '/api/interpreting/requests?cursor=bm9wZQ');
    expect(bad.statusCode).toBe(400);
  });

  it('filters by Brussels days and status', async () => {
    const dayOf = brusselsParts(new Date(sessionIn(5))).date;
    const list = (
      await get(f.cookies.requesterA, `/api/interpreting/requests?from=${dayOf}&to=${dayOf}&status=submitted`)
    ).json();
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) expect(brusselsParts(new Date(item.start)).date).toBe(dayOf);
    const cancelled = (await get(f.cookies.requesterA, '/api/interpreting/requests?status=cancelled')).json();
    expect(cancelled.items).toEqual([]);
  });
});
