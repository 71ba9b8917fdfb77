import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { signIn } from '../../../../test/factories.ts';
import type { Actor } from '../../../platform/context.ts';
import { systemContext } from '../../../platform/context.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../../platform/demo/index.ts';
import { brusselsDateTime } from '../brussels-time.ts';
import { seedInterpretingDemo } from '../demo/seed.ts';
import { addWorkingDays } from '../working-days.ts';
import { actForAgency } from './agency-bookings.ts';

/** The agency books for itself on the demo data: the counsellor's appointment, and who may not. */
describe('the agency as requester, on the demo data', () => {
  let t: TestApp;
  const ahead = (days: number, time: string) =>
    brusselsDateTime(addWorkingDays(new Date(), days), time).toISOString();
  const actorOf = async (email: string): Promise<Actor> => {
    const [row] = await queryRows<{ id: string; organisation_id: string | null; team_id: string | null }>(
      t.platform.database.db,
      sql`select id, organisation_id, team_id from users where email = ${email}`,
    );
    if (!row) throw new Error(`no demo user ${email}`);
    const roles = email.startsWith('requester') ? ['requester' as const] : ['counsellor' as const];
    return {
      id: row.id,
      email,
      name: email,
      roles,
      organisationId: row.organisation_id,
      teamId: row.team_id,
      locale: 'nl',
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.platform);
    await seedInterpretingDemo(t.platform.database.db, systemContext('demo:interpreting'));
  });
  afterAll(() => t.close());

  it('lets the demo counsellor book from her case, for the demo agency, and nothing of the portal', async () => {
    const cookie = await signIn(t.app, 'counsellor@demo.wegwijs.test', DEMO_PASSWORD);
    const headers = { origin: ORIGIN, cookie };
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers,
      payload: { type: 'guidance', title: 'Onthaal testdossier' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${opened.json().id}/appointments`,
      headers,
      payload: {
        startsAt: ahead(5, '10:00'),
        endsAt: ahead(5, '11:00'),
        modality: 'video',
        interpreter: { language: 'prs', videoLink: 'https://meet.example.test/onthaal' },
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const [request] = await queryRows<{ kbo_number: string; email: string; mode: string }>(
      t.platform.database.db,
      sql`select o.kbo_number, u.email, r.mode from interpreting_requests r
          join organisations o on o.id = r.organisation_id join users u on u.id = r.requested_by
          where r.id = ${booked.json().interpretingRequestId}`,
    );
    expect(request).toEqual({
      kbo_number: '0899300163',
      email: 'counsellor@demo.wegwijs.test',
      mode: 'video',
    });
    // Booking through a case is no permission to the requester portal.
    const portal = await t.app.inject({ method: 'GET', url: '/api/interpreting/requests', headers });
    expect(portal.statusCode).toBe(403);
  });

  it('refuses a requester of another organisation, and another organisation’s request', async () => {
    const requester = await actorOf('requester@demo.wegwijs.test');
    const refused = actForAgency(t.platform, { actor: requester, requestId: 'test' });
    await expect(refused).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    const [hospital] = await queryRows<{ id: string }>(
      t.platform.database.db,
      sql`select id from interpreting_requests where requested_by = ${requester.id}
          and status in ('submitted', 'offered', 'assigned') limit 1`,
    );
    expect(hospital).toBeDefined();
    const counsellor = await actorOf('counsellor@demo.wegwijs.test');
    const agency = await actForAgency(t.platform, { actor: counsellor, requestId: 'test' });
    const cancel = t.platform.database.db.transaction((tx) => agency.cancel(tx, hospital?.id ?? ''));
    await expect(cancel).rejects.toMatchObject({ code: 'INTERPRETING.REQUEST_NOT_FOUND' });
  });
});
