import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { caseStatusHistory, caseTasks } from './cases.tables.ts';
import { casePeopleForTest, read, send } from './cases.test-support.ts';

describe('the case engine: create, read, list, transitions, scope', () => {
  let t: TestApp;
  let who: Awaited<ReturnType<typeof casePeopleForTest>>;
  const db = () => t.platform.database.db;
  const create = async (body: object, cookie = who.counsellorA.cookie): Promise<CaseDetail> => {
    const response = await send(t.app, cookie, '/api/cases', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const move = (id: string, to: string, cookie = who.counsellorA.cookie) =>
    send(t.app, cookie, `/api/cases/${id}/transitions`, { to });

  beforeAll(async () => {
    t = await createTestApp();
    who = await casePeopleForTest(t.app, db());
  });
  afterAll(() => t.close());

  it('opens a case from {type, title} alone, in the creator’s team, assigned to her', async () => {
    const body = await create({ type: 'guidance', title: 'Onthaal Familie Haddad' });
    expect(body).toMatchObject({
      type: 'guidance',
      status: 'registered',
      teamId: who.teamA,
      statusLabel: 'Aangemeld',
    });
    expect(body.assignee?.id).toBe(who.counsellorA.id);
    expect(body.reference).toMatch(/^D-\d{4}-\d{6}$/u);
    expect(body.allowedTransitions.map((move) => move.to).sort()).toEqual(['intake', 'stopped']);
    const history = await db().select().from(caseStatusHistory).where(eq(caseStatusHistory.caseId, body.id));
    expect(history.map((row) => [row.fromStatus, row.toStatus])).toEqual([[null, 'registered']]);
  });

  it('gives each new case the next reference of the year', async () => {
    const first = await create({ type: 'higher_education', title: 'Voortraject A' });
    const second = await create({ type: 'higher_education', title: 'Voortraject B' });
    const number = (reference: string) => Number(reference.slice(-6));
    expect(number(second.reference)).toBe(number(first.reference) + 1);
  });

  it('checks the type’s fields, given at the top level or under fields; unknown or wrong ones → 400', async () => {
    const ok = await create({
      type: 'education_question',
      title: 'Inschrijving Yusuf',
      registeredInBelgiumOn: '2026-09-01',
      fields: { childBirthDate: '2018-03-04', topic: 'enrolment' },
    });
    expect(ok.fields).toMatchObject({ registeredInBelgiumOn: '2026-09-01', topic: 'enrolment' });
    // The 60th day after registration: 1 September + 60 days = 31 October.
    expect(ok.derived).toMatchObject({ compulsorySchooling: { from: '2026-10-31', applies: true } });
    expect(ok.deadlines).toEqual([
      expect.objectContaining({ key: 'school_start', dueOn: '2026-10-31', done: false }),
    ]);
    const before = await db().select().from(auditLog);
    for (const bad of [
      { type: 'education_question', title: 'x', fields: { topic: 'astrology' } },
      { type: 'education_question', title: 'x', fields: { shoeSize: 42 } },
      { type: 'guidance', title: 'x', arrivalDate: '31/12/2026' },
      { type: 'no_such_type', title: 'x' },
      { type: 'guidance' },
    ]) {
      const response = await send(t.app, who.counsellorA.cookie, '/api/cases', bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await db().select().from(auditLog)).length).toBe(before.length);
  });

  it('refuses a move the machine does not allow with 409 problem+json, and follows allowed ones', async () => {
    const body = await create({
      type: 'diploma_recognition',
      title: 'Diploma verpleegkunde',
      recognitionType: 'specific',
    });
    const refused = await move(body.id, 'positive');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CASES.TRANSITION_NOT_ALLOWED', status: 409 });
    for (const to of ['compiling', 'submitted', 'assessing'])
      expect((await move(body.id, to)).statusCode).toBe(200);
    const assessing: CaseDetail = (await read(t.app, who.counsellorA.cookie, `/api/cases/${body.id}`)).json();
    // Specific recognition: NARIC decides within 120 days of the complete file.
    const complete = String(assessing.fields.completeOn);
    const due = new Date(`${complete}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 120);
    expect(assessing.derived.decisionDueOn).toBe(due.toISOString().slice(0, 10));
    expect(assessing.deadlines.find((d) => d.key === 'naric_decision')?.dueOn).toBe(
      assessing.derived.decisionDueOn,
    );
    const decided = await move(body.id, 'negative');
    expect(decided.json()).toMatchObject({ status: 'negative', fields: { decision: 'negative' } });
    // The decision arrived: the deadline is no longer open.
    const [task] = await db()
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.caseId, body.id), eq(caseTasks.deadlineKey, 'naric_decision')));
    expect(task?.doneAt).not.toBeNull();
  });

  it('blocks a guarded move with the reason (certificate before all four parts are done)', async () => {
    const body = await create({
      type: 'guidance',
      title: 'Traject Amina',
      trajectory: { socialOrientation: { status: 'achieved' }, dutch: { status: 'running', level: 'A2' } },
    });
    for (const to of ['intake', 'contract_signed', 'trajectory'])
      expect((await move(body.id, to)).statusCode).toBe(200);
    const blocked = await move(body.id, 'certified');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ code: 'CASES.TRANSITION_BLOCKED' });
    expect(blocked.json().detail).toContain('Nederlands (NT2)');
  });

  it('lets only the call’s managers approve a scholarship (403 for a counsellor)', async () => {
    const body = await create({ type: 'scholarship', title: 'Beurs UCT Olena' });
    expect((await move(body.id, 'complete')).statusCode).toBe(200);
    const refused = await move(body.id, 'approved');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CASES.TRANSITION_FORBIDDEN');
    expect((await move(body.id, 'approved', who.coordinator.cookie)).statusCode).toBe(200);
  });

  it('closes a quick education question in one step', async () => {
    const body = await create({
      type: 'education_question',
      title: 'Vraag over schoolkosten',
      quick: true,
      answer: 'De maximumfactuur geldt; wij gaven de folder mee.',
    });
    expect(body.status).toBe('closed');
    expect(body.closedAt).not.toBeNull();
    const noAnswer = await send(t.app, who.counsellorA.cookie, '/api/cases', {
      type: 'education_question',
      title: 'x',
      quick: true,
    });
    expect(noAnswer.statusCode).toBe(400);
  });

  it('refuses another team’s case with 403 and audits the attempt; the manager sees it', async () => {
    const body = await create({ type: 'guidance', title: 'Onthaal Familie Nuri' });
    const refused = await read(t.app, who.counsellorB.cookie, `/api/cases/${body.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CASES.OUT_OF_SCOPE');
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.id), eq(auditLog.action, 'case.access_refused')));
    expect(audits.map((row) => row.actorId)).toEqual([who.counsellorB.id]);
    expect((await move(body.id, 'intake', who.counsellorB.cookie)).statusCode).toBe(403);
    expect((await read(t.app, who.manager.cookie, `/api/cases/${body.id}`)).statusCode).toBe(200);
    const reads = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.id), eq(auditLog.action, 'case.read')));
    expect(reads.map((row) => row.actorId)).toEqual([who.manager.id]);
    expect((await read(t.app, who.requester.cookie, `/api/cases/${body.id}`)).statusCode).toBe(403);
    expect((await read(t.app, undefined, `/api/cases/${body.id}`)).statusCode).toBe(401);
    expect((await read(t.app, who.manager.cookie, `/api/cases/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('lists only the cases in scope, filtered by type, status and assignee', async () => {
    const mine = await create({ type: 'higher_education', title: 'Lijst A' });
    const theirs = await create({ type: 'higher_education', title: 'Lijst B' }, who.counsellorB.cookie);
    const list = async (cookie: string, query: string) =>
      ((await read(t.app, cookie, `/api/cases?${query}`)).json().items as { id: string }[]).map((c) => c.id);
    const a = await list(who.counsellorA.cookie, 'type=higher_education&status=intake&assignee=me');
    expect(a).toContain(mine.id);
    expect(a).not.toContain(theirs.id);
    expect(await list(who.counsellorA.cookie, `assignee=${who.counsellorB.id}`)).toEqual([]);
    const all = await list(who.manager.cookie, 'type=higher_education&limit=200');
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(await list(who.manager.cookie, 'type=higher_education&status=enrolled')).toEqual([]);
    // Several statuses at once, as the scholarship page asks for the decided applications.
    const several = await list(
      who.manager.cookie,
      'type=higher_education&status=intake,enrolled,referred,stopped,trajectory&limit=200',
    );
    expect(several).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect((await read(t.app, who.manager.cookie, '/api/cases?type=nope')).statusCode).toBe(400);
    expect((await read(t.app, who.requester.cookie, '/api/cases')).statusCode).toBe(403);
  });

  it('edits fields with PATCH (merged, checked; a stale version → 409)', async () => {
    const body = await create({ type: 'guidance', title: 'Patch' });
    const url = `/api/cases/${body.id}`;
    const ok = await send(
      t.app,
      who.counsellorA.cookie,
      url,
      { fields: { arrivalDate: '2026-10-01', obligation: 'compulsory' }, version: body.version },
      'PATCH',
    );
    expect(ok.statusCode, ok.body).toBe(200);
    // Compulsory newcomers register within 3 months of arrival.
    expect(ok.json().deadlines).toEqual([
      expect.objectContaining({ key: 'guidance_registration', dueOn: '2027-01-01' }),
    ]);
    const stale = await send(
      t.app,
      who.counsellorA.cookie,
      url,
      { title: 'x', version: body.version },
      'PATCH',
    );
    expect(stale.statusCode).toBe(409);
    const bad = await send(t.app, who.counsellorA.cookie, url, { fields: { obligation: 'maybe' } }, 'PATCH');
    expect(bad.statusCode).toBe(400);
  });

  it('links and unlinks people: a new person or an existing one; twice → 409; unknown → 422', async () => {
    const body = await create({
      type: 'education_question',
      title: 'Vraag Familie Demir',
      person: { givenName: 'Elif', familyName: 'Demir', preferredLanguage: 'tr' },
    });
    expect(body.people).toEqual([expect.objectContaining({ name: 'Elif Demir', role: 'parent' })]);
    expect(body.language).toBe('tr');
    const url = `/api/cases/${body.id}/people`;
    const added = await send(t.app, who.counsellorA.cookie, url, {
      person: { givenName: 'Kerem', familyName: 'Demir' },
      role: 'child',
    });
    expect(added.statusCode, added.body).toBe(201);
    const kerem = added.json().items.find((p: { name: string }) => p.name === 'Kerem Demir');
    expect(kerem.role).toBe('child');
    const again = await send(t.app, who.counsellorA.cookie, url, { personId: kerem.personId, role: 'child' });
    expect(again.statusCode).toBe(409);
    const unknown = await send(t.app, who.counsellorA.cookie, url, { personId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(422);
    expect((await send(t.app, who.counsellorA.cookie, url, { role: 'child' })).statusCode).toBe(400);
    expect((await send(t.app, who.counsellorB.cookie, url, { personId: kerem.personId })).statusCode).toBe(
      403,
    );
    const removed = await send(t.app, who.counsellorA.cookie, `${url}/${kerem.personId}`, {}, 'DELETE');
    expect(removed.statusCode).toBe(204);
    const listed = await read(t.app, who.counsellorA.cookie, url);
    expect(listed.json().items.map((p: { name: string }) => p.name)).toEqual(['Elif Demir']);
  });

  it('shows a counsellor her open cases and the overdue tasks in scope on the home page', async () => {
    const overdue = await create({
      type: 'education_question',
      title: 'Te laat',
      registeredInBelgiumOn: '2020-01-06',
    });
    expect(overdue.deadlines[0]?.overdue).toBe(true);
    const home = await read(t.app, who.counsellorA.cookie, '/api/home/figures');
    const shown = Object.fromEntries(
      home.json().figures.map((f: { key: string; value: number }) => [f.key, f.value]),
    );
    const mine = await read(t.app, who.counsellorA.cookie, '/api/cases?assignee=me&open=true&limit=1');
    expect(shown['cases.mine.open']).toBe(mine.json().total);
    expect(shown['cases.tasks.overdue']).toBeGreaterThanOrEqual(1);
    const requester = await read(t.app, who.requester.cookie, '/api/home/figures');
    expect(requester.json().figures.map((f: { key: string }) => f.key)).not.toContain('cases.mine.open');
  });

  it('lists the teams to transfer to, for case workers only', async () => {
    const teams = await read(t.app, who.counsellorA.cookie, '/api/cases/teams');
    expect(teams.statusCode).toBe(200);
    expect(teams.json().items.map((team: { id: string }) => team.id)).toEqual(
      expect.arrayContaining([who.teamA, who.teamB]),
    );
    expect((await read(t.app, who.requester.cookie, '/api/cases/teams')).statusCode).toBe(403);
  });
});
