import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { freshAddress, insertOrganisation, insertTeam, insertUser, signIn } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';

describe('user administration', () => {
  let t: TestApp;
  let admin: { id: string; email: string };
  let adminCookie: string;
  let requesterCookie: string;
  const db = () => t.platform.database.db;
  const as = (cookie: string) => ({ cookie, origin: ORIGIN });
  const auditOf = (entityId: string) =>
    queryRows<{ action: string; actor_id: string; before: unknown; after: Record<string, unknown> }>(
      db(),
      sql`select action, actor_id, before, after from audit_log where entity = 'user' and entity_id = ${entityId} order by id`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await insertUser(db(), { roles: ['admin'], name: 'Admin Aydın' });
    adminCookie = await signIn(t.app, admin.email);
    const requester = await insertUser(db(), { roles: ['requester'] });
    requesterCookie = await signIn(t.app, requester.email);
  });
  afterAll(() => t.close());

  it('answers 401 without a session and 403 to a requester, on every route', async () => {
    const id = randomUUID();
    const routes = [
      { method: 'GET' as const, url: '/api/admin/users' },
      {
        method: 'POST' as const,
        url: '/api/admin/users',
        payload: { email: 'a@b.test', name: 'A', roles: ['admin'] },
      },
      { method: 'GET' as const, url: `/api/admin/users/${id}` },
      { method: 'PATCH' as const, url: `/api/admin/users/${id}`, payload: { name: 'X' } },
    ];
    for (const route of routes) {
      const anonymous = await t.app.inject(route);
      expect(anonymous.statusCode, `${route.method} ${route.url}`).toBe(401);
      const requester = await t.app.inject({ ...route, headers: as(requesterCookie) });
      expect(requester.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(requester.json().code).toBe('COMMON.FORBIDDEN');
    }
    const [count] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from users where email = 'a@b.test'`,
    );
    expect(count?.n).toBe(0);
  });

  it('creates a user with a password, who can then sign in; audited without the hash', async () => {
    const organisation = await insertOrganisation(db());
    const team = await insertTeam(db());
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(adminCookie),
      payload: {
        email: 'Fatima.Benali@Test.Wegwijs.Test',
        name: 'Fatima Benali',
        roles: ['counsellor', 'counsellor'],
        password: 'a-long-enough-password',
        organisationId: organisation.id,
        teamId: team.id,
      },
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({
      email: 'fatima.benali@test.wegwijs.test',
      name: 'Fatima Benali',
      roles: ['counsellor'],
      organisationId: organisation.id,
      teamId: team.id,
      locale: 'nl',
      active: true,
      lockedUntil: null,
    });
    await signIn(t.app, 'fatima.benali@test.wegwijs.test', 'a-long-enough-password');
    const [created] = await auditOf(user.id);
    expect(created).toMatchObject({ action: 'user.created', actor_id: admin.id });
    expect(created?.after).toMatchObject({ email: user.email, roles: ['counsellor'], invited: false });
    expect(JSON.stringify(created)).not.toMatch(/argon2|a-long-enough-password/);
  });

  it('mails a set-password link, valid for 7 days, to a user created without a password', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(adminCookie),
      payload: {
        email: 'ivan.petrov@test.wegwijs.test',
        name: 'Ivan Petrov',
        roles: ['interpreter'],
        locale: 'bg',
      },
    });
    expect(response.statusCode).toBe(201);
    const [mail] = await queryRows<{ template: string; locale: string; text_body: string }>(
      db(),
      sql`select template, locale, text_body from mail_outbox where recipient = 'ivan.petrov@test.wegwijs.test'`,
    );
    expect(mail).toMatchObject({ template: 'account-created', locale: 'bg' });
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.text_body ?? '')?.[1];
    expect(token).toBeDefined();
    const [row] = await queryRows<{ days: number }>(
      db(),
      sql`select extract(epoch from expires_at - created_at) / 86400 as days from password_reset_tokens
           where user_id = ${response.json().id}`,
    );
    expect(Number(row?.days)).toBeCloseTo(7, 3);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      remoteAddress: freshAddress(),
      payload: { token, password: 'ivan-chooses-this-one' },
    });
    expect(confirm.statusCode).toBe(204);
    await signIn(t.app, 'ivan.petrov@test.wegwijs.test', 'ivan-chooses-this-one');
  });

  it('refuses a taken e-mail address (any case) with 409, and an unknown organisation with 400', async () => {
    const existing = await insertUser(db(), { roles: ['manager'] });
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(adminCookie),
      payload: { email: existing.email.toUpperCase(), name: 'Someone', roles: ['manager'] },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('IDENTITY.EMAIL_TAKEN');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(adminCookie),
      payload: {
        email: 'nieuw@test.wegwijs.test',
        name: 'Nieuw',
        roles: ['requester'],
        organisationId: randomUUID(),
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('IDENTITY.UNKNOWN_REFERENCE');
    const [count] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from users where email = 'nieuw@test.wegwijs.test'`,
    );
    expect(count?.n).toBe(0);
  });

  it('refuses bad input with 400 and field errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(adminCookie),
      payload: { email: 'not-an-address', name: '', roles: ['wizard'] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.name']));
    expect(
      (await t.app.inject({ url: '/api/admin/users/not-a-uuid', headers: as(adminCookie) })).statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ url: '/api/admin/users?limit=0', headers: as(adminCookie) })).statusCode,
    ).toBe(400);
  });

  it('lists users by name, e-mail and role, with a total', async () => {
    await insertUser(db(), {
      roles: ['library_editor'],
      name: 'Zeynep Kaya',
      email: 'zeynep.kaya@test.wegwijs.test',
    });
    await insertUser(db(), { roles: ['library_editor', 'manager'], name: 'Mihail Dimitrov' });
    const byName = await t.app.inject({ url: '/api/admin/users?q=kaya', headers: as(adminCookie) });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((user: { name: string }) => user.name)).toEqual(['Zeynep Kaya']);
    const byRole = await t.app.inject({
      url: '/api/admin/users?role=library_editor&limit=1',
      headers: as(adminCookie),
    });
    expect(byRole.json().total).toBe(2);
    expect(byRole.json().items).toHaveLength(1);
    const wildcard = await t.app.inject({ url: '/api/admin/users?q=%25', headers: as(adminCookie) });
    expect(wildcard.json().total).toBe(0);
  });

  it('reads one user, and 404 for an unknown id', async () => {
    const user = await insertUser(db(), { roles: ['site_supervisor'] });
    const found = await t.app.inject({ url: `/api/admin/users/${user.id}`, headers: as(adminCookie) });
    expect(found.json()).toMatchObject({ id: user.id, roles: ['site_supervisor'] });
    const missing = await t.app.inject({ url: `/api/admin/users/${randomUUID()}`, headers: as(adminCookie) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('IDENTITY.USER_NOT_FOUND');
  });

  it('changes roles, team and language, audited with before and after', async () => {
    const user = await insertUser(db(), { roles: ['counsellor'], name: 'Ana Popescu' });
    const team = await insertTeam(db());
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: as(adminCookie),
      payload: { roles: ['counsellor', 'programme_coordinator'], teamId: team.id, locale: 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      roles: ['counsellor', 'programme_coordinator'],
      teamId: team.id,
      locale: 'en',
      name: 'Ana Popescu',
    });
    const [updated] = (await auditOf(user.id)).filter((row) => row.action === 'user.updated');
    expect(updated?.before).toMatchObject({ roles: ['counsellor'], teamId: null, locale: 'nl' });
    expect(updated?.after).toMatchObject({ roles: ['counsellor', 'programme_coordinator'], teamId: team.id });
    const userCookie = await signIn(t.app, user.email);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: userCookie } });
    expect(me.json().roles).toEqual(['counsellor', 'programme_coordinator']);
  });

  it('deactivating a user ends their sessions and their sign-in', async () => {
    const user = await insertUser(db(), { roles: ['dispatcher'] });
    const cookie = await signIn(t.app, user.email);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: as(adminCookie),
      payload: { active: false },
    });
    expect(response.json().active).toBe(false);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const [sessions] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from sessions where user_id = ${user.id}`,
    );
    expect(sessions?.n).toBe(0);
    await expect(signIn(t.app, user.email)).rejects.toThrow(/401/);
  });

  it('lifts a lockout on request', async () => {
    const user = await insertUser(db(), { roles: ['requester'] });
    await db().execute(
      sql`update users set failed_logins = 5, locked_until = now() + interval '15 minutes' where id = ${user.id}`,
    );
    const before = await t.app.inject({ url: `/api/admin/users/${user.id}`, headers: as(adminCookie) });
    expect(before.json().lockedUntil).not.toBeNull();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: as(adminCookie),
      payload: { unlock: true },
    });
    expect(response.json().lockedUntil).toBeNull();
    await signIn(t.app, user.email);
  });

  it('does not let admins take away their own admin access', async () => {
    for (const payload of [{ active: false }, { roles: ['manager'] }]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${admin.id}`,
        headers: as(adminCookie),
        payload,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('IDENTITY.SELF_LOCKOUT');
    }
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: adminCookie } });
    expect(me.json().roles).toEqual(['admin']);
  });
});
