import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { interpreterLanguages, interpreters, interpretingRequests } from '../interpreting.tables.ts';

// A Tuesday far ahead, so the test never goes stale; Brussels winter time (UTC+1).
const DAY = '2031-01-14';
const at = (clock: string) => new Date(`${DAY}T${clock}:00+01:00`);
const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '18:00' }));

describe('day planning', () => {
  let t: TestApp;
  let dispatcher: string;
  let requester: string;
  const ids = { arabic: '', turkish: '', requests: [] as string[] };
  const db = () => t.platform.database.db;
  const as = (cookie: string) => ({ cookie, origin: ORIGIN });

  async function addInterpreter(code: string, language: string, lat: number) {
    const [row] = await db()
      .insert(interpreters)
      .values({
        code,
        givenName: code,
        familyName: 'Test',
        email: `${code.toLowerCase()}@example.test`,
        modes: ['on_site', 'phone'],
        certificationValidUntil: '2032-12-31',
        homeLat: lat,
        homeLon: 3.72,
        weeklyAvailability: WEEKDAYS,
      })
      .returning({ id: interpreters.id });
    if (!row) throw new Error('no interpreter');
    await db().insert(interpreterLanguages).values({ interpreterId: row.id, language, direction: 'both' });
    return row.id;
  }

  async function addRequest(organisationId: string, language: string, from: string, to: string) {
    const [row] = await db()
      .insert(interpretingRequests)
      .values({
        reference: `T-TEST-${randomUUID().slice(0, 8)}`,
        organisationId,
        mode: 'on_site',
        language,
        startsAt: at(from),
        endsAt: at(to),
        lat: 51.05,
        lon: 3.72,
        address: 'Kongostraat 42, 9000 Gent',
        sector: 'education',
        conversationType: 'parent_meeting',
        clientReference: 'K-1',
      })
      .returning({ id: interpretingRequests.id });
    if (!row) throw new Error('no request');
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    dispatcher = await signIn(t.app, (await insertUser(db(), { roles: ['dispatcher'] })).email);
    const organisation = await insertOrganisation(db());
    requester = await signIn(
      t.app,
      (await insertUser(db(), { roles: ['requester'], organisationId: organisation.id })).email,
    );
    ids.arabic = await addInterpreter('T-9001', 'ar', 51.06);
    ids.turkish = await addInterpreter('T-9002', 'tr', 51.04);
    // Two Arabic sessions at the same time: one interpreter can do only one of them.
    ids.requests = [
      await addRequest(organisation.id, 'ar', '09:00', '10:00'),
      await addRequest(organisation.id, 'ar', '09:30', '10:30'),
      await addRequest(organisation.id, 'tr', '11:00', '12:00'),
      await addRequest(organisation.id, 'ps', '13:00', '14:00'),
    ];
  });
  afterAll(() => t.close());

  const propose = (cookie = dispatcher) =>
    t.app.inject({
      method: 'POST',
      url: '/api/interpreting/day-plans',
      headers: as(cookie),
      payload: { day: DAY },
    });

  it('fills what can be filled and explains every request, filled or not', async () => {
    const response = await propose();
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan.status).toBe('draft');
    expect(plan.totals).toMatchObject({ requests: 4, filled: 2 });
    const byRequest = new Map(plan.items.map((item: { requestId: string }) => [item.requestId, item]));
    expect(byRequest.get(ids.requests[2])).toMatchObject({
      interpreterId: ids.turkish,
      interpreterCode: 'T-9002',
    });
    const arabic = [byRequest.get(ids.requests[0]), byRequest.get(ids.requests[1])];
    expect(
      arabic.filter((item) => (item as { interpreterId: string | null }).interpreterId === ids.arabic),
    ).toHaveLength(1);
    const pashto = byRequest.get(ids.requests[3]) as { interpreterId: string | null; reason: string };
    expect(pashto.interpreterId).toBeNull();
    expect(pashto.reason).toBe('geen enkele tolk in de planning spreekt ps');
    expect(plan.violations).toEqual([]);
  });

  it('keeps a dispatcher edit but shows what it breaks, and refuses to publish it', async () => {
    const plan = (await propose()).json();
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/interpreting/day-plans/${plan.id}`,
      headers: as(dispatcher),
      payload: { changes: [{ requestId: ids.requests[3], interpreterId: ids.turkish }] },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().violations).toEqual([
      expect.objectContaining({ requestId: ids.requests[3], interpreterId: ids.turkish }),
    ]);
    const publish = await t.app.inject({
      method: 'POST',
      url: `/api/interpreting/day-plans/${plan.id}/publish`,
      headers: as(dispatcher),
      payload: {},
    });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().code).toBe('INTERPRETING.PLAN_INFEASIBLE');
  });

  it('publishes a plan once: each pair assigned through the full rules', async () => {
    const plan = (await propose()).json();
    const publish = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/interpreting/day-plans/${plan.id}/publish`,
        headers: as(dispatcher),
        payload: { as: 'assignments' },
      });
    const response = await publish();
    expect(response.statusCode, response.body).toBe(200);
    const { results, plan: published } = response.json();
    expect(published.status).toBe('published');
    expect(results.map((r: { outcome: string }) => r.outcome)).toEqual(['assigned', 'assigned']);
    const request = await t.app.inject({
      method: 'GET',
      url: `/api/interpreting/requests/${ids.requests[2]}`,
      headers: as(dispatcher),
    });
    expect(request.json().status).toBe('assigned');
    expect((await publish()).statusCode).toBe(409);
    // A new proposal sees the booked jobs: only the second Arabic session can still be planned, and nobody is free for it.
    const next = (await propose()).json();
    expect(next.totals).toMatchObject({ requests: 2, filled: 0 });
  });

  it('refuses requesters, unknown plans and requests outside the plan', async () => {
    expect((await propose(requester)).statusCode).toBe(403);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/interpreting/day-plans/${randomUUID()}`,
      headers: as(dispatcher),
    });
    expect(missing.statusCode).toBe(404);
    const plan = (await propose()).json();
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/interpreting/day-plans/${plan.id}`,
      headers: as(dispatcher),
      payload: { changes: [{ requestId: randomUUID(), interpreterId: null }] },
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().code).toBe('INTERPRETING.PLAN_UNKNOWN_REQUEST');
  });
});
