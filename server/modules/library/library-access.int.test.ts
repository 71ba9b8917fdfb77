import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertOrganisation } from '../../../test/factories.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { systemContext } from '../../platform/context.ts';
import { addLibraryTranslation, createLibraryDocument } from './index.ts';
import { libraryPeople, newDocument, sendJson } from './library.test-support.ts';

const URL = '/api/library/documents';

describe('library visibility, facts and the service API', () => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof libraryPeople>>;
  const db = () => t.platform.database.db;
  const create = async (visibility: string): Promise<LibraryDocument> => {
    const response = await sendJson(t.app, people.editor, URL, newDocument({ visibility }));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const read = (id: string, cookie?: string, path = '') =>
    t.app.inject({ url: `${URL}/${id}${path}`, headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    t = await createTestApp();
    people = await libraryPeople(t.app, db());
  });
  afterAll(() => t.close());

  it('shows staff documents to staff only: a requester gets 404, as for a missing one', async () => {
    const staffOnly = await create('staff');
    const forRequesters = await create('requesters');
    const file = '/translations/nl/file';
    expect((await read(staffOnly.id, people.dispatcher)).statusCode).toBe(200);
    expect((await read(staffOnly.id, people.requester)).json().code).toBe('LIBRARY.DOCUMENT_NOT_FOUND');
    expect((await read(staffOnly.id, people.requester, file)).statusCode).toBe(404);
    expect((await read(crypto.randomUUID(), people.requester)).statusCode).toBe(404);
    expect((await read(forRequesters.id, people.requester)).statusCode).toBe(200);
    expect((await read(forRequesters.id, people.requester, file)).statusCode).toBe(200);
    // Without a session 401; a signed-in user without library.read (a volunteer) 403.
    expect((await read(forRequesters.id)).statusCode).toBe(401);
    expect((await read(forRequesters.id, undefined, file)).statusCode).toBe(401);
    expect((await read(forRequesters.id, people.volunteer)).statusCode).toBe(403);
    // The refused download was not counted.
    expect((await read(staffOnly.id, people.dispatcher)).json().translations[0].downloadCount).toBe(0);
  });

  it('changes facts with PATCH (audited); an archived document is hidden from requesters', async () => {
    const document = await create('requesters');
    const organisation = await insertOrganisation(db(), { name: 'Basisschool De Linde' });
    const patch = (body: object, cookie = people.editor) =>
      sendJson(t.app, cookie, `${URL}/${document.id}`, body, 'PATCH');
    const changed = await patch({
      sector: 'education',
      themes: ['school trip'],
      sourceOrganisationId: organisation.id,
      reviewDate: '2999-01-01',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      sector: 'education',
      themes: ['school trip'],
      sourceOrganisation: { id: organisation.id, name: 'Basisschool De Linde' },
      reviewDue: false,
    });
    expect((await patch({ sector: 'sport' })).statusCode).toBe(400);
    expect((await patch({ sourceOrganisationId: crypto.randomUUID() })).statusCode).toBe(400);
    expect((await patch({ status: 'archived' }, people.requester)).statusCode).toBe(403);
    expect((await patch({ status: 'archived' })).json().status).toBe('archived');
    expect((await read(document.id, people.requester)).statusCode).toBe(404);
    expect((await read(document.id, people.dispatcher)).statusCode).toBe(200);
    const actions = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, document.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'library.document.created',
      'library.document.updated',
      'library.document.updated',
    ]);
  });

  it('documents every route in the OpenAPI document', async () => {
    const paths = Object.keys((await t.app.inject('/api/openapi.json')).json().paths);
    for (const path of [
      '/api/library/documents',
      '/api/library/documents/{id}',
      '/api/library/documents/{id}/translations',
      '/api/library/documents/{id}/translations/{lang}/versions',
      '/api/library/documents/{id}/translations/{lang}/file',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('offers createLibraryDocument and addLibraryTranslation to the demo seeder (system context)', async () => {
    const ctx = systemContext('library-test');
    const created = await createLibraryDocument(db(), t.platform.files, ctx, {
      title: 'Medicatieschema',
      sector: 'health',
      themes: ['medication'],
      docType: 'standard_form',
      content: { text: 'Neem elke ochtend één tablet, bv. bij het ontbijt.' },
    });
    expect(created).toMatchObject({ visibility: 'public', docType: 'standard_form' });
    const withTurkish = await addLibraryTranslation(db(), t.platform.files, ctx, created.id, {
      lang: 'tr',
      title: 'İlaç programı',
      content: {
        bytes: new TextEncoder().encode('Her sabah kahvaltıda bir tablet alın.'),
        fileName: 'ilac.txt',
      },
    });
    expect(withTurkish.translations.map((tr) => [tr.lang, tr.current?.fileName])).toEqual([
      ['nl', 'medicatieschema.txt'],
      ['tr', 'ilac.txt'],
    ]);
    await expect(
      createLibraryDocument(
        db(),
        t.platform.files,
        { actor: null, requestId: 'anonymous' },
        {
          title: 'x',
          sector: 'health',
          content: { text: 'x' },
        },
      ),
    ).rejects.toMatchObject({ code: 'COMMON.UNAUTHENTICATED' });
  });
});
