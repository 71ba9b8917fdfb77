import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, openCase, setUpWorkFixture, type WorkFixture } from './work.test-support.ts';

describe('saved filters and the workload', () => {
  let f: WorkFixture;

  beforeAll(async () => {
    f = await setUpWorkFixture();
  });
  afterAll(() => f.t.close());

  describe('saved filters', () => {
    it("saves, lists and deletes the caller's own filters; another's stay out of reach", async () => {
      const saved = await call(f.t, f.users.counsellorA, 'POST', '/api/cases/filters', {
        name: 'Mijn open diplomadossiers',
        query: { type: 'diploma_recognition', assignee: 'me', open: 'true' },
      });
      expect(saved.statusCode, saved.body).toBe(201);
      const filter = saved.json();
      expect(filter).toMatchObject({
        name: 'Mijn open diplomadossiers',
        query: { type: 'diploma_recognition', assignee: 'me', open: 'true' },
      });
      const mine = (await call(f.t, f.users.counsellorA, 'GET', '/api/cases/filters')).json();
      expect(mine.items.map((item: { id: string }) => item.id)).toEqual([filter.id]);
      const theirs = (await call(f.t, f.users.colleagueA, 'GET', '/api/cases/filters')).json();
      expect(theirs.items).toEqual([]);
      const stolen = await call(f.t, f.users.colleagueA, 'DELETE', `/api/cases/filters/${filter.id}`);
      expect(stolen.statusCode).toBe(404);
      const duplicate = await call(f.t, f.users.counsellorA, 'POST', '/api/cases/filters', {
        name: 'Mijn open diplomadossiers',
        query: {},
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().code).toBe('CASE_WORK.FILTER_EXISTS');
      const deleted = await call(f.t, f.users.counsellorA, 'DELETE', `/api/cases/filters/${filter.id}`);
      expect(deleted.statusCode).toBe(204);
      expect((await call(f.t, f.users.counsellorA, 'GET', '/api/cases/filters')).json().items).toEqual([]);
    });

    it('refuses a caller without cases.work and bad input', async () => {
      expect((await call(f.t, f.users.monitor, 'GET', '/api/cases/filters')).statusCode).toBe(403);
      expect((await call(f.t, null, 'GET', '/api/cases/filters')).statusCode).toBe(401);
      const post = (body: object) => call(f.t, f.users.counsellorA, 'POST', '/api/cases/filters', body);
      expect((await post({ name: '', query: {} })).statusCode).toBe(400);
      expect((await post({ name: 'x', query: { type: 'parking_ticket' } })).statusCode).toBe(400);
      expect((await post({ name: 'x', query: { colour: 'blue' } })).statusCode).toBe(400);
      expect((await call(f.t, f.users.counsellorA, 'DELETE', '/api/cases/filters/nope')).statusCode).toBe(
        400,
      );
    });
  });

  describe('workload', () => {
    it('counts open cases, open and overdue tasks and next-week appointments per counsellor of the team', async () => {
      const { id } = await openCase(f.t, f.users.counsellorA);
      const task = (title: string, dueOn: string) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/tasks`, {
          title,
          dueOn,
          assigneeId: f.users.counsellorA.id,
        });
      await task('Te laat', '2020-01-01');
      await task('Later', '2099-01-01');
      const in2Days = new Date(Date.now() + 2 * 86_400_000);
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/appointments`, {
        startsAt: in2Days.toISOString(),
        endsAt: new Date(in2Days.getTime() + 3_600_000).toISOString(),
      });
      const in20Days = new Date(Date.now() + 20 * 86_400_000);
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${id}/appointments`, {
        startsAt: in20Days.toISOString(),
        endsAt: new Date(in20Days.getTime() + 3_600_000).toISOString(),
      });
      await openCase(f.t, f.users.counsellorB);

      const response = await call(f.t, f.users.colleagueA, 'GET', '/api/cases/workload');
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.scope).toBe('team');
      const ids = body.items.map((item: { counsellor: { id: string } }) => item.counsellor.id);
      expect(ids.sort()).toEqual([f.users.counsellorA.id, f.users.colleagueA.id].sort());
      const row = body.items.find(
        (item: { counsellor: { id: string } }) => item.counsellor.id === f.users.counsellorA.id,
      );
      expect(row).toMatchObject({
        teamId: f.teamA,
        openCases: 1,
        openTasks: 2,
        overdueTasks: 1,
        appointmentsNext7Days: 1,
      });

      const all = (await call(f.t, f.users.manager, 'GET', '/api/cases/workload')).json();
      expect(all.scope).toBe('all');
      const b = all.items.find(
        (item: { counsellor: { id: string } }) => item.counsellor.id === f.users.counsellorB.id,
      );
      expect(b).toMatchObject({ openCases: 1, openTasks: 0 });
    });

    it('leaves closed cases out', async () => {
      const before = (await call(f.t, f.users.manager, 'GET', '/api/cases/workload')).json();
      const countOf = (body: { items: { counsellor: { id: string }; openCases: number }[] }) =>
        body.items.find((item) => item.counsellor.id === f.users.counsellorB.id)?.openCases;
      const { id } = await openCase(f.t, f.users.counsellorB);
      expect(countOf((await call(f.t, f.users.manager, 'GET', '/api/cases/workload')).json())).toBe(
        (countOf(before) ?? 0) + 1,
      );
      await f.db.execute(sql`update cases set closed_at = now() where id = ${id}`);
      expect(countOf((await call(f.t, f.users.manager, 'GET', '/api/cases/workload')).json())).toBe(
        countOf(before),
      );
    });

    it('refuses a caller without cases.work', async () => {
      expect((await call(f.t, f.users.monitor, 'GET', '/api/cases/workload')).statusCode).toBe(403);
      expect((await call(f.t, null, 'GET', '/api/cases/workload')).statusCode).toBe(401);
    });
  });
});
