import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertPerson, insertUser, signIn } from '../../../test/factories.ts';
import { queryRows } from '../db/index.ts';
import { people } from './identity.tables.ts';
import { personFullName } from './people.repository.ts';
import { fuzzyMatch } from './search.ts';

describe('people', () => {
  let t: TestApp;
  let counsellor: { id: string; email: string };
  let cookie: string;
  const db = () => t.platform.database.db;
  const names = async (query: string): Promise<string[]> => {
    const response = await t.app.inject({
      url: `/api/people?q=${encodeURIComponent(query)}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response
      .json()
      .items.map((p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`);
  };

  beforeAll(async () => {
    t = await createTestApp();
    counsellor = await insertUser(db(), { roles: ['counsellor'] });
    cookie = await signIn(t.app, counsellor.email);
    for (const [givenName, familyName] of [
      ['Mohamed', 'El Amrani'],
      ['Mohammed', 'Benali'],
      ['Emre', 'Yılmaz'],
      ['Gökçe', 'Şahin'],
      ['Ivana', 'Petrova'],
      ['Fatima', 'Zahra Ouali'],
      ['Pieter', 'De Smet'],
    ] as const) {
      await insertPerson(db(), { givenName, familyName });
    }
  });
  afterAll(() => t.close());

  it('finds people despite missing words, missing accents and typos, best match first', async () => {
    expect((await names('mohamed amrani'))[0]).toBe('Mohamed El Amrani');
    expect((await names('yilmaz'))[0]).toBe('Emre Yılmaz');
    expect((await names('petrowa'))[0]).toBe('Ivana Petrova');
    expect((await names('şahin'))[0]).toBe('Gökçe Şahin');
    expect((await names('de smet'))[0]).toBe('Pieter De Smet');
    expect((await names('gokce sahin'))[0]).toBe('Gökçe Şahin');
    expect((await names('ouali fatima'))[0]).toBe('Fatima Zahra Ouali');
    expect(await names('mohammed')).toEqual(['Mohammed Benali', 'Mohamed El Amrani']);
    expect(await names('zzzzzz')).toEqual([]);
  });

  it('searches through the trigram index on the full name', async () => {
    const { where } = fuzzyMatch(personFullName, 'mohamed amrani');
    const plan = await db().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`explain select ${people.id} from ${people} where ${where}`,
      );
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    // Every alternative is an index scan: no branch forces a scan of the whole table.
    expect(text).toContain('Bitmap Index Scan on people_full_name_trgm');
    expect(text).not.toMatch(/Seq Scan|Filter:/);
  });

  it('registers a person with languages, audited; lists show a summary only', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { cookie, origin: ORIGIN },
      payload: {
        givenName: 'Rania',
        familyName: 'Haddad',
        email: 'Rania.Haddad@Example.Test',
        phone: '+32 9 123 45 67',
        city: 'Gent',
        preferredLanguage: 'ar',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'nl', level: 'A2' },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(person).toMatchObject({
      email: 'rania.haddad@example.test',
      preferredLanguage: 'ar',
      street: null,
    });
    expect(person.languages).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'nl', level: 'A2' },
    ]);
    const [audit] = await queryRows<{ actor_id: string }>(
      db(),
      sql`select actor_id from audit_log where action = 'person.created' and entity_id = ${person.id}`,
    );
    expect(audit?.actor_id).toBe(counsellor.id);
    const list = await t.app.inject({
      url: '/api/people?email=rania.haddad@example.test',
      headers: { cookie },
    });
    expect(list.json().items).toEqual([
      {
        id: person.id,
        givenName: 'Rania',
        familyName: 'Haddad',
        email: 'rania.haddad@example.test',
        city: 'Gent',
        preferredLanguage: 'ar',
      },
    ]);
  });

  it('refuses bad input with 400 and field errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { cookie, origin: ORIGIN },
      payload: {
        givenName: '',
        familyName: 'X',
        phone: 'call me',
        languages: [
          { code: 'nl', level: 'fluent' },
          { code: 'nl', level: 'B1' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['body.givenName', 'body.phone']));
    for (const url of ['/api/people?limit=500', '/api/people/42']) {
      expect((await t.app.inject({ url, headers: { cookie } })).statusCode, url).toBe(400);
    }
    const person = await insertPerson(db(), { givenName: 'Aylin', familyName: 'Koç' });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: { cookie, origin: ORIGIN },
      payload: { familyName: '', preferredLanguage: 'Turkish' },
    });
    expect(patch.statusCode).toBe(400);
  });

  it('audits every read of a record, and 404 for an unknown one', async () => {
    const person = await insertPerson(db(), { givenName: 'Stefan', familyName: 'Horváth' });
    for (let read = 0; read < 2; read++) {
      const response = await t.app.inject({ url: `/api/people/${person.id}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ givenName: 'Stefan', familyName: 'Horváth' });
    }
    const rows = await queryRows<{ actor_id: string; request_id: string }>(
      db(),
      sql`select actor_id, request_id from audit_log where action = 'person.read' and entity_id = ${person.id}`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]?.actor_id).toBe(counsellor.id);
    const missing = await t.app.inject({ url: `/api/people/${randomUUID()}`, headers: { cookie } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('IDENTITY.PERSON_NOT_FOUND');
  });

  it('changes a record, audited with before and after; null clears a field', async () => {
    const person = await insertPerson(db(), {
      givenName: 'Elif',
      familyName: 'Demir',
      email: 'elif@example.test',
    });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      headers: { cookie, origin: ORIGIN },
      payload: { email: null, languages: [{ code: 'tr', level: 'native' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: null, languages: [{ code: 'tr', level: 'native' }] });
    const [audit] = await queryRows<{ before: { email: string }; after: { email: null } }>(
      db(),
      sql`select before, after from audit_log where action = 'person.updated' and entity_id = ${person.id}`,
    );
    expect(audit?.before.email).toBe('elif@example.test');
    expect(audit?.after.email).toBeNull();
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${randomUUID()}`,
      headers: { cookie, origin: ORIGIN },
      payload: { city: 'Gent' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps people away from users without the permission', async () => {
    const person = await insertPerson(db(), { givenName: 'Nadia', familyName: 'Bakkali' });
    const requester = await signIn(t.app, (await insertUser(db(), { roles: ['requester'] })).email);
    const interpreter = await signIn(t.app, (await insertUser(db(), { roles: ['interpreter'] })).email);
    for (const other of [requester, interpreter]) {
      expect((await t.app.inject({ url: '/api/people', headers: { cookie: other } })).statusCode).toBe(403);
      expect(
        (await t.app.inject({ url: `/api/people/${person.id}`, headers: { cookie: other } })).statusCode,
      ).toBe(403);
      const write = await t.app.inject({
        method: 'POST',
        url: '/api/people',
        headers: { cookie: other, origin: ORIGIN },
        payload: { givenName: 'A', familyName: 'B' },
      });
      expect(write.statusCode).toBe(403);
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/people/${person.id}`,
        headers: { cookie: other, origin: ORIGIN },
        payload: { city: 'Gent' },
      });
      expect(patch.statusCode).toBe(403);
    }
    expect((await t.app.inject(`/api/people/${person.id}`)).statusCode).toBe(401);
    const [reads] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from audit_log where action = 'person.read' and entity_id = ${person.id}`,
    );
    expect(reads?.n).toBe(0);
  });
});
