import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation } from '../../../../test/factories.ts';
import { type Caller, call, caller } from './register.test-support.ts';

describe('requesting organisations: eligibility and units', () => {
  let t: TestApp;
  let dispatcher: Caller;
  let coordinator: Caller;
  let requester: Caller;
  let outsider: Caller;
  let interpreter: Caller;
  let orgId: string;

  const eligible = {
    sector: 'education',
    activeInGreaterGhent: true,
    agreementSignedOn: '2024-09-01',
    active: true,
    invoiceEmail: 'facturen@school.example.test',
  };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    orgId = (await insertOrganisation(db)).id;
    const otherOrg = (await insertOrganisation(db)).id;
    [dispatcher, coordinator, requester, outsider, interpreter] = await Promise.all([
      caller(t, ['dispatcher']),
      caller(t, ['programme_coordinator']),
      caller(t, ['requester'], orgId),
      caller(t, ['requester'], otherOrg),
      caller(t, ['interpreter']),
    ]);
  });
  afterAll(() => t.close());

  it('registers an eligible organisation and lets its own requesters read it', async () => {
    const url = `/api/interpreting/organisations/${orgId}/eligibility`;
    expect((await call(t, requester, 'GET', url)).json().code).toBe('INTERPRETING.ELIGIBILITY_NOT_FOUND');
    const put = await call(t, dispatcher, 'PUT', url, eligible);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ ...eligible, organisationId: orgId });
    const own = await call(t, requester, 'GET', url);
    expect(own.statusCode).toBe(200);
    expect(own.json().agreementSignedOn).toBe('2024-09-01');
    expect((await call(t, outsider, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, interpreter, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, requester, 'PUT', url, eligible)).statusCode).toBe(403);
  });

  it('lets organisation managers end an agreement, and refuses an active requester without one', async () => {
    const url = `/api/interpreting/organisations/${orgId}/eligibility`;
    const ended = await call(t, coordinator, 'PUT', url, {
      ...eligible,
      active: false,
      agreementSignedOn: null,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      active: false,
      agreementSignedOn: null,
      invoiceEmail: 'facturen@school.example.test',
    });
    const noAgreement = await call(t, dispatcher, 'PUT', url, { ...eligible, agreementSignedOn: null });
    expect(noAgreement.statusCode).toBe(400);
    expect(noAgreement.json().code).toBe('INTERPRETING.ELIGIBILITY_INCOMPLETE');
    expect(noAgreement.json().errors).toEqual([{ path: 'agreementSignedOn', message: expect.any(String) }]);
    const outside = await call(t, dispatcher, 'PUT', url, { ...eligible, activeInGreaterGhent: false });
    expect(outside.json().errors.map((e: { path: string }) => e.path)).toEqual(['activeInGreaterGhent']);
    expect((await call(t, requester, 'GET', url)).json().active).toBe(false);
    const unknown = await call(
      t,
      dispatcher,
      'PUT',
      '/api/interpreting/organisations/00000000-0000-4000-8000-000000000000/eligibility',
      eligible,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('adds units with cost centres, once per name; requesters read their own', async () => {
    const url = `/api/interpreting/organisations/${orgId}/units`;
    const ward = await call(t, dispatcher, 'POST', url, { name: 'Campus Noord', costCentre: 'KP-4411' });
    expect(ward.statusCode, ward.body).toBe(201);
    expect(ward.json()).toMatchObject({ name: 'Campus Noord', costCentre: 'KP-4411', organisationId: orgId });
    expect((await call(t, dispatcher, 'POST', url, { name: 'Campus Zuid' })).statusCode).toBe(201);
    const twice = await call(t, dispatcher, 'POST', url, { name: 'Campus Noord' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INTERPRETING.UNIT_NAME_TAKEN');
    expect((await call(t, requester, 'POST', url, { name: 'Eigen afdeling' })).statusCode).toBe(403);
    const list = await call(t, requester, 'GET', url);
    expect(list.json().items.map((u: { name: string }) => u.name)).toEqual(['Campus Noord', 'Campus Zuid']);
    expect((await call(t, outsider, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, dispatcher, 'POST', url, { name: '' })).statusCode).toBe(400);
  });
});
