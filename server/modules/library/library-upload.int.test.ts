import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../contracts/library.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import { buildDocx, buildOdt, buildPdf, odtParagraphs } from '../../platform/text/samples.test-support.ts';
import { libraryTranslations } from './library.tables.ts';
import {
  libraryCounts,
  libraryPeople,
  newDocument,
  sendForm,
  sendJson,
  WASTE_LETTER,
} from './library.test-support.ts';

const URL = '/api/library/documents';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fields = {
  title: 'Inschrijven in de lagere school',
  sector: 'education',
  themes: 'enrolment,school',
  docType: 'standard_form',
};

describe('library uploads: documents, formats, refusals, audit', () => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof libraryPeople>>;
  const db = () => t.platform.database.db;

  beforeAll(async () => {
    t = await createTestApp({ MAX_UPLOAD_MB: '1' });
    people = await libraryPeople(t.app, db());
  });
  afterAll(() => t.close());

  it('creates a document from JSON text: Dutch original, version 1 as a .txt file, themes cleaned', async () => {
    const response = await sendJson(t.app, people.editor, URL, newDocument({ reviewDate: '2020-01-31' }));
    expect(response.statusCode, response.body).toBe(201);
    const document: LibraryDocument = response.json();
    expect(document).toMatchObject({
      sector: 'housing',
      themes: ['waste', 'recycling'],
      docType: 'informative',
      visibility: 'public',
      status: 'active',
      reviewDate: '2020-01-31',
      reviewDue: true,
      sourceOrganisation: null,
    });
    expect(document.translations).toHaveLength(1);
    const [original] = document.translations;
    expect(original).toMatchObject({
      lang: 'nl',
      isOriginal: true,
      title: 'Afval sorteren',
      downloadCount: 0,
    });
    expect(original?.current).toMatchObject({
      versionNo: 1,
      fileName: 'afval-sorteren.txt',
      mediaType: 'text/plain',
    });
    expect(original?.current?.wordCount).toBeGreaterThan(20);
    expect(original?.downloadUrl).toBe(`${URL}/${document.id}/translations/nl/file`);
    const audit = await db()
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, document.id), eq(auditLog.action, 'library.document.created')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.after)).toContain('afval-sorteren.txt');
  });

  it('reads docx, odt, pdf and txt from a multipart form, by content', async () => {
    const samples: [string, Buffer, string][] = [
      ['brief.docx', await buildDocx(WASTE_LETTER), DOCX],
      ['brief.odt', await buildOdt(odtParagraphs(WASTE_LETTER)), 'application/vnd.oasis.opendocument.text'],
      ['brief.pdf', await buildPdf(WASTE_LETTER), 'application/pdf'],
      ['brief.txt', Buffer.from(WASTE_LETTER.join('\n')), 'text/plain'],
    ];
    for (const [name, content, mediaType] of samples) {
      const response = await sendForm(t.app, people.editor, URL, fields, { name, content });
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      const document: LibraryDocument = response.json();
      expect(document).toMatchObject({
        sector: 'education',
        docType: 'standard_form',
        themes: ['enrolment', 'school'],
      });
      const current = document.translations[0]?.current;
      expect(current).toMatchObject({ fileName: name, mediaType });
      // Same sentences in every format: about the same number of words (the PDF may join lines).
      expect(current?.wordCount).toBeGreaterThan(20);
      const [row] = await db()
        .select({ title: libraryTranslations.title })
        .from(libraryTranslations)
        .where(eq(libraryTranslations.documentId, document.id));
      expect(row?.title).toBe('Inschrijven in de lagere school');
    }
  });

  it('takes an earlier upload by fileId', async () => {
    const upload = await sendForm(
      t.app,
      people.editor,
      '/api/files',
      {},
      {
        name: 'medicatieschema.docx',
        content: await buildDocx(['Medicatieschema', 'Neem de pil ’s morgens en ’s avonds.']),
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId: string = upload.json().id;
    const response = await sendJson(
      t.app,
      people.editor,
      URL,
      newDocument({ text: undefined, fileId, sector: 'health' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().translations[0].current).toMatchObject({
      fileName: 'medicatieschema.docx',
      mediaType: DOCX,
    });
  });

  it('refuses other types (415), bad bodies (400) and missing content (422) — writing nothing', async () => {
    const before = await libraryCounts(db());
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const cases: [Promise<{ statusCode: number; json(): { code: string } }>, number, string][] = [
      [
        sendForm(t.app, people.editor, URL, fields, { name: 'brief.docx', content: png }),
        415,
        'LIBRARY.FILE_TYPE',
      ],
      [
        sendForm(
          t.app,
          people.editor,
          URL,
          { ...fields, sector: 'sport' },
          { name: 'a.txt', content: Buffer.from('Hallo daar') },
        ),
        400,
        'COMMON.VALIDATION_FAILED',
      ],
      [
        sendJson(t.app, people.editor, URL, newDocument({ sector: 'sport' })),
        400,
        'COMMON.VALIDATION_FAILED',
      ],
      [sendJson(t.app, people.editor, URL, newDocument({ lang: 'fr' })), 400, 'COMMON.VALIDATION_FAILED'],
      [
        sendJson(t.app, people.editor, URL, newDocument({ fileId: crypto.randomUUID() })),
        400,
        'COMMON.VALIDATION_FAILED',
      ],
      [sendJson(t.app, people.editor, URL, newDocument({ text: undefined })), 422, 'LIBRARY.NO_CONTENT'],
      [sendJson(t.app, people.editor, URL, newDocument({ text: ' \n ' })), 422, 'LIBRARY.NO_TEXT'],
      [
        sendForm(t.app, people.editor, URL, fields, {
          name: 'a.txt',
          content: Buffer.from('x'.repeat(1_048_577)),
        }),
        413,
        'FILES.TOO_LARGE',
      ],
      [
        sendForm(t.app, people.editor, URL, fields, {
          name: 'a.txt',
          content: Buffer.from('Hallo'),
          field: 'other',
        }),
        400,
        'COMMON.VALIDATION_FAILED',
      ],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect(response.statusCode, JSON.stringify(response.json())).toBe(status);
      expect(response.json().code).toBe(code);
    }
    expect(await libraryCounts(db())).toEqual(before);
  });

  it('refuses everyone without library.manage before reading the upload', async () => {
    expect((await sendJson(t.app, people.requester, URL, newDocument())).statusCode).toBe(403);
    expect((await sendJson(t.app, people.dispatcher, URL, newDocument())).statusCode).toBe(403);
    expect((await sendJson(t.app, undefined, URL, newDocument())).statusCode).toBe(401);
  });
});
