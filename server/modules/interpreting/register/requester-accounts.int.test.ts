import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation } from '../../../../test/factories.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { type Caller, call, caller } from './register.test-support.ts';

describe('requester accounts: a requester invites a colleague of her organisation', () => {
  let t: TestApp;
  let dispatcher: Caller;
  let requester: Caller;
  let outsider: Caller;
  let interpreter: Caller;
  let orgId: string;
  let unregisteredId: string;
  const url = (id: string) => `/api/interpreting/organisations/${id}/requesters`;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    orgId = (await insertOrganisation(db)).id;
    const otherOrg = (await insertOrganisation(db)).id;
    unregisteredId = (await insertOrganisation(db)).id;
    [dispatcher, requester, outsider, interpreter] = await Promise.all([
      caller(t, ['dispatcher']),
      caller(t, ['requester'], orgId),
      caller(t, ['requester'], otherOrg),
      caller(t, ['interpreter']),
    ]);
    const registered = await call(
      t,
      dispatcher,
      'PUT',
      `/api/interpreting/organisations/${orgId}/eligibility`,
      {
        sector: 'education',
        activeInGreaterGhent: true,
        agreementSignedOn: '2024-09-01',
        active: true,
        invoiceEmail: 'facturen@school.example.test',
      },
    );
    expect(registered.statusCode, registered.body).toBe(200);
  });
  afterAll(() => t.close());

  const outbox = (recipient: string) =>
    queryRows<{ template: string }>(
      t.platform.database.db,
      sql`select template from mail_outbox where recipient = ${recipient}`,
    );

  it('creates a requester of her own organisation, without password, and mails the invitation', async () => {
    const answer = await call(t, requester, 'POST', url(orgId), {
      email: 'Collega.Test@School.Example.Test',
      name: 'Collega Test',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({
      email: 'collega.test@school.example.test',
      roles: ['requester'],
      organisationId: orgId,
    });
    expect(await outbox('collega.test@school.example.test')).toHaveLength(1);
    const again = await call(t, requester, 'POST', url(orgId), {
      email: 'collega.test@school.example.test',
      name: 'Nog eens',
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets dispatchers invite for a registered organisation, and nobody else', async () => {
    const body = (n: number) => ({ email: `invite${n}@example.test`, name: `Invite ${n}` });
    expect((await call(t, dispatcher, 'POST', url(orgId), body(1))).statusCode).toBe(201);
    expect((await call(t, outsider, 'POST', url(orgId), body(2))).statusCode).toBe(403);
    expect((await call(t, interpreter, 'POST', url(orgId), body(3))).statusCode).toBe(403);
    expect((await call(t, null, 'POST', url(orgId), body(4))).statusCode).toBe(401);
    const unregistered = await call(t, dispatcher, 'POST', url(unregisteredId), body(5));
    expect(unregistered.statusCode).toBe(404);
    expect(unregistered.json().code).toBe('INTERPRETING.ELIGIBILITY_NOT_FOUND');
    expect(
      (await call(t, requester, 'POST', url(orgId), { email: 'geen-adres', name: 'X' })).statusCode,
    ).toBe(400);
    expect(await outbox('invite2@example.test')).toHaveLength(0);
  });
});
