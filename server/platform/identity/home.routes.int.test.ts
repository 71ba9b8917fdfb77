import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { registerHomeFigures } from './home-figures.ts';

describe('home figures', () => {
  let t: TestApp;
  const db = () => t.platform.database.db;
  const figures = async (cookie: string) => {
    const response = await t.app.inject({ url: '/api/home/figures', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return Object.fromEntries(
      response.json().figures.map((figure: { key: string; value: number }) => [figure.key, figure.value]),
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows admins the accounts and today’s audit activity', async () => {
    const admin = await insertUser(db(), { roles: ['admin'] });
    await insertUser(db(), { roles: ['requester'], active: false });
    const locked = await insertUser(db(), { roles: ['requester'] });
    await db().execute(
      sql`update users set locked_until = now() + interval '5 minutes' where id = ${locked.id}`,
    );
    // Yesterday's activity does not count as today's.
    await db().execute(
      sql`insert into audit_log (at, actor_label, action, entity) values (now() - interval '2 days', 'test', 'old', 'x')`,
    );
    const cookie = await signIn(t.app, admin.email);
    const shown = await figures(cookie);
    expect(shown['users.active']).toBe(2);
    expect(shown['users.locked']).toBe(1);
    // The sign-in itself is today's only audit row so far.
    expect(shown['audit.today']).toBe(1);
  });

  it('shows managers the audit figure but not the accounts, and others neither', async () => {
    const manager = await signIn(t.app, (await insertUser(db(), { roles: ['manager'] })).email);
    const shown = await figures(manager);
    // Modules add their own figures for managers (open cases, …); the platform's are audit only.
    expect(shown).toHaveProperty('audit.today');
    expect(shown).not.toHaveProperty('users.active');
    expect(shown).not.toHaveProperty('outbox.pending');
    const requester = await signIn(t.app, (await insertUser(db(), { roles: ['requester'] })).email);
    expect(await figures(requester)).toEqual({});
  });

  it("adds a module's figures for the roles it chooses", async () => {
    registerHomeFigures('test-module', async (_db, actor) =>
      actor.roles.includes('interpreter') ? [{ key: 'interpreting.offers_open', value: 3 }] : [],
    );
    const interpreter = await signIn(t.app, (await insertUser(db(), { roles: ['interpreter'] })).email);
    expect(await figures(interpreter)).toEqual({ 'interpreting.offers_open': 3 });
  });

  it('answers 401 without a session and 403 to an account without any role', async () => {
    const response = await t.app.inject('/api/home/figures');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('COMMON.UNAUTHENTICATED');
    const roleless = await signIn(t.app, (await insertUser(db(), { roles: [] })).email);
    expect((await t.app.inject({ url: '/api/home/figures', headers: { cookie: roleless } })).statusCode).toBe(
      403,
    );
  });
});
