import { Validator } from '@seriousme/openapi-schema-validator';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PlainLanguageCheckSchema,
  PlainLanguageTermListSchema,
  PlainLanguageTermSchema,
} from '../../../contracts/plain-language.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { DEFAULT_JARGON } from './default-jargon.ts';
import { plainLanguageModule } from './module.ts';

const TEXT = 'Wij verzoeken u het formulier te retourneren. Indien nodig bellen wij u.';

describe('/api/plain-language/terms', () => {
  let t: TestApp;
  let editor: string;
  let requester: string;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie, origin: ORIGIN }, ...(payload ? { payload } : {}) });
  const flagged = async (cookie: string) => {
    const response = await call('POST', '/api/plain-language/check', cookie, { text: TEXT });
    expect(response.statusCode, response.body).toBe(200);
    return PlainLanguageCheckSchema.parse(response.json()).sentences.flatMap((s) =>
      s.flags.jargon.map((j) => `${j.text.toLowerCase()}→${j.alternative}`),
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.platform.database;
    editor = await signIn(t.app, (await insertUser(db, { roles: ['library_editor'] })).email);
    requester = await signIn(t.app, (await insertUser(db, { roles: ['requester'] })).email);
  });
  afterAll(() => t.close());

  it('is seeded once from the built-in list, and a second start adds nothing', async () => {
    await plainLanguageModule.start?.(t.platform);
    const response = await call('GET', '/api/plain-language/terms', requester);
    expect(response.statusCode).toBe(200);
    const { items } = PlainLanguageTermListSchema.parse(response.json());
    expect(items.map((i) => i.term).sort()).toEqual(DEFAULT_JARGON.map((e) => e.term).sort());
    expect(items.every((i) => i.active)).toBe(true);
  });

  it('lets staff add a term that the next check flags, then change and switch it off', async () => {
    expect(await flagged(requester)).toEqual(['indien→als']);
    const created = await call('POST', '/api/plain-language/terms', editor, {
      term: ' retourneren ',
      alternative: 'terugsturen',
      note: 'ons formulier',
    });
    expect(created.statusCode, created.body).toBe(201);
    const term = PlainLanguageTermSchema.parse(created.json());
    expect(term).toMatchObject({ term: 'retourneren', alternative: 'terugsturen', active: true });
    expect(await flagged(requester)).toEqual(['retourneren→terugsturen', 'indien→als']);

    const changed = await call('PATCH', `/api/plain-language/terms/${term.id}`, editor, {
      alternative: 'opsturen',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await flagged(requester)).toContain('retourneren→opsturen');

    const off = await call('PATCH', `/api/plain-language/terms/${term.id}`, editor, { active: false });
    expect(PlainLanguageTermSchema.parse(off.json()).active).toBe(false);
    expect(await flagged(requester)).toEqual(['indien→als']);

    const audit = await t.platform.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'plain_language_term'), eq(auditLog.entityId, term.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      'plain-language.term.created',
      'plain-language.term.updated',
      'plain-language.term.updated',
    ]);

    const removed = await call('DELETE', `/api/plain-language/terms/${term.id}`, editor);
    expect(removed.statusCode).toBe(204);
    const again = await call('DELETE', `/api/plain-language/terms/${term.id}`, editor);
    expect(again.statusCode).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a duplicate (any case) with 409 problem+json', async () => {
    const duplicate = await call('POST', '/api/plain-language/terms', editor, {
      term: 'INDIEN',
      alternative: 'als',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.headers['content-type']).toContain('application/problem+json');
    const other = PlainLanguageTermSchema.parse(
      (
        await call('POST', '/api/plain-language/terms', editor, { term: 'voornoemd', alternative: 'deze' })
      ).json(),
    );
    const renamed = await call('PATCH', `/api/plain-language/terms/${other.id}`, editor, { term: 'Reeds' });
    expect(renamed.statusCode).toBe(409);
  });

  it('lets only staff with plain-language.terms write, and validates the input', async () => {
    const refused = await call('POST', '/api/plain-language/terms', requester, {
      term: 'derhalve2',
      alternative: 'dus',
    });
    expect(refused.statusCode).toBe(403);
    expect((await call('GET', '/api/plain-language/terms', '')).statusCode).toBe(401);
    const blank = await call('POST', '/api/plain-language/terms', editor, { term: '  ', alternative: 'x' });
    expect(blank.statusCode).toBe(400);
    const nothing = await call('PATCH', `/api/plain-language/terms/${crypto.randomUUID()}`, editor, {});
    expect(nothing.statusCode).toBe(400);
    const missing = await call('PATCH', `/api/plain-language/terms/${crypto.randomUUID()}`, editor, {
      active: false,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('documents the check (JSON or multipart) and the list in a valid OpenAPI document', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    const check = document.paths['/api/plain-language/check'].post;
    expect(Object.keys(check.requestBody.content)).toEqual(
      expect.arrayContaining(['application/json', 'multipart/form-data']),
    );
    expect(Object.keys(check.responses)).toEqual(expect.arrayContaining(['200', '413', '415']));
    expect(Object.keys(document.paths['/api/plain-language/terms/{id}'])).toEqual(
      expect.arrayContaining(['patch', 'delete']),
    );
  });
});
