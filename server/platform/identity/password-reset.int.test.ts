import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { freshAddress, insertUser, signIn, TEST_PASSWORD } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';
import { hashToken } from './session.ts';

const NEW_PASSWORD = 'a-brand-new-password';

describe('password reset by mailed one-time link', () => {
  let t: TestApp;
  const db = () => t.platform.database.db;
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, remoteAddress: freshAddress(), payload });
  const requestReset = (email: string) => post('/api/auth/password-reset/request', { email });
  const confirm = (token: string, password = NEW_PASSWORD) =>
    post('/api/auth/password-reset/confirm', { token, password });
  const outbox = (recipient: string) =>
    queryRows<{ template: string; locale: string; text_body: string; status: string }>(
      db(),
      sql`select template, locale, text_body, status from mail_outbox where recipient = ${recipient} order by created_at`,
    );
  const tokenIn = (text: string): string => {
    const match = /http:\/\/localhost:3000\/app\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
    if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
    return match[1];
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 202 for any address and mails only an existing active account, in its language', async () => {
    const user = await insertUser(db(), { roles: ['requester'], name: 'Emre Yılmaz', locale: 'tr' });
    const inactive = await insertUser(db(), { roles: ['requester'], active: false });
    for (const email of [user.email, 'nobody@test.wegwijs.test', inactive.email]) {
      const response = await requestReset(email);
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ status: 'accepted' });
    }
    const mails = await outbox(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'password-reset', locale: 'tr', status: 'held' });
    expect(mails[0]?.text_body).toContain('Emre Yılmaz');
    expect(await outbox('nobody@test.wegwijs.test')).toHaveLength(0);
    expect(await outbox(inactive.email)).toHaveLength(0);
  });

  it('stores only the hash of the token, valid for one hour', async () => {
    const user = await insertUser(db(), { roles: ['volunteer'] });
    await requestReset(user.email);
    const [mail] = await outbox(user.email);
    const token = tokenIn(mail?.text_body ?? '');
    const rows = await queryRows<{ token_hash: string; minutes: number }>(
      db(),
      sql`select token_hash, extract(epoch from expires_at - created_at) / 60 as minutes
            from password_reset_tokens where user_id = ${user.id}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(Number(rows[0]?.minutes)).toBe(60);
  });

  it('sets the password once: the link then stops working, sessions end and a lockout lifts', async () => {
    const user = await insertUser(db(), { roles: ['counsellor'] });
    const session = await signIn(t.app, user.email);
    await db().execute(
      sql`update users set failed_logins = 5, locked_until = now() + interval '10 minutes' where id = ${user.id}`,
    );
    await requestReset(user.email);
    const [mail] = await outbox(user.email);
    const token = tokenIn(mail?.text_body ?? '');

    expect((await confirm(token)).statusCode).toBe(204);
    const again = await confirm(token, 'yet-another-password');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('AUTH.TOKEN_INVALID');

    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: session } })).statusCode).toBe(401);
    await expect(signIn(t.app, user.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    await signIn(t.app, user.email, NEW_PASSWORD);
    const rows = await queryRows<{ action: string }>(
      db(),
      sql`select action from audit_log where entity = 'user' and entity_id = ${user.id} order by id`,
    );
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']),
    );
  });

  it('refuses an unknown, an expired and a superseded token', async () => {
    expect((await confirm('x'.repeat(43))).json().code).toBe('AUTH.TOKEN_INVALID');
    const user = await insertUser(db(), { roles: ['interpreter'] });
    await requestReset(user.email);
    await requestReset(user.email);
    const [first, second] = (await outbox(user.email)).map((mail) => tokenIn(mail.text_body));
    if (!first || !second) throw new Error('expected two mails');
    await db().execute(
      sql`update password_reset_tokens set expires_at = now() - interval '1 second' where token_hash = ${hashToken(first)}`,
    );
    expect((await confirm(first)).json().code).toBe('AUTH.TOKEN_INVALID');
    expect((await confirm(second)).statusCode).toBe(204);
  });

  it('ends the other links of the user once one is used', async () => {
    const user = await insertUser(db(), { roles: ['interpreter'] });
    await requestReset(user.email);
    await requestReset(user.email);
    const [first, second] = (await outbox(user.email)).map((mail) => tokenIn(mail.text_body));
    if (!first || !second) throw new Error('expected two mails');
    expect((await confirm(second)).statusCode).toBe(204);
    expect((await confirm(first)).json().code).toBe('AUTH.TOKEN_INVALID');
  });

  it('refuses a weak new password and malformed input with 400, changing nothing', async () => {
    const user = await insertUser(db(), { roles: ['manager'] });
    await requestReset(user.email);
    const [mail] = await outbox(user.email);
    const token = tokenIn(mail?.text_body ?? '');
    const weak = await confirm(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toContain('password');
    expect((await requestReset('not-an-email')).statusCode).toBe(400);
    expect((await confirm(token)).statusCode).toBe(204);
  });

  it('limits reset requests per client address', async () => {
    const remoteAddress = freshAddress();
    const codes: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        remoteAddress,
        payload: { email: 'nobody@test.wegwijs.test' },
      });
      codes.push(response.statusCode);
    }
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('still checks the origin when a signed-in browser posts the form', async () => {
    const user = await insertUser(db(), { roles: ['manager'] });
    const cookie = await signIn(t.app, user.email);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { email: user.email },
    });
    expect(foreign.statusCode).toBe(403);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      headers: { cookie, origin: ORIGIN },
      payload: { email: user.email },
    });
    expect(same.statusCode).toBe(202);
    expect(await outbox(user.email)).toHaveLength(1);
  });
});
