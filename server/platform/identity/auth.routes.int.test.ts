import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../contracts/identity.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { freshAddress, insertUser, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';

describe('password sign-in and sessions', () => {
  let t: TestApp;
  const db = () => t.platform.database.db;
  const login = (email: string, password: string, remoteAddress = freshAddress()) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
  const audit = (action: string, entityId?: string) =>
    queryRows<{ entity_id: string | null; actor_id: string | null; after: Record<string, unknown> | null }>(
      db(),
      entityId
        ? sql`select entity_id, actor_id, after from audit_log where action = ${action} and entity_id = ${entityId} order by id`
        : sql`select entity_id, actor_id, after from audit_log where action = ${action} order by id`,
    );

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets every role sign in and answers who is signed in', async () => {
    for (const role of ROLES) {
      const user = await insertUser(db(), { roles: [role] });
      const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
      expect(response.statusCode, role).toBe(200);
      expect(response.json()).toMatchObject({ id: user.id, email: user.email, roles: [role], locale: 'nl' });
      const cookie = response.cookies.find((c) => c.name === 'wegwijs_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();
      const me = await t.app.inject({
        url: '/api/auth/me',
        headers: { cookie: `wegwijs_session=${cookie?.value}` },
      });
      expect(me.json()).toEqual({
        id: user.id,
        email: user.email,
        name: `Test ${role}`,
        roles: [role],
        organisationId: null,
        teamId: null,
        locale: 'nl',
      });
    }
  });

  it('marks the cookie Secure when the app is served over https', async () => {
    const secure = await createTestApp({ BASE_URL: 'https://wegwijs.example.be' });
    try {
      const user = await insertUser(secure.platform.database.db, { roles: ['admin'] });
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.cookies.find((c) => c.name === 'wegwijs_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('answers a wrong password and an unknown address alike, and audits both without the password', async () => {
    const user = await insertUser(db(), { roles: ['dispatcher'] });
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login('nobody@test.wegwijs.test', 'not-the-password');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('AUTH.INVALID_CREDENTIALS');
      expect(response.cookies).toHaveLength(0);
    }
    expect(wrong.json().title).toBe(unknown.json().title);
    const failures = await audit('auth.login_failed');
    expect(failures.map((row) => row.after?.email)).toEqual(
      expect.arrayContaining([user.email, 'nobody@test.wegwijs.test']),
    );
    expect(JSON.stringify(failures)).not.toContain('not-the-password');
  });

  it('refuses a deactivated account like an unknown one', async () => {
    const user = await insertUser(db(), { roles: ['counsellor'], active: false });
    expect((await login(user.email, TEST_PASSWORD)).json().code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('audits a successful sign-in with the user as actor', async () => {
    const user = await insertUser(db(), { roles: ['manager'] });
    await signIn(t.app, user.email);
    const rows = await audit('auth.login', user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actor_id).toBe(user.id);
    expect(rows[0]?.after).toMatchObject({ method: 'password' });
  });

  it('locks the account after five failures in a row, even against the right password, for 15 minutes', async () => {
    const user = await insertUser(db(), { roles: ['requester'] });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(user.email, `wrong-${attempt}`)).statusCode).toBe(401);
    }
    const locked = await login(user.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('AUTH.ACCOUNT_LOCKED');
    const [row] = await queryRows<{ minutes: number }>(
      db(),
      sql`select extract(epoch from locked_until - now()) / 60 as minutes from users where id = ${user.id}`,
    );
    expect(Number(row?.minutes)).toBeGreaterThan(14);
    expect(Number(row?.minutes)).toBeLessThanOrEqual(15);
    // Once the lock has run out the right password works again and the count starts over.
    await db().execute(
      sql`update users set locked_until = now() - interval '1 second' where id = ${user.id}`,
    );
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const [after] = await queryRows<{ failed_logins: number; locked_until: Date | null }>(
      db(),
      sql`select failed_logins, locked_until from users where id = ${user.id}`,
    );
    expect(after).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('resets the failure count on a successful sign-in', async () => {
    const user = await insertUser(db(), { roles: ['volunteer'] });
    for (let attempt = 1; attempt <= 4; attempt++) await login(user.email, 'wrong');
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 4; attempt++) await login(user.email, 'wrong');
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts parallel guesses too: no more than five get checked before the lock', async () => {
    const user = await insertUser(db(), { roles: ['interpreter'] });
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(user.email, 'wrong')));
    const codes = answers.map((response) => response.statusCode);
    expect(codes.filter((code) => code === 401)).toHaveLength(5);
    expect(codes.filter((code) => code === 423)).toHaveLength(7);
  });

  it('limits sign-in attempts per client address', async () => {
    const address = freshAddress();
    const codes: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      codes.push((await login(`nobody-${attempt}@test.wegwijs.test`, 'wrong', address)).statusCode);
    }
    expect(codes.slice(0, 10).every((code) => code === 401)).toBe(true);
    const limited = await login('nobody@test.wegwijs.test', 'wrong', address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('COMMON.RATE_LIMITED');
    expect((await login('nobody@test.wegwijs.test', 'wrong')).statusCode).toBe(401);
  });

  it('refuses malformed sign-in input with 400', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('COMMON.VALIDATION_FAILED');
  });

  it('answers /api/auth/me with 401 without a session, and after the session expired', async () => {
    expect((await t.app.inject('/api/auth/me')).statusCode).toBe(401);
    const user = await insertUser(db(), { roles: ['admin'] });
    const cookie = await signIn(t.app, user.email);
    // The session ends in 300 ms: served until then (even from the session cache), refused after.
    await db().execute(
      sql`update sessions set expires_at = now() + interval '300 milliseconds' where user_id = ${user.id}`,
    );
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const expired = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('COMMON.UNAUTHENTICATED');
  });

  it('signs out: the session is gone and the cookie cleared', async () => {
    const user = await insertUser(db(), { roles: ['counsellor'] });
    const cookie = await signIn(t.app, user.email);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: ORIGIN },
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'wegwijs_session');
    expect(cleared?.value).toBe('');
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect(await audit('auth.logout', user.id)).toHaveLength(1);
  });

  it('refuses a cookie write from a foreign origin, or without one, and changes nothing', async () => {
    const user = await insertUser(db(), { roles: ['manager'], name: 'Before' });
    const cookie = await signIn(t.app, user.email);
    for (const headers of [{ cookie, origin: 'https://evil.example' }, { cookie }]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/auth/me',
        headers,
        payload: { name: 'After' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('COMMON.CSRF_REJECTED');
    }
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json().name).toBe('Before');
  });

  it('lets users change their own name and language, audited', async () => {
    const user = await insertUser(db(), { roles: ['requester'], name: 'Ayşe Demir' });
    const cookie = await signIn(t.app, user.email);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie, origin: ORIGIN },
      payload: { name: 'Ayşe Demir-Yıldız', locale: 'tr' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Ayşe Demir-Yıldız', locale: 'tr' });
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ name: 'Ayşe Demir-Yıldız', locale: 'tr' });
    const [row] = await audit('user.profile_updated', user.id);
    expect(row?.after).toEqual({ name: 'Ayşe Demir-Yıldız', locale: 'tr' });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie, origin: ORIGIN },
      payload: { locale: 'xx' },
    });
    expect(bad.statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', payload: { name: 'X' } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('changes the password: the old one stops working and the other sessions end', async () => {
    const user = await insertUser(db(), { roles: ['dispatcher'] });
    const here = await signIn(t.app, user.email);
    const elsewhere = await signIn(t.app, user.email);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: freshAddress(),
        headers: { cookie: here, origin: ORIGIN },
        payload: { currentPassword, newPassword },
      });
    const wrong = await change('not-it', 'a-new-long-password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('AUTH.WRONG_PASSWORD');
    expect((await change(TEST_PASSWORD, 'short')).statusCode).toBe(400);
    expect((await change(TEST_PASSWORD, 'a-new-long-password')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: elsewhere } })).statusCode).toBe(
      401,
    );
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, 'a-new-long-password')).statusCode).toBe(200);
    expect(await audit('user.password_changed', user.id)).toHaveLength(1);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'a-new-long-password' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
