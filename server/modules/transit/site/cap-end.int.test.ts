import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import {
  bookDays,
  capDays,
  dayFromToday,
  occupancyDays,
  read,
  send,
  startSiteTest,
  type TransitPeople,
} from '../transit.test-support.ts';

type Ends = { validTo: string };
type Day = { day: string; capacity: number; taken: number; temporaryCap: { pitches: number } | null };

/**
 * A running cap ended from a day on (its parameter value is shortened, the history is in the
 * audit log), and who may change what: site supervisors put pitches out of service, only managers cap.
 */
describe(`transit: ending a running cap, and the supervisors' rights (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;
  let pitchIds: string[];

  beforeAll(async () => {
    ({ t, people, pitchIds } = await startSiteTest());
  });
  afterAll(() => t.close());

  const book = (arrival: number, departure: number, caravans = 1) =>
    bookDays(t, people, arrival, departure, caravans);
  const cap = (from: number, to: number, pitches: number, cookie = people.manager) =>
    capDays(t, cookie, from, to, pitches);
  const end = (id: string, from: number, cookie = people.manager) =>
    send(t.app, cookie, `/api/transit/capacity/${id}/end`, { fromDay: dayFromToday(from) });
  const capacities = async (from: number, to: number) =>
    (await occupancyDays<Day>(t, people, from, to)).map((d) => d.capacity);
  const caps = async () => (await read(t.app, people.supervisor, '/api/transit/capacity')).json().items;

  it('ends a running cap from a later day: those days get their places back at once', async () => {
    const running = await cap(0, 10, 20);
    expect(running.statusCode, running.body).toBe(200);
    const id: string = running.json().id;
    expect(await capacities(0, 11)).toEqual([20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 25]);
    // The running cap cannot be removed …
    const removal = await send(t.app, people.manager, `/api/transit/capacity/${id}`, {}, 'DELETE');
    expect(removal.json()).toMatchObject({ status: 409, code: 'TRANSIT.CAP_IN_EFFECT' });
    expect(removal.json().detail).toContain('Beëindig het vanaf een dag');
    // … and a booking over the cap is refused while it holds.
    expect((await book(6, 8, 21)).json().code).toBe('TRANSIT.FULL');

    const ended = await end(id, 6);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ id, fromDay: dayFromToday(0), toDay: dayFromToday(6), pitches: 20 });
    expect(ended.json().days.map((d: { capacity: number }) => d.capacity)).toEqual([25, 25, 25, 25]);
    expect(await capacities(0, 11)).toEqual([20, 20, 20, 20, 20, 20, 25, 25, 25, 25, 25]);
    expect(await caps()).toEqual([
      { id, fromDay: dayFromToday(0), toDay: dayFromToday(6), pitches: 20, reason: 'COVID-maatregelen' },
    ]);
    // The pools were raised in the change itself: the same booking now gets its pitches.
    const booked = await book(6, 8, 21);
    expect(booked.statusCode, booked.body).toBe(201);

    // Ending earlier again shortens it again; each change is in the audit log with before and after.
    const earlier = await end(id, 3);
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(await capacities(0, 7)).toEqual([20, 20, 20, 25, 25, 25, 25]);
    const history = await read(t.app, people.manager, '/api/admin/parameters?key=transit.temporary_cap');
    expect(history.json().items).toEqual([expect.objectContaining({ id, validTo: dayFromToday(3) })]);
    const audits = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'parameter.shortened')));
    expect(audits.map((a) => [(a.before as Ends).validTo, (a.after as Ends).validTo]).sort()).toEqual([
      [dayFromToday(6), dayFromToday(3)],
      [dayFromToday(10), dayFromToday(6)],
    ]);
  });

  it('refuses an end in the past, outside the cap or by a supervisor; the freed days take a new cap', async () => {
    const [running] = await caps();
    const before = await capacities(0, 11);
    expect((await end(running.id, -1)).json()).toMatchObject({ status: 422, code: 'TRANSIT.PAST_DAYS' });
    const atStart = await end(running.id, 0);
    expect(atStart.json()).toMatchObject({ status: 400, code: 'COMMON.VALIDATION_FAILED' });
    expect((await end(running.id, 3)).statusCode).toBe(400);
    expect((await end(running.id, 2, people.supervisor)).statusCode).toBe(403);
    const unknown = await send(t.app, people.manager, `/api/transit/capacity/${crypto.randomUUID()}/end`, {
      fromDay: dayFromToday(2),
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await send(t.app, people.manager, `/api/transit/capacity/${running.id}/end`, {})).statusCode,
    ).toBe(400);
    expect(await capacities(0, 11)).toEqual(before);
    // The days the cap gave up take a new cap at once, even the very next day …
    const next = await cap(3, 5, 22);
    expect(next.statusCode, next.body).toBe(200);
    expect(await capacities(2, 6)).toEqual([20, 22, 22, 25]);
    // … but it cannot be removed: the ended cap's value would run on over its days.
    const removal = await send(
      t.app,
      people.manager,
      `/api/transit/capacity/${next.json().id}`,
      {},
      'DELETE',
    );
    expect(removal.json()).toMatchObject({ status: 409, code: 'TRANSIT.CAP_IN_EFFECT' });
    expect(await capacities(2, 6)).toEqual([20, 22, 22, 25]);
    const overlap = await cap(4, 12, 21);
    expect(overlap.json()).toMatchObject({ status: 409, code: 'TRANSIT.CAP_OVERLAP' });
  });

  it('ends a planned cap earlier, and removes it', async () => {
    const planned = (await cap(30, 40, 18)).json();
    expect((await end(planned.id, 35)).statusCode).toBe(200);
    expect(await capacities(34, 36)).toEqual([18, 25]);
    const removed = await send(t.app, people.manager, `/api/transit/capacity/${planned.id}`, {}, 'DELETE');
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await capacities(29, 36)).toEqual([25, 25, 25, 25, 25, 25, 25]);
  });

  it('lets a site supervisor put a pitch out of service and back, but not cap the site', async () => {
    const out = await send(t.app, people.supervisor, `/api/transit/pitches/${pitchIds[24]}/out-of-service`, {
      fromDay: dayFromToday(50),
      toDay: dayFromToday(52),
      reason: 'elektriciteitsmeter stuk',
    });
    expect(out.statusCode, out.body).toBe(201);
    expect(await capacities(50, 53)).toEqual([24, 24, 25]);
    const back = await send(
      t.app,
      people.supervisor,
      `/api/transit/out-of-service/${out.json().id}`,
      {},
      'DELETE',
    );
    expect(back.statusCode).toBe(204);
    expect(await capacities(50, 53)).toEqual([25, 25, 25]);

    const refused = await cap(50, 52, 10, people.supervisor);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('COMMON.FORBIDDEN');
    expect(await capacities(50, 53)).toEqual([25, 25, 25]);
    const planned = (await cap(60, 62, 10)).json();
    const removal = await send(t.app, people.supervisor, `/api/transit/capacity/${planned.id}`, {}, 'DELETE');
    expect(removal.statusCode).toBe(403);
    // Someone without the transit site's roles may do neither.
    const counsellor = await send(
      t.app,
      people.counsellor,
      `/api/transit/pitches/${pitchIds[23]}/out-of-service`,
      {
        fromDay: dayFromToday(50),
        toDay: dayFromToday(51),
        reason: 'kabel stuk',
      },
    );
    expect(counsellor.statusCode).toBe(403);
    expect(await capacities(50, 51)).toEqual([25]);
  });
});
