import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { hashToken } from './session.ts';
import { sessionCache } from './session-cache.ts';

const me = (t: TestApp, cookie: string) => t.app.inject({ url: '/api/auth/me', headers: { cookie } });
const tokenOf = (cookie: string) => cookie.replace('wegwijs_session=', '');

describe('session cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_CACHE_SECONDS: '2' });
  });
  afterAll(() => t.close());

  it('answers repeated requests from memory, and sees a sign-out elsewhere within the cache time', async () => {
    const user = await insertUser(t.platform.database.db, { roles: ['counsellor'] });
    const cookie = await signIn(t.app, user.email);
    expect((await me(t, cookie)).statusCode).toBe(200);
    expect(sessionCache.get(hashToken(tokenOf(cookie)))?.id).toBe(user.id);
    // Another process deletes the session: this one still remembers it for a moment...
    await t.platform.database.db.execute(sql`delete from sessions where user_id = ${user.id}`);
    expect((await me(t, cookie)).statusCode).toBe(200);
    // ...and asks the database again once the memory has run out.
    sessionCache.dropToken(hashToken(tokenOf(cookie)));
    expect((await me(t, cookie)).statusCode).toBe(401);
  });

  it('forgets at once what this process changes: sign-out, roles, deactivation', async () => {
    const admin = await insertUser(t.platform.database.db, { roles: ['admin'] });
    const adminCookie = await signIn(t.app, admin.email);
    const user = await insertUser(t.platform.database.db, { roles: ['counsellor'] });
    const cookie = await signIn(t.app, user.email);
    expect((await me(t, cookie)).json().roles).toEqual(['counsellor']);

    const patch = (body: object) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${user.id}`,
        headers: { cookie: adminCookie, origin: ORIGIN },
        payload: body,
      });
    expect((await patch({ roles: ['dispatcher'] })).statusCode).toBe(200);
    expect((await me(t, cookie)).json().roles).toEqual(['dispatcher']);
    expect((await patch({ active: false })).statusCode).toBe(200);
    expect((await me(t, cookie)).statusCode).toBe(401);

    const other = await signIn(t.app, admin.email);
    expect((await me(t, other)).statusCode).toBe(200);
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: other, origin: ORIGIN },
    });
    expect((await me(t, other)).statusCode).toBe(401);
  });

  it('is off with SESSION_CACHE_SECONDS=0', async () => {
    const uncached = await createTestApp({ SESSION_CACHE_SECONDS: '0' });
    try {
      const user = await insertUser(uncached.platform.database.db, { roles: ['counsellor'] });
      const cookie = await signIn(uncached.app, user.email);
      expect((await me(uncached, cookie)).statusCode).toBe(200);
      await uncached.platform.database.db.execute(sql`delete from sessions where user_id = ${user.id}`);
      expect((await me(uncached, cookie)).statusCode).toBe(401);
    } finally {
      await uncached.close();
    }
  });
});
