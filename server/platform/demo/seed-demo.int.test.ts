import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../contracts/identity.ts';
import { normaliseKbo } from '../../../contracts/people.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { signIn } from '../../../test/factories.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { organisations, people, teams, users } from '../identity/identity.tables.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_TEAMS,
  seedDemoData,
} from './index.ts';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const db = t.platform.database.db;
    const [[o], [tm], [p], [u], [a]] = await Promise.all([
      db.select({ n: count() }).from(organisations),
      db.select({ n: count() }).from(teams),
      db.select({ n: count() }).from(people),
      db.select({ n: count() }).from(users),
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorLabel, 'system:seed-demo')),
    ]);
    return { organisations: o?.n, teams: tm?.n, people: p?.n, users: u?.n, audits: a?.n };
  };

  it('creates everything once, audited, and nothing on a second run', async () => {
    const first = await seedDemoData(t.platform);
    expect(first).toEqual({
      organisations: DEMO_ORGANISATIONS.length,
      teams: DEMO_TEAMS.length,
      people: DEMO_PEOPLE.length,
      users: DEMO_ACCOUNTS.length,
    });
    const after = await counts();
    expect(after).toMatchObject(first);
    // One audit row per created record, plus the agency contact parameter.
    expect(after.audits).toBe(first.organisations + first.teams + first.people + first.users + 1);

    const second = await seedDemoData(t.platform);
    expect(second).toEqual({ organisations: 0, teams: 0, people: 0, users: 0 });
    expect(await counts()).toEqual(after);
  });

  it('has about forty people with language skills, and valid KBO numbers', () => {
    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_PEOPLE.every((person) => person.languages.length > 0)).toBe(true);
    expect(new Set(DEMO_PEOPLE.map((person) => person.preferredLanguage)).size).toBeGreaterThanOrEqual(10);
    for (const org of DEMO_ORGANISATIONS) expect(normaliseKbo(org.kboNumber)).toBe(org.kboNumber);
    expect(
      DEMO_PEOPLE.every((person) => ['9000', '9030', '9032', '9040', '9050'].includes(person.postcode)),
    ).toBe(true);
  });

  it('lets every role sign in with the demo password and links the portal roles', async () => {
    expect(DEMO_ACCOUNTS.map((account) => account.role)).toEqual([...ROLES, 'counsellor']);
    for (const account of DEMO_ACCOUNTS) {
      const cookie = await signIn(t.app, account.email, DEMO_PASSWORD);
      const me = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json();
      expect(me).toMatchObject({ email: account.email, name: account.name, roles: [account.role] });
      if (account.role === 'requester') expect(me.organisationId).not.toBeNull();
      if (account.role === 'counsellor') expect(me.teamId).not.toBeNull();
    }
    // The two counsellors work in different teams (row scoping between teams is shown with them).
    const teamOf = async (email: string) =>
      (
        await t.app.inject({
          url: '/api/auth/me',
          headers: { cookie: await signIn(t.app, email, DEMO_PASSWORD) },
        })
      ).json().teamId;
    expect(await teamOf('counsellor@demo.wegwijs.test')).not.toBe(
      await teamOf('counsellor.b@demo.wegwijs.test'),
    );
  });
});
