import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimesheetQueueSchema } from '../../../../contracts/interpreting-billing-queue.ts';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { timesheets } from '../interpreting.tables.ts';
import { type Caller, caller, insertInterpreter, insertSession } from './billing.test-support.ts';

describe('the timesheet queue', () => {
  let t: TestApp;
  let call: Caller;
  const cookies = { dispatcher: '', requester: '', interpreter: '' };
  const ids = { early: '', late: '', approved: '' };

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t.app);
    const db = t.platform.database.db;
    const organisationId = (await insertOrganisation(db, { name: 'CAW Oost (test)' })).id;
    const tolk = await insertUser(db, { roles: ['interpreter'] });
    const interpreterId = await insertInterpreter(db, { userId: tolk.id });
    const session = (start: string) => insertSession(db, { organisationId, interpreterId, start });
    ids.late = (await session('2026-02-10T09:00:00Z')).assignmentId;
    ids.early = (await session('2026-01-31T23:30:00Z')).assignmentId; // 1 Feb 00:30 in Brussels
    ids.approved = (await session('2026-01-05T09:00:00Z')).assignmentId;
    const reported = (assignmentId: string, status: string, start: string) => ({
      assignmentId,
      status,
      actualStart: new Date(start),
      actualEnd: new Date(new Date(start).getTime() + 3_600_000),
      waitingMinutes: 5,
      kilometres: 7.5,
    });
    await db
      .insert(timesheets)
      .values([
        reported(ids.late, 'submitted', '2026-02-10T09:00:00Z'),
        reported(ids.early, 'submitted', '2026-01-31T23:30:00Z'),
        reported(ids.approved, 'approved', '2026-01-05T09:00:00Z'),
      ]);
    const dispatcher = await insertUser(db, { roles: ['dispatcher'] });
    const requester = await insertUser(db, { roles: ['requester'], organisationId });
    cookies.dispatcher = await signIn(t.app, dispatcher.email);
    cookies.requester = await signIn(t.app, requester.email);
    cookies.interpreter = await signIn(t.app, tolk.email);
  });
  afterAll(() => t.close());

  it('lists submitted timesheets oldest first, with the plan, organisation and interpreter', async () => {
    const res = await call('GET', '/timesheets', cookies.dispatcher);
    expect(res.statusCode, res.body).toBe(200);
    const { items } = TimesheetQueueSchema.parse(res.json());
    expect(items.map((i) => i.assignmentId)).toEqual([ids.early, ids.late]);
    const [first] = items;
    expect(first).toMatchObject({
      organisationName: 'CAW Oost (test)',
      status: 'submitted',
      mode: 'on_site',
      language: 'ar',
      waitingMinutes: 5,
      kilometres: 7.5,
      noShow: null,
      plannedStart: '2026-01-31T23:30:00.000Z',
    });
    expect(first?.interpreterCode).toMatch(/^T-/);
    expect(first?.interpreterName).toMatch(/^Testa Tolk /);
    expect(first?.reference).toMatch(/^T-TEST-/);
  });

  it('filters on status and on the Brussels day of the planned session', async () => {
    const approved = await call('GET', '/timesheets?status=approved', cookies.dispatcher);
    expect(TimesheetQueueSchema.parse(approved.json()).items.map((i) => i.assignmentId)).toEqual([
      ids.approved,
    ]);
    // 31 Jan 23:30 UTC is 1 Feb in Brussels: inside February, outside January.
    const february = await call('GET', '/timesheets?from=2026-02-01&to=2026-02-28', cookies.dispatcher);
    expect(TimesheetQueueSchema.parse(february.json()).items.map((i) => i.assignmentId)).toEqual([
      ids.early,
      ids.late,
    ]);
    const january = await call('GET', '/timesheets?from=2026-01-01&to=2026-01-31', cookies.dispatcher);
    expect(TimesheetQueueSchema.parse(january.json()).items).toEqual([]);
  });

  it('refuses requesters and interpreters, and anonymous callers', async () => {
    expect((await call('GET', '/timesheets', cookies.requester)).statusCode).toBe(403);
    expect((await call('GET', '/timesheets', cookies.interpreter)).statusCode).toBe(403);
    expect((await call('GET', '/timesheets', null)).statusCode).toBe(401);
  });

  it('answers 400 on a bad query', async () => {
    for (const query of ['status=pending', 'from=2026-13-01', 'from=2026-03-01&to=2026-02-01', 'limit=0']) {
      const res = await call('GET', `/timesheets?${query}`, cookies.dispatcher);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
