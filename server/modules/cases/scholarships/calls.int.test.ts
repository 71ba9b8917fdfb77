import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { listAudit } from '../../../platform/audit/index.ts';
import { casePeopleForTest, read, send } from '../cases.test-support.ts';
import { createTestApp, GRANT, newApplication, newCall } from './scholarships.test-support.ts';

type Who = Awaited<ReturnType<typeof casePeopleForTest>>;

describe('scholarship calls', () => {
  let t: TestApp;
  let who: Who;

  beforeAll(async () => {
    t = await createTestApp();
    who = await casePeopleForTest(t.app, t.platform.database.db);
  });
  afterAll(() => t.close());

  const valid = {
    academicYear: '2026-2027',
    title: 'Beurs Stad Gent UCT',
    budgetCents: 5 * GRANT,
    grantCents: GRANT,
    opensOn: '2026-01-01',
    closesOn: '2026-07-08',
  };

  it('POST /calls: a coordinator opens a call (201, draft by default); a duplicate title is 409', async () => {
    const created = await send(t.app, who.coordinator.cookie, '/api/scholarships/calls', valid);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      ...valid,
      status: 'draft',
      statusLabel: 'Ontwerp',
      awardedCents: 0,
    });
    const again = await send(t.app, who.manager.cookie, '/api/scholarships/calls', valid);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SCHOLARSHIPS.CALL_EXISTS');
  });

  it('POST /calls: refuses a counsellor (403) and no session (401)', async () => {
    const body = { ...valid, title: 'Niet van mij' };
    expect((await send(t.app, who.counsellorA.cookie, '/api/scholarships/calls', body)).statusCode).toBe(403);
    expect((await send(t.app, undefined, '/api/scholarships/calls', body)).statusCode).toBe(401);
  });

  it('POST /calls: bad input is a 400 with the field named', async () => {
    const cases = [
      { ...valid, academicYear: '2026-2028' },
      { ...valid, closesOn: '2025-12-31' },
      { ...valid, grantCents: valid.budgetCents + 1 },
      { ...valid, status: 'awarded' },
      { ...valid, budgetCents: -1 },
    ];
    for (const body of cases) {
      const response = await send(t.app, who.coordinator.cookie, '/api/scholarships/calls', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('GET /calls: case workers and the committee list calls; a requester may not; a bad filter is 400', async () => {
    const id = await newCall(t.app, who.manager.cookie, { academicYear: '2027-2028' });
    const list = await read(t.app, who.counsellorA.cookie, '/api/scholarships/calls?academicYear=2027-2028');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await read(t.app, who.requester.cookie, '/api/scholarships/calls')).statusCode).toBe(403);
    expect((await read(t.app, who.manager.cookie, '/api/scholarships/calls?status=busy')).statusCode).toBe(
      400,
    );
  });

  it('GET /calls/{id}: counts per status and the budget used; 404 unknown, 400 bad id, 403 requester', async () => {
    const id = await newCall(t.app, who.manager.cookie);
    await newApplication(t.app, who.manager.cookie, { callId: id, name: ['Amira', 'Test'] });
    await newApplication(t.app, who.manager.cookie, { callId: id, name: ['Bilal', 'Test'], complete: false });
    const detail = await read(t.app, who.counsellorA.cookie, `/api/scholarships/calls/${id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      applications: 2,
      budgetUsedCents: 0,
      budgetLeftCents: 10 * GRANT,
      paidCents: 0,
    });
    expect(detail.json().countsByStatus).toMatchObject({
      submitted: 1,
      complete: 1,
      approved: 0,
      rejected: 0,
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await read(t.app, who.manager.cookie, `/api/scholarships/calls/${unknown}`)).statusCode).toBe(
      404,
    );
    expect((await read(t.app, who.manager.cookie, '/api/scholarships/calls/nope')).statusCode).toBe(400);
    expect((await read(t.app, who.requester.cookie, `/api/scholarships/calls/${id}`)).statusCode).toBe(403);
  });

  it('PATCH /calls/{id}: changes and audits; 403 counsellor; 400 empty; 422 when the merge conflicts', async () => {
    const id = await newCall(t.app, who.manager.cookie);
    const url = `/api/scholarships/calls/${id}`;
    const changed = await send(
      t.app,
      who.coordinator.cookie,
      url,
      { budgetCents: 20 * GRANT, status: 'closed' },
      'PATCH',
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ budgetCents: 20 * GRANT, status: 'closed' });
    expect((await send(t.app, who.counsellorA.cookie, url, { title: 'x' }, 'PATCH')).statusCode).toBe(403);
    expect((await send(t.app, who.coordinator.cookie, url, {}, 'PATCH')).statusCode).toBe(400);
    const conflict = await send(t.app, who.coordinator.cookie, url, { closesOn: '2025-01-01' }, 'PATCH');
    expect(conflict.statusCode).toBe(422);
    expect(conflict.json().code).toBe('SCHOLARSHIPS.INVALID_CALL');
    const audit = await listAudit(t.platform.database.db, {
      entity: 'scholarship_call',
      entityId: id,
      limit: 10,
      offset: 0,
    });
    const actions = audit.items.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['scholarship_call.created', 'scholarship_call.updated']));
  });

  it('GET /public/scholarships/calls: without an account, only open calls in their window, few fields', async () => {
    const open = await newCall(t.app, who.manager.cookie, { title: 'Publiek open', closesOn: '2099-12-31' });
    const draft = await newCall(t.app, who.manager.cookie, { title: 'Publiek ontwerp', status: 'draft' });
    const past = await newCall(t.app, who.manager.cookie, {
      title: 'Publiek voorbij',
      opensOn: '2020-01-01',
      closesOn: '2020-06-30',
    });
    const response = await read(t.app, undefined, '/api/public/scholarships/calls');
    expect(response.statusCode).toBe(200);
    const items: Record<string, unknown>[] = response.json().items;
    const ids = items.map((item) => item.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(past);
    const mine = items.find((item) => item.id === open);
    expect(Object.keys(mine ?? {}).sort()).toEqual(['academicYear', 'closesOn', 'grantCents', 'id', 'title']);
  });

  it('the routes are in a valid OpenAPI document', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/scholarships/calls/{id}/award',
        '/api/cases/{caseId}/letter.pdf',
        '/api/public/scholarships/calls',
      ]),
    );
  });
});
