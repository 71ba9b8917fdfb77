import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { libraryPeople, newDocument, sendJson } from './library.test-support.ts';

const URL = '/api/library/documents';
const DUTCH = ['De school is maandag gesloten.', 'De leerlingen blijven thuis.', 'Bel ons bij vragen.'];
const FRENCH = [
  "L'école est fermée lundi.",
  'Les élèves restent à la maison.',
  'Appelez-nous si vous avez des questions.',
];

describe('a library document as XLIFF for a CAT tool', () => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof libraryPeople>>;
  let document: LibraryDocument;
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    t = await createTestApp();
    people = await libraryPeople(t.app, t.platform.database.db);
    const created = await sendJson(
      t.app,
      people.editor,
      URL,
      newDocument({ title: 'Sluiting', text: DUTCH.join(' ') }),
    );
    document = created.json();
    // The French translation is aligned into the memory: its sentences become 100 % matches.
    const added = await sendJson(t.app, people.editor, `${URL}/${document.id}/translations`, {
      lang: 'fr',
      title: 'Fermeture',
      text: FRENCH.join(' '),
    });
    expect(added.statusCode, added.body).toBe(201);
  });
  afterAll(() => t.close());

  it('exports the Dutch original with the memory’s translations filled in (2.0)', async () => {
    const res = await get(people.editor, `${URL}/${document.id}/xliff?target=fr&version=2.0`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/xliff+xml');
    expect(res.headers['content-disposition']).toContain('.fr.xlf');
    expect(res.body).toContain('version="2.0"');
    expect(res.body.match(/<unit /g)?.length).toBe(3);
    expect(res.body).toContain('<source>De leerlingen blijven thuis.</source>');
    expect(res.body).toContain('<target>Les élèves restent à la maison.</target>');
  });

  it('exports XLIFF 1.2 with no translation for a language the memory lacks', async () => {
    const res = await get(people.editor, `${URL}/${document.id}/xliff?target=ar&version=1.2`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('version="1.2"');
    expect(res.body).toContain('target-language="ar"');
    expect(res.body).not.toContain('Les élèves');
  });

  it('refuses who may not read the memory, unknown documents and bad languages', async () => {
    expect((await get(people.requester, `${URL}/${document.id}/xliff?target=fr`)).statusCode).toBe(403);
    const unknown = await get(people.editor, `${URL}/00000000-0000-4000-8000-000000000000/xliff?target=fr`);
    expect(unknown.statusCode).toBe(404);
    const bad = await get(people.editor, `${URL}/${document.id}/xliff?target=arabic`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});
