import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation } from '../../../../test/factories.ts';
import { addDays, brusselsDate, brusselsDateTime } from '../brussels-time.ts';
import { parseFeed } from '../calendar/test-support.ts';
import { assignments, interpretingRequests } from '../interpreting.tables.ts';
import { type Caller, call, caller, interpreterBody, localPath } from './register.test-support.ts';

const DAY = 86_400_000;
/** A Brussels wall-clock time some days from today: never in the ambiguous October hour. */
const daysFromNow = (days: number, time = '10:00') =>
  brusselsDateTime(addDays(brusselsDate(new Date()), days), time);

describe('interpreter calendar feed and agenda', () => {
  let t: TestApp;
  let admin: Caller;
  let herself: Caller;
  let colleague: Caller;
  let id: string;
  let feedUrl: string;
  const assignmentIds: Record<'future' | 'cancelled' | 'recent' | 'old', string> = {
    future: '',
    cancelled: '',
    recent: '',
    old: '',
  };

  async function insertJob(
    interpreterId: string,
    organisationId: string,
    n: number,
    start: Date,
    extra: { status?: string; mode?: string; videoLink?: string } = {},
  ): Promise<string> {
    const db = t.platform.database.db;
    const end = new Date(start.getTime() + 3_600_000);
    const [request] = await db
      .insert(interpretingRequests)
      .values({
        reference: `T-2027-00000${n}`,
        organisationId,
        mode: extra.mode ?? 'on_site',
        language: 'ar',
        variant: 'maghreb',
        startsAt: start,
        endsAt: end,
        address: 'Kongostraat 42, 9000 Gent',
        room: 'B12',
        videoLink: extra.videoLink ?? null,
        sector: 'education',
        conversationType: 'parent_meeting',
        clientReference: 'K-17',
        preparationNotes: 'Oudercontact over het rapport',
        status: extra.status === 'cancelled' ? 'cancelled' : 'assigned',
      })
      .returning({ id: interpretingRequests.id });
    if (!request) throw new Error('no request');
    const [row] = await db
      .insert(assignments)
      .values({
        requestId: request.id,
        interpreterId,
        startsAt: start,
        endsAt: end,
        busyFrom: start,
        source: 'assigned',
        status: extra.status ?? 'active',
      })
      .returning({ id: assignments.id });
    if (!row) throw new Error('no assignment');
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const org = await insertOrganisation(t.platform.database.db, { name: 'Basisschool De Regenboog' });
    [admin, herself, colleague] = await Promise.all([
      caller(t, ['admin']),
      caller(t, ['interpreter']),
      caller(t, ['interpreter']),
    ]);
    const created = await call(
      t,
      admin,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ userId: herself.id }),
    );
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const other = await call(
      t,
      admin,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ userId: colleague.id }),
    );
    assignmentIds.future = await insertJob(id, org.id, 1, daysFromNow(10));
    assignmentIds.cancelled = await insertJob(id, org.id, 2, daysFromNow(12), { status: 'cancelled' });
    assignmentIds.recent = await insertJob(id, org.id, 3, daysFromNow(-30), {
      mode: 'video',
      videoLink: 'https://meet.example.test/r/abc',
    });
    assignmentIds.old = await insertJob(id, org.id, 4, daysFromNow(-90));
    await insertJob(other.json().id, org.id, 5, daysFromNow(11));
    feedUrl = (await call(t, herself, 'GET', '/api/interpreting/me')).json().calendarUrl;
  });
  afterAll(() => t.close());

  it('serves her jobs from 60 days back, cancelled ones included, without a session', async () => {
    const response = await call(t, null, 'GET', localPath(feedUrl));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { events } = parseFeed(response.body);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [assignmentIds.future, assignmentIds.cancelled, assignmentIds.recent].map((a) => `${a}@wegwijs`).sort(),
    );
    const future = events.find((e) => e.uid === `${assignmentIds.future}@wegwijs`);
    expect(future?.startTzid).toBe('Europe/Brussels');
    expect(future?.start.getTime()).toBe(daysFromNow(10).getTime());
    expect(future?.status).toBe('CONFIRMED');
    expect(future?.location).toBe('Kongostraat 42, 9000 Gent — lokaal B12');
    expect(future?.summary).toContain('T-2027-000001');
    expect(future?.description).toContain('Basisschool De Regenboog');
    expect(future?.description).toContain('Oudercontact over het rapport');
    const cancelled = events.find((e) => e.uid === `${assignmentIds.cancelled}@wegwijs`);
    expect(cancelled?.status).toBe('CANCELLED');
    const video = events.find((e) => e.uid === `${assignmentIds.recent}@wegwijs`);
    expect(video?.url).toBe('https://meet.example.test/r/abc');
    expect(video?.location).toBeNull();
    // The client is known only by the request reference: the client's own reference stays out.
    expect(response.body).not.toContain('K-17');
  });

  it('raises SEQUENCE when the assignment row changes', async () => {
    const db = t.platform.database.db;
    const moved = daysFromNow(10, '12:00');
    await db
      .update(assignments)
      .set({
        startsAt: moved,
        busyFrom: moved,
        endsAt: new Date(moved.getTime() + 3_600_000),
        sequence: sql`${assignments.sequence} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(assignments.id, assignmentIds.future));
    const { events } = parseFeed((await call(t, null, 'GET', localPath(feedUrl))).body);
    const future = events.find((e) => e.uid === `${assignmentIds.future}@wegwijs`);
    expect(future?.sequence).toBe(1);
    expect(future?.start.getTime()).toBe(moved.getTime());
  });

  it('answers 404 for a wrong, missing or foreign token and for an odd id', async () => {
    const token = new URL(feedUrl).searchParams.get('token') ?? '';
    const bad = [
      `/api/interpreting/interpreters/${id}/calendar.ics`,
      `/api/interpreting/interpreters/${id}/calendar.ics?token=${'A'.repeat(43)}`,
      `/api/interpreting/interpreters/${id}/calendar.ics?token=short`,
      `/api/interpreting/interpreters/not-a-uuid/calendar.ics?token=${token}`,
      `/api/interpreting/interpreters/00000000-0000-4000-8000-000000000000/calendar.ics?token=${token}`,
    ];
    for (const url of bad) {
      const response = await call(t, null, 'GET', url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('INTERPRETING.CALENDAR_TOKEN_INVALID');
    }
  });

  it('rotates the token: the old URL stops working, the new one works and is shown from then on', async () => {
    expect(
      (await call(t, colleague, 'POST', `/api/interpreting/interpreters/${id}/calendar-token`)).statusCode,
    ).toBe(404);
    const rotated = await call(t, herself, 'POST', `/api/interpreting/interpreters/${id}/calendar-token`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const fresh = rotated.json().calendarUrl;
    expect(fresh).not.toBe(feedUrl);
    expect((await call(t, null, 'GET', localPath(feedUrl))).statusCode).toBe(404);
    expect((await call(t, null, 'GET', localPath(fresh))).statusCode).toBe(200);
    expect((await call(t, admin, 'GET', `/api/interpreting/interpreters/${id}`)).json().calendarUrl).toBe(
      fresh,
    );
    const byAdmin = await call(t, admin, 'POST', `/api/interpreting/interpreters/${id}/calendar-token`);
    expect(byAdmin.statusCode).toBe(200);
    expect((await call(t, null, 'GET', localPath(fresh))).statusCode).toBe(404);
    feedUrl = byAdmin.json().calendarUrl;
  });

  it('never stores the token itself', async () => {
    const token = new URL(feedUrl).searchParams.get('token') ?? '';
    const rows = await t.platform.database.db.execute(sql`select feed_token_hash from interpreters`);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('lists her own agenda between two Brussels days, cancelled jobs marked', async () => {
    const from = new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    const response = await call(t, herself, 'GET', `/api/interpreting/me/agenda?from=${from}&to=${to}`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    expect(items.map((i: { assignmentId: string }) => i.assignmentId)).toEqual([
      assignmentIds.recent,
      assignmentIds.future,
      assignmentIds.cancelled,
    ]);
    expect(items[2].status).toBe('cancelled');
    expect(items[1].request).toMatchObject({
      mode: 'on_site',
      address: 'Kongostraat 42, 9000 Gent',
      clientReference: 'K-17',
    });
    const theirs = await call(t, colleague, 'GET', `/api/interpreting/me/agenda?from=${from}&to=${to}`);
    expect(theirs.json().items).toHaveLength(1);
    const backwards = await call(t, herself, 'GET', `/api/interpreting/me/agenda?from=${to}&to=${from}`);
    expect(backwards.statusCode).toBe(400);
    expect((await call(t, admin, 'GET', '/api/interpreting/me/agenda')).statusCode).toBe(404);
  });
});
