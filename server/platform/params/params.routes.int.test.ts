import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { systemContext } from '../context.ts';
import { sqlState } from '../db/index.ts';
import { isAppError } from '../http/app-error.ts';
import { today } from './day.ts';
import { parameters } from './params.tables.ts';

const errorCode = (error: unknown) => (isAppError(error) ? error.code : String(error));

describe('effective-dated parameters', () => {
  let t: TestApp;
  let admin: string;
  let dispatcher: string;
  let requester: string;

  const post = (cookie: string | null, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/admin/parameters',
      payload,
      headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    });
  const list = (cookie: string | null, key?: string) =>
    t.app.inject({
      url: `/api/admin/parameters${key ? `?key=${key}` : ''}`,
      headers: cookie ? { cookie } : {},
    });

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    admin = await signIn(t.app, (await insertUser(db, { roles: ['admin'] })).email);
    dispatcher = await signIn(t.app, (await insertUser(db, { roles: ['dispatcher'] })).email);
    requester = await signIn(t.app, (await insertUser(db, { roles: ['requester'] })).email);
  });
  afterAll(() => t.close());

  it('plans a change in one call: the open value ends where the new one starts', async () => {
    const key = 'interpreting.hourly_rate_cents';
    expect((await post(admin, { key, value: 5200, validFrom: '2026-01-01' })).statusCode).toBe(201);
    const change = await post(admin, { key, value: 5500, validFrom: '2027-01-01', note: 'indexering' });
    expect(change.statusCode).toBe(201);
    expect(change.json()).toMatchObject({ key, value: 5500, validFrom: '2027-01-01', validTo: null });

    const items = (await list(dispatcher, key)).json().items;
    expect(items.map((p: { validFrom: string; validTo: string | null }) => [p.validFrom, p.validTo])).toEqual(
      [
        ['2026-01-01', '2027-01-01'],
        ['2027-01-01', null],
      ],
    );
    const audits = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'parameter'), eq(auditLog.action, 'parameter.closed')));
    expect(audits[0]?.before).toMatchObject({ value: 5200, validTo: null });
    expect(audits[0]?.after).toMatchObject({ value: 5200, validTo: '2027-01-01' });
  });

  it('answers the value valid on the day before, at and after a change', async () => {
    const { params } = t.platform;
    const key = 'interpreting.hourly_rate_cents';
    expect(await params.get(key, '2026-12-31')).toBe(5200);
    expect(await params.get(key, '2027-01-01')).toBe(5500);
    expect(await params.get(key, '2027-01-02', z.number().int())).toBe(5500);
    // 23:30 UTC on New Year's Eve is already New Year's Day in Brussels.
    expect(await params.get(key, new Date('2026-12-31T23:30:00Z'))).toBe(5500);
    expect(await params.get(key, new Date('2026-12-31T22:30:00Z'))).toBe(5200);
    expect(errorCode(await params.get(key, '2025-12-31').catch((e: unknown) => e))).toBe('PARAMS.NOT_SET');
    expect(errorCode(await params.get('transit.nothing', '2027-01-01').catch((e: unknown) => e))).toBe(
      'PARAMS.NOT_SET',
    );
    const wrongShape = await params.get(key, '2027-01-01', z.string()).catch((e: unknown) => e);
    expect(errorCode(wrongShape)).toBe('PARAMS.INVALID_VALUE');
  });

  it('refuses an overlapping period with 409, and the database itself refuses it too', async () => {
    const key = 'transit.max_stay_days';
    const ctx = systemContext('test');
    await t.platform.params.set(t.platform.database.db, ctx, {
      key,
      value: 21,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    const overlap = await post(admin, { key, value: 14, validFrom: '2026-06-01', validTo: '2026-07-01' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().code).toBe('PARAMS.OVERLAP');
    const direct = await t.platform.database.db
      .insert(parameters)
      .values({ key, value: 14, validFrom: '2026-12-30', validTo: null })
      .catch((e: unknown) => e);
    expect(sqlState(direct)).toBe('23P01');
    // Adjacent periods do not overlap: validTo is exclusive.
    expect((await post(admin, { key, value: 14, validFrom: '2026-12-31' })).statusCode).toBe(201);
    expect(await t.platform.params.get(key, '2026-12-30')).toBe(21);
    expect(await t.platform.params.get(key, '2026-12-31')).toBe(14);
  });

  it('never leaves overlapping values when admins plan changes at the same time', async () => {
    const key = 'offerfeest.slots_per_hour';
    const { params, database } = t.platform;
    await params.set(database.db, systemContext('test'), { key, value: 10, validFrom: '2026-01-01' });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        params.set(database.db, systemContext('test'), {
          key,
          value: 11 + i,
          validFrom: `${2027 + i}-01-01`,
        }),
      ),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.every((r) => r.status === 'rejected' && errorCode(r.reason) === 'PARAMS.OVERLAP')).toBe(
      true,
    );
    const rows = await params.list(key);
    expect(rows.filter((row) => row.validTo === null)).toHaveLength(1);
    expect(rows).toHaveLength(1 + results.length - refused.length);
    for (const [index, row] of rows.entries()) {
      const next = rows[index + 1];
      if (next) expect(row.validTo).toBe(next.validFrom);
    }
  });

  it('shows a new value at once, though reads are cached', async () => {
    const key = 'buddy.duo_months';
    const { params, database } = t.platform;
    await params.set(database.db, systemContext('test'), { key, value: 6, validFrom: '2026-01-01' });
    expect(await params.get(key, '2031-01-01')).toBe(6);
    await params.set(database.db, systemContext('test'), { key, value: 9, validFrom: '2030-01-01' });
    expect(await params.get(key, '2031-01-01')).toBe(9);
  });

  it('removes only a value that starts in the future, and lets the one before run on', async () => {
    const key = 'volunteer.allowance_day_cents';
    await post(admin, { key, value: 3_912, validFrom: '2026-01-01' });
    const planned = (await post(admin, { key, value: 4_000, validFrom: '2099-01-01' })).json();
    const current = (await list(admin, key)).json().items[0];

    const inEffect = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/parameters/${current.id}`,
      headers: { cookie: admin, origin: ORIGIN },
    });
    expect(inEffect.statusCode).toBe(409);
    expect(inEffect.json().code).toBe('PARAMS.IN_EFFECT');
    expect(current.validFrom <= today()).toBe(true);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/parameters/${planned.id}`,
      headers: { cookie: admin, origin: ORIGIN },
    });
    expect(removed.statusCode).toBe(204);
    expect((await list(admin, key)).json().items).toMatchObject([{ value: 3_912, validTo: null }]);
    expect(await t.platform.params.get(key, '2099-06-01')).toBe(3_912);

    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/parameters/${planned.id}`,
      headers: { cookie: admin, origin: ORIGIN },
    });
    expect(again.statusCode).toBe(404);
    const [deleted] = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'parameter.deleted'), eq(auditLog.entityId, planned.id)));
    expect(deleted?.before).toMatchObject({ value: 4_000 });
  });

  it('answers 401 without a session and 403 without the permission', async () => {
    expect((await list(null)).statusCode).toBe(401);
    expect((await list(requester)).statusCode).toBe(403);
    expect((await list(dispatcher)).statusCode).toBe(200);
    const byDispatcher = await post(dispatcher, {
      key: 'transit.pitches',
      value: 25,
      validFrom: '2026-01-01',
    });
    expect(byDispatcher.statusCode).toBe(403);
    expect(
      (await post(null, { key: 'transit.pitches', value: 25, validFrom: '2026-01-01' })).statusCode,
    ).toBe(401);
    const deleteByDispatcher = await t.app.inject({
      method: 'DELETE',
      url: '/api/admin/parameters/00000000-0000-4000-8000-000000000000',
      headers: { cookie: dispatcher, origin: ORIGIN },
    });
    expect(deleteByDispatcher.statusCode).toBe(403);
  });

  it('answers bad input with 400 and field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ key: 'NoDots', value: 1, validFrom: '2026-01-01' }, 'key'],
      [{ key: 'transit.pitches', value: 1, validFrom: '1 januari' }, 'validFrom'],
      [{ key: 'transit.pitches', value: 1, validFrom: '2027-02-30' }, 'validFrom'],
      [{ key: 'transit.pitches', value: 1, validFrom: '2027-01-01', validTo: '2027-01-01' }, 'validTo'],
      [{ key: 'transit.pitches', validFrom: '2027-01-01' }, 'value'],
    ];
    for (const [payload, field] of cases) {
      const response = await post(admin, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        response
          .json()
          .errors.map((e: { path: string }) => e.path)
          .join(' '),
      ).toContain(field);
    }
    expect((await list(admin, 'Not A Key')).statusCode).toBe(400);
    const badId = await t.app.inject({
      method: 'DELETE',
      url: '/api/admin/parameters/42',
      headers: { cookie: admin, origin: ORIGIN },
    });
    expect(badId.statusCode).toBe(400);
  });
});
