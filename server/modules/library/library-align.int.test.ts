import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { systemContext } from '../../platform/context.ts';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { libraryPeople, newDocument, sendJson } from './library.test-support.ts';
import { alignDocument, type LibraryLogger } from './library-effects.ts';

const URL = '/api/library/documents';
const DUTCH = ['De school is maandag gesloten.', 'De leerlingen blijven thuis.', 'Bel ons bij vragen.'];
const FRENCH = [
  "L'école est fermée lundi.",
  'Les élèves restent à la maison.',
  'Appelez-nous si vous avez des questions.',
];

describe('library → translation memory', () => {
  let t: TestApp;
  let editor: string;
  let document: LibraryDocument;
  const db = () => t.platform.database.db;
  const segments = () =>
    queryRows<{ source_text: string; target_text: string; target_lang: string; reviewed: boolean }>(
      db(),
      sql`select source_text, target_text, target_lang, reviewed from tm_segments
          where origin = ${`library:${document.id}`} order by source_text`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    editor = (await libraryPeople(t.app, db())).editor;
    const created = await sendJson(
      t.app,
      editor,
      URL,
      newDocument({ title: 'Sluiting', text: DUTCH.join(' ') }),
    );
    document = created.json();
  });
  afterAll(() => t.close());

  it('aligns a new translation with the original, sentence by sentence, as reviewed segments', async () => {
    expect(await segments()).toEqual([]);
    const added = await sendJson(t.app, editor, `${URL}/${document.id}/translations`, {
      lang: 'fr',
      title: 'Fermeture',
      text: FRENCH.join(' '),
    });
    expect(added.statusCode, added.body).toBe(201);
    const rows = await segments();
    expect(rows).toContainEqual({
      source_text: 'De leerlingen blijven thuis.',
      target_text: 'Les élèves restent à la maison.',
      target_lang: 'fr',
      reviewed: true,
    });
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('re-aligns every translation when the original gets a new version', async () => {
    const changed = [...DUTCH.slice(0, 2), 'Bel het secretariaat bij vragen.'];
    const version = await sendJson(t.app, editor, `${URL}/${document.id}/translations/nl/versions`, {
      text: changed.join(' '),
    });
    expect(version.statusCode, version.body).toBe(201);
    expect((await segments()).map((row) => row.source_text)).toContain('Bel het secretariaat bij vragen.');
  });

  it('logs a failed alignment instead of throwing it', async () => {
    const warnings: string[] = [];
    const logger: LibraryLogger = { warn: (_details, message) => warnings.push(message) };
    // The memory cannot fail on demand: a database handle whose transactions fail stands in for an outage.
    const failing = new Proxy(db(), {
      get: (target, key, receiver) =>
        key === 'transaction'
          ? () => Promise.reject(new Error('memory unavailable'))
          : Reflect.get(target, key, receiver),
    }) as Db;
    const aligned = await alignDocument(failing, systemContext('test'), document.id, 'all', { logger });
    expect(aligned).toBe(0);
    expect(warnings).toEqual(['library translation not aligned into the memory']);
  });
});
