import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';

describe('organisations', () => {
  let t: TestApp;
  let staff: string;
  let requester: string;
  let requesterOrganisation: { id: string };
  let monitor: string;
  const db = () => t.platform.database.db;
  const as = (cookie: string) => ({ cookie, origin: ORIGIN });
  const create = (payload: object, cookie = staff) =>
    t.app.inject({ method: 'POST', url: '/api/organisations', headers: as(cookie), payload });

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t.app, (await insertUser(db(), { roles: ['dispatcher'] })).email);
    requesterOrganisation = await insertOrganisation(db(), { name: 'OCMW Gent', type: 'welfare' });
    const user = await insertUser(db(), { roles: ['requester'], organisationId: requesterOrganisation.id });
    requester = await signIn(t.app, user.email);
    monitor = await signIn(t.app, (await insertUser(db(), { roles: ['city_monitor'] })).email);
  });
  afterAll(() => t.close());

  it('registers an organisation with a checked KBO number, shown as on paper, audited', async () => {
    const response = await create({
      name: 'Basisschool De Zonnebloem',
      type: 'school',
      sector: 'onderwijs',
      kboNumber: 'BE 0412 345 614',
      street: 'Sleepstraat 12',
      postcode: '9000',
      city: 'Gent',
    });
    expect(response.statusCode).toBe(201);
    const organisation = response.json();
    expect(organisation).toMatchObject({
      name: 'Basisschool De Zonnebloem',
      type: 'school',
      kboNumber: '0412.345.614',
    });
    const [row] = await queryRows<{ kbo_number: string }>(
      db(),
      sql`select kbo_number from organisations where id = ${organisation.id}`,
    );
    expect(row?.kbo_number).toBe('0412345614');
    const [audit] = await queryRows<{ action: string; after: { name: string } }>(
      db(),
      sql`select action, after from audit_log where entity = 'organisation' and entity_id = ${organisation.id}`,
    );
    expect(audit).toMatchObject({
      action: 'organisation.created',
      after: { name: 'Basisschool De Zonnebloem' },
    });
  });

  it('refuses a bad KBO number with a field error and a taken one with 409', async () => {
    const bad = await create({ name: 'X', type: 'company', kboNumber: '0412.345.615' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.kboNumber');
    await create({ name: 'Vzw Samen', type: 'association', kboNumber: '0876.543.270' });
    const taken = await create({ name: 'Vzw Samen bis', type: 'association', kboNumber: '0876543270' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('IDENTITY.KBO_TAKEN');
    expect((await create({ name: '', type: 'nonsense' })).statusCode).toBe(400);
    for (const url of [
      '/api/organisations?type=nonsense',
      '/api/organisations?kbo=123',
      '/api/organisations/42',
    ]) {
      expect((await t.app.inject({ url, headers: { cookie: staff } })).statusCode, url).toBe(400);
    }
    const existing = await insertOrganisation(db());
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${existing.id}`,
      headers: as(staff),
      payload: { kboNumber: '0876.543.270' },
    });
    expect(patch.statusCode).toBe(409);
    const badPatch = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${existing.id}`,
      headers: as(staff),
      payload: { type: 'castle' },
    });
    expect(badPatch.statusCode).toBe(400);
  });

  it('finds organisations by name despite typos, best match first, and by KBO number', async () => {
    await create({ name: 'Universitair Ziekenhuis Gent', type: 'healthcare', kboNumber: '0200.000.043' });
    await create({ name: 'AZ Sint-Lucas', type: 'healthcare' });
    await create({ name: 'Zelforganisatie Anadolu', type: 'self_organisation' });
    const search = (query: string) =>
      t.app.inject({ url: `/api/organisations?${query}`, headers: { cookie: staff } }).then((r) => r.json());
    const typo = await search('q=ziekenhuys%20gent');
    expect(typo.items[0].name).toBe('Universitair Ziekenhuis Gent');
    const lucas = await search('q=sint%20lucas');
    expect(lucas.items[0].name).toBe('AZ Sint-Lucas');
    const byKbo = await search('kbo=0200000043');
    expect(byKbo.items.map((o: { name: string }) => o.name)).toEqual(['Universitair Ziekenhuis Gent']);
    const byType = await search('type=self_organisation');
    expect(byType.total).toBe(1);
    const none = await search('q=qqqqqqqq');
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('reads and changes one organisation; null clears a field; audited with before and after', async () => {
    const created = (
      await create({ name: 'CAW Oost-Vlaanderen', type: 'welfare', sector: 'welzijn' })
    ).json();
    const read = await t.app.inject({ url: `/api/organisations/${created.id}`, headers: { cookie: staff } });
    expect(read.json()).toMatchObject({ id: created.id, sector: 'welzijn' });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${created.id}`,
      headers: as(staff),
      payload: { sector: null, city: 'Gent' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'CAW Oost-Vlaanderen', sector: null, city: 'Gent' });
    const [audit] = await queryRows<{ before: { sector: string }; after: { sector: null; city: string } }>(
      db(),
      sql`select before, after from audit_log where action = 'organisation.updated' and entity_id = ${created.id}`,
    );
    expect(audit?.before.sector).toBe('welzijn');
    expect(audit?.after).toMatchObject({ sector: null, city: 'Gent' });
    const missing = await t.app.inject({
      url: `/api/organisations/${randomUUID()}`,
      headers: { cookie: staff },
    });
    expect(missing.json().code).toBe('IDENTITY.ORGANISATION_NOT_FOUND');
  });

  it('lets a requester read only their own organisation, and change none', async () => {
    const own = await t.app.inject({
      url: `/api/organisations/${requesterOrganisation.id}`,
      headers: { cookie: requester },
    });
    expect(own.statusCode).toBe(200);
    const other = await insertOrganisation(db());
    const foreign = await t.app.inject({
      url: `/api/organisations/${other.id}`,
      headers: { cookie: requester },
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/organisations', headers: { cookie: requester } })).statusCode,
    ).toBe(403);
    const write = await t.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${requesterOrganisation.id}`,
      headers: as(requester),
      payload: { name: 'Renamed' },
    });
    expect(write.statusCode).toBe(403);
    expect((await create({ name: 'Nope', type: 'other' }, monitor)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/organisations', headers: { cookie: monitor } })).statusCode).toBe(
      200,
    );
    expect((await t.app.inject('/api/organisations')).statusCode).toBe(401);
  });
});
