import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { queryRows } from '../../platform/db/index.ts';
import { buildDocx } from '../../platform/text/samples.test-support.ts';
import { findExistingTranslation } from './index.ts';
import { libraryPeople, newDocument, sendForm, sendJson, WASTE_LETTER } from './library.test-support.ts';

const URL = '/api/library/documents';
const ARABIC = 'فرز النفايات في غنت\nضع الكيس الأصفر خارجًا يوم الثلاثاء قبل الساعة السابعة.';

describe('library translations, versions and downloads', () => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof libraryPeople>>;
  let document: LibraryDocument;
  const db = () => t.platform.database.db;
  const docUrl = () => `${URL}/${document.id}`;
  const download = (lang: string, cookie = people.requester) =>
    t.app.inject({ url: `${docUrl()}/translations/${lang}/file`, headers: { cookie } });
  const get = async (cookie = people.editor): Promise<LibraryDocument> =>
    (await t.app.inject({ url: docUrl(), headers: { cookie } })).json();

  beforeAll(async () => {
    t = await createTestApp();
    people = await libraryPeople(t.app, db());
    const created = await sendJson(t.app, people.editor, URL, newDocument({ visibility: 'requesters' }));
    expect(created.statusCode, created.body).toBe(201);
    document = created.json();
  });
  afterAll(() => t.close());

  it('adds a translation as JSON text and another as a docx; the original stays first', async () => {
    const arabic = await sendJson(t.app, people.editor, `${docUrl()}/translations`, {
      lang: 'AR',
      title: 'فرز النفايات',
      text: ARABIC,
    });
    expect(arabic.statusCode, arabic.body).toBe(201);
    const docx = await buildDocx([
      'Sortowanie odpadów w Gandawie',
      'Wystaw żółty worek we wtorek przed 7.00.',
    ]);
    const polish = await sendForm(
      t.app,
      people.editor,
      `${docUrl()}/translations`,
      {
        lang: 'pl',
        title: 'Sortowanie odpadów',
      },
      { name: 'odpady.docx', content: docx },
    );
    expect(polish.statusCode, polish.body).toBe(201);
    const body: LibraryDocument = polish.json();
    expect(body.translations.map((tr) => [tr.lang, tr.isOriginal, tr.current?.versionNo])).toEqual([
      ['nl', true, 1],
      ['ar', false, 1],
      ['pl', false, 1],
    ]);
  });

  it('refuses a language the document has (409), Dutch (the original), and an unknown document (404)', async () => {
    const again = await sendJson(t.app, people.editor, `${docUrl()}/translations`, {
      lang: 'ar',
      title: 'x',
      text: 'نص',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LIBRARY.TRANSLATION_EXISTS');
    const dutch = await sendJson(t.app, people.editor, `${docUrl()}/translations`, {
      lang: 'nl',
      title: 'x',
      text: 'Tekst',
    });
    expect(dutch.statusCode).toBe(409);
    const unknown = await sendJson(t.app, people.editor, `${URL}/${crypto.randomUUID()}/translations`, {
      lang: 'tr',
      title: 'Atık',
      text: 'Atık ayrıştırma',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await get()).translations).toHaveLength(3);
  });

  it('lets exactly one of two simultaneous uploads of the same language win', async () => {
    const add = () =>
      sendJson(t.app, people.editor, `${docUrl()}/translations`, {
        lang: 'tr',
        title: 'Atık',
        text: 'Atıkları ayırın.',
      });
    const statuses = (await Promise.all([add(), add()])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('adds versions: the current one moves, older ones are kept newest first, the title may change', async () => {
    const url = `${docUrl()}/translations/ar/versions`;
    const second = await sendJson(t.app, people.editor, url, {
      text: `${ARABIC}\nشكرا.`,
      note: 'typo',
      title: 'فرز النفايات 2',
    });
    expect(second.statusCode, second.body).toBe(201);
    const third = await sendForm(
      t.app,
      people.editor,
      url,
      { note: 'als docx' },
      {
        name: 'ar.docx',
        content: await buildDocx(ARABIC.split('\n')),
      },
    );
    expect(third.statusCode, third.body).toBe(201);
    const arabic = (third.json() as LibraryDocument).translations.find((tr) => tr.lang === 'ar');
    expect(arabic?.title).toBe('فرز النفايات 2');
    expect(arabic?.versions.map((v) => [v.versionNo, v.note])).toEqual([
      [3, 'als docx'],
      [2, 'typo'],
      [1, null],
    ]);
    expect(arabic?.current?.versionNo).toBe(3);
    const missing = await sendJson(t.app, people.editor, `${docUrl()}/translations/so/versions`, {
      text: 'Metin',
    });
    expect(missing.json().code).toBe('LIBRARY.TRANSLATION_NOT_FOUND');
  });

  it('downloads the current file with a safe name and counts every download atomically', async () => {
    const first = await download('ar');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(first.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('فرز النفايات 2 (ar).docx');
    await Promise.all(Array.from({ length: 5 }, () => download('ar')));
    const nl = await download('nl');
    expect(nl.body).toBe(WASTE_LETTER.join('\n'));
    const counts = Object.fromEntries((await get()).translations.map((tr) => [tr.lang, tr.downloadCount]));
    expect(counts).toEqual({ nl: 1, ar: 6, pl: 0, tr: 0 });
    expect((await download('so')).json().code).toBe('LIBRARY.TRANSLATION_NOT_FOUND');
  });

  it('lets the interpreting quote find the same file by SHA-256, and a near-duplicate by its text', async () => {
    const sha256 = createHash('sha256').update(WASTE_LETTER.join('\n')).digest('hex');
    const lookup = { sha256, text: 'unrelated', sourceLanguage: 'nl', targetLanguage: 'ar' };
    expect(await findExistingTranslation(db(), lookup)).toMatchObject({
      documentId: document.id,
      title: 'فرز النفايات 2',
      language: 'ar',
    });
    expect(await findExistingTranslation(db(), { ...lookup, targetLanguage: 'so' })).toBeNull();
    // Staff-only documents are not offered to requesters.
    expect(await findExistingTranslation(db(), { ...lookup, visibilities: ['public'] })).toBeNull();
    const nearDuplicate = WASTE_LETTER.join('\n').replace('7 uur', '8 uur');
    const similar = await findExistingTranslation(db(), {
      ...lookup,
      sha256: '0'.repeat(64),
      text: nearDuplicate,
    });
    expect(similar).toMatchObject({ documentId: document.id, language: 'ar', match: 'similar' });
    const other = await findExistingTranslation(db(), {
      ...lookup,
      sha256: '0'.repeat(64),
      text: 'Uw kind is welkom op het oudercontact van donderdag in de refter van de school.',
    });
    expect(other).toBeNull();
  });

  it('indexes every written translation for search', async () => {
    const rows = await queryRows<{ lang: string; indexed: boolean }>(
      db(),
      sql`select lang, search_vector is not null and search_text <> '' as indexed from library_translations where document_id = ${document.id} order by lang`,
    );
    expect(rows).toEqual([
      { lang: 'ar', indexed: true },
      { lang: 'nl', indexed: true },
      { lang: 'pl', indexed: true },
      { lang: 'tr', indexed: true },
    ]);
  });
});
