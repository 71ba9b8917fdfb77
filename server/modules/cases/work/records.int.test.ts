import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/index.ts';
import { call, openCase, setUpWorkFixture, type WorkFixture } from './work.test-support.ts';

describe('case tasks, notes and contact log', () => {
  let f: WorkFixture;
  let caseId: string;

  beforeAll(async () => {
    f = await setUpWorkFixture();
    caseId = (await openCase(f.t, f.users.counsellorA)).id;
  });
  afterAll(() => f.t.close());

  const auditRows = (action: string) =>
    queryRows<{ after: Record<string, unknown> | null }>(
      f.db,
      sql`select after from audit_log where entity = 'case' and entity_id = ${caseId} and action = ${action} order by id`,
    );

  describe('tasks', () => {
    it('adds a task, lists it, marks it done and opens it again, each audited', async () => {
      const created = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/tasks`, {
        title: 'Inschrijving VDAB nakijken',
        dueOn: '2020-01-10',
        assigneeId: f.users.colleagueA.id,
      });
      expect(created.statusCode, created.body).toBe(201);
      const task = created.json();
      expect(task).toMatchObject({
        title: 'Inschrijving VDAB nakijken',
        dueOn: '2020-01-10',
        assignee: { id: f.users.colleagueA.id },
        ruleMade: false,
        done: false,
        overdue: true,
      });
      const list = (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/tasks`)).json();
      expect(list.items.map((item: { id: string }) => item.id)).toContain(task.id);

      const done = await call(f.t, f.users.counsellorA, 'PATCH', `/api/cases/${caseId}/tasks/${task.id}`, {
        done: true,
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({
        done: true,
        overdue: false,
        doneBy: { id: f.users.counsellorA.id },
      });
      const reopened = await call(
        f.t,
        f.users.counsellorA,
        'PATCH',
        `/api/cases/${caseId}/tasks/${task.id}`,
        {
          done: false,
          title: 'VDAB bellen',
        },
      );
      expect(reopened.json()).toMatchObject({ done: false, doneAt: null, title: 'VDAB bellen' });
      expect(await auditRows('case.task.added')).toHaveLength(1);
      expect(await auditRows('case.task.done')).toHaveLength(1);
      expect(await auditRows('case.task.reopened')).toHaveLength(1);
    });

    it('deletes a hand-made task but keeps a rule-made deadline: only marking it done is allowed', async () => {
      const own = (
        await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/tasks`, { title: 'Weg ermee' })
      ).json();
      const deleted = await call(f.t, f.users.counsellorA, 'DELETE', `/api/cases/${caseId}/tasks/${own.id}`);
      expect(deleted.statusCode, deleted.body).toBe(204);
      const [rule] = await queryRows<{ id: string }>(
        f.db,
        sql`insert into case_tasks (case_id, title, due_on, deadline_key) values (${caseId}, 'Beslissing NARIC', '2030-01-01', 'test_deadline') returning id`,
      );
      const url = `/api/cases/${caseId}/tasks/${rule?.id}`;
      const retitle = await call(f.t, f.users.counsellorA, 'PATCH', url, { title: 'Iets anders' });
      expect(retitle.statusCode).toBe(409);
      expect(retitle.json().code).toBe('CASE_WORK.DEADLINE_TASK_LOCKED');
      const redate = await call(f.t, f.users.counsellorA, 'PATCH', url, { dueOn: '2031-01-01' });
      expect(redate.statusCode).toBe(409);
      const remove = await call(f.t, f.users.counsellorA, 'DELETE', url);
      expect(remove.statusCode).toBe(409);
      const done = await call(f.t, f.users.counsellorA, 'PATCH', url, { done: true });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ ruleMade: true, deadlineKey: 'test_deadline', done: true });
    });

    it('refuses a counsellor of another team (403, audited) and a caller without cases.work', async () => {
      const other = await call(f.t, f.users.counsellorB, 'POST', `/api/cases/${caseId}/tasks`, {
        title: 'x',
      });
      expect(other.statusCode).toBe(403);
      expect(other.json().code).toBe('CASES.OUT_OF_SCOPE');
      expect((await auditRows('case.access_refused')).length).toBeGreaterThan(0);
      expect((await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${caseId}/tasks`)).statusCode).toBe(
        403,
      );
      expect((await call(f.t, f.users.monitor, 'GET', `/api/cases/${caseId}/tasks`)).statusCode).toBe(403);
      expect((await call(f.t, null, 'GET', `/api/cases/${caseId}/tasks`)).statusCode).toBe(401);
    });

    it('refuses bad input: no title, a bad date, an unknown assignee, an empty change, an unknown task', async () => {
      const post = (body: object) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/tasks`, body);
      expect((await post({ title: '' })).statusCode).toBe(400);
      expect((await post({ title: 'x', dueOn: '10/01/2027' })).statusCode).toBe(400);
      const stranger = await post({ title: 'x', assigneeId: f.users.monitor.id });
      expect(stranger.statusCode).toBe(422);
      expect(stranger.json().code).toBe('CASE_WORK.UNKNOWN_USER');
      const any = (await post({ title: 'x' })).json();
      const empty = await call(f.t, f.users.counsellorA, 'PATCH', `/api/cases/${caseId}/tasks/${any.id}`, {});
      expect(empty.statusCode).toBe(400);
      const missing = await call(
        f.t,
        f.users.counsellorA,
        'PATCH',
        `/api/cases/${caseId}/tasks/00000000-0000-4000-8000-000000000000`,
        { done: true },
      );
      expect(missing.statusCode).toBe(404);
      expect((await call(f.t, f.users.counsellorA, 'GET', '/api/cases/not-a-uuid/tasks')).statusCode).toBe(
        400,
      );
    });
  });

  describe('notes', () => {
    it('shows a confidential note in full to its author, the case assignee and a manager', async () => {
      // The case's assignee is counsellorA (she opened it); the colleague writes the confidential note.
      const created = await call(f.t, f.users.colleagueA, 'POST', `/api/cases/${caseId}/notes`, {
        body: 'Vertrouwelijk: medische situatie besproken',
        confidentiality: 'confidential',
      });
      expect(created.statusCode, created.body).toBe(201);
      const note = created.json();
      expect(note).toMatchObject({
        confidentiality: 'confidential',
        hidden: false,
        author: { id: f.users.colleagueA.id },
      });
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/notes`, { body: 'Gewone notitie' });
      const seenBy = async (who: keyof WorkFixture['users']) =>
        (await call(f.t, f.users[who], 'GET', `/api/cases/${caseId}/notes`))
          .json()
          .items.find((item: { id: string }) => item.id === note.id);
      expect(await seenBy('colleagueA')).toMatchObject({
        body: 'Vertrouwelijk: medische situatie besproken',
      });
      expect(await seenBy('counsellorA')).toMatchObject({ hidden: false });
      expect(await seenBy('manager')).toMatchObject({ hidden: false });
    });

    it('hides the body from a team member who is neither author nor assignee, and never audits it', async () => {
      const note = (
        await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/notes`, {
          body: 'Geheime inhoud 4711',
          confidentiality: 'confidential',
        })
      ).json();
      const list = (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/notes`)).json();
      const seen = list.items.find((item: { id: string }) => item.id === note.id);
      expect(seen).toEqual({
        id: note.id,
        confidentiality: 'confidential',
        author: { id: f.users.counsellorA.id, name: expect.any(String) },
        createdAt: note.createdAt,
        hidden: true,
      });
      const standard = list.items.find((item: { body?: string }) => item.body === 'Gewone notitie');
      expect(standard).toMatchObject({ hidden: false, confidentiality: 'standard' });
      const [leak] = await queryRows<{ n: number }>(
        f.db,
        sql`select count(*)::int as n from audit_log where after::text like '%Geheime inhoud 4711%' or before::text like '%Geheime inhoud 4711%'`,
      );
      expect(leak?.n).toBe(0);
      const timeline = await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/timeline`);
      expect(timeline.body).not.toContain('Geheime inhoud 4711');
    });

    it('refuses another team and bad input', async () => {
      expect((await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${caseId}/notes`)).statusCode).toBe(
        403,
      );
      const post = (body: object) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/notes`, body);
      expect((await post({ body: '   ' })).statusCode).toBe(400);
      expect((await post({ body: 'x', confidentiality: 'secret' })).statusCode).toBe(400);
    });
  });

  describe('contact log', () => {
    it('logs contacts newest first and keeps the summary out of the audit row', async () => {
      const first = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/contacts`, {
        channel: 'phone',
        direction: 'out',
        at: '2026-01-05T10:00:00+01:00',
        summary: 'Teruggebeld over afspraak',
        minutes: 12,
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({
        channel: 'phone',
        direction: 'out',
        minutes: 12,
        by: { id: f.users.counsellorA.id },
      });
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/contacts`, {
        channel: 'visit',
        summary: 'Kwam langs aan het onthaal',
      });
      const list = (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/contacts`)).json();
      expect(list.items.map((item: { channel: string }) => item.channel)).toEqual(['visit', 'phone']);
      const [row] = await auditRows('case.contact.logged');
      expect(row?.after).toMatchObject({ channel: 'phone', minutes: 12 });
      expect(JSON.stringify(row?.after)).not.toContain('Teruggebeld');
    });

    it('refuses another team and bad input (channel, future time, minutes)', async () => {
      expect(
        (
          await call(f.t, f.users.counsellorB, 'POST', `/api/cases/${caseId}/contacts`, {
            channel: 'phone',
            summary: 'x',
          })
        ).statusCode,
      ).toBe(403);
      const post = (body: object) =>
        call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/contacts`, body);
      expect((await post({ channel: 'fax', summary: 'x' })).statusCode).toBe(400);
      expect((await post({ channel: 'phone', summary: 'x', minutes: -1 })).statusCode).toBe(400);
      const future = await post({ channel: 'phone', summary: 'x', at: '2999-01-01T10:00:00+01:00' });
      expect(future.statusCode).toBe(400);
      expect(future.json().errors[0].path).toBe('at');
    });
  });
});
