import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { assignments, interpreters, interpretingRequests } from '../interpreting.tables.ts';

const at = (iso: string) => new Date(iso);

describe('interpreting figures', () => {
  let t: TestApp;
  let monitor: string;
  let requester: string;
  const db = () => t.platform.database.db;
  const get = (url: string, cookie: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie, origin: ORIGIN } });

  beforeAll(async () => {
    t = await createTestApp();
    monitor = await signIn(t.app, (await insertUser(db(), { roles: ['city_monitor'] })).email);
    const organisation = await insertOrganisation(db(), { name: 'CAW Oost-Vlaanderen' });
    requester = await signIn(
      t.app,
      (await insertUser(db(), { roles: ['requester'], organisationId: organisation.id })).email,
    );
    const [interpreter] = await db()
      .insert(interpreters)
      .values({ code: 'T-8001', givenName: 'A', familyName: 'B', email: 'a@example.test', modes: ['phone'] })
      .returning();
    const base = {
      organisationId: organisation.id,
      mode: 'phone',
      sector: 'welfare',
      conversationType: 'intake',
      clientReference: 'C-1',
      phoneNumber: '+32 9 123 45 67',
    };
    const [filled, , late] = await db()
      .insert(interpretingRequests)
      .values([
        {
          ...base,
          reference: 'T-F-1',
          language: 'ar',
          status: 'assigned',
          startsAt: at('2031-02-03T09:00:00Z'),
          endsAt: at('2031-02-03T10:30:00Z'),
        },
        {
          ...base,
          reference: 'T-F-2',
          language: 'ar',
          status: 'unfilled',
          startsAt: at('2031-02-04T09:00:00Z'),
          endsAt: at('2031-02-04T10:00:00Z'),
        },
        {
          ...base,
          reference: 'T-F-3',
          language: 'tr',
          status: 'cancelled',
          cancellationKind: 'late',
          startsAt: at('2031-02-05T09:00:00Z'),
          endsAt: at('2031-02-05T10:00:00Z'),
        },
        {
          ...base,
          reference: 'T-F-4',
          language: 'tr',
          status: 'submitted',
          startsAt: at('2031-03-05T09:00:00Z'),
          endsAt: at('2031-03-05T10:00:00Z'),
        },
      ])
      .returning();
    if (!filled || !late || !interpreter) throw new Error('seed failed');
    await db().insert(assignments).values({
      requestId: filled.id,
      interpreterId: interpreter.id,
      startsAt: filled.startsAt,
      endsAt: filled.endsAt,
      busyFrom: filled.startsAt,
      source: 'assigned',
    });
  });
  afterAll(() => t.close());

  it('gives the city aggregates of the period only', async () => {
    const response = await get('/api/interpreting/figures?from=2031-02-01&to=2031-02-28', monitor);
    expect(response.statusCode).toBe(200);
    const figures = response.json();
    expect(figures).toMatchObject({ requests: 3, fillRate: 0.5, hours: 1.5, lateCancellations: 1 });
    expect(figures.byOrganisation).toEqual([
      { key: expect.any(String), label: 'CAW Oost-Vlaanderen', requests: 3, hours: 1.5 },
    ]);
    expect(JSON.stringify(figures)).not.toContain('C-1');
  });

  it('refuses requesters and a period that ends before it starts', async () => {
    expect((await get('/api/interpreting/figures?from=2031-02-01&to=2031-02-28', requester)).statusCode).toBe(
      403,
    );
    const bad = await get('/api/interpreting/figures?from=2031-03-01&to=2031-02-01', monitor);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});
