import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import type { FileService } from '../../../platform/files/index.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { extractText, TEXT_MEDIA_TYPES } from '../../../platform/text/index.ts';
import { type AlignInput, alignManyIntoMemory, countWords } from '../../translation-memory/index.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from '../library.tables.ts';
import { textFileName } from '../library-content.ts';
import { reindexAll } from '../library-index.ts';
import { demoDocuments } from './documents.ts';
import type { DemoDocument } from './types.ts';

/** Dutch titles of the documents already in the library: those are not seeded again. */
async function existingTitles(db: Db): Promise<Set<string>> {
  const rows = await queryRows<{ title: string }>(
    db,
    sql`select title from library_translations where is_original`,
  );
  return new Set(rows.map((row) => row.title));
}

/** The platform's demo organisations named as sources; a missing one leaves the source empty. */
async function sourceIds(db: Db, documents: DemoDocument[]): Promise<Map<string, string>> {
  const names = [...new Set(documents.flatMap((d) => (d.source ? [d.source] : [])))];
  if (names.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, names));
  return new Map(rows.map((row) => [row.name, row.id]));
}

function isoDay(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

type Rows = {
  documents: (typeof libraryDocuments.$inferInsert)[];
  translations: (typeof libraryTranslations.$inferInsert)[];
  versions: (typeof libraryVersions.$inferInsert)[];
  files: (typeof storedFiles.$inferInsert)[];
  alignments: AlignInput[];
};

/** One text as the editor's upload would keep it: bytes in the store, a file row, a version row. */
async function addText(
  files: FileService,
  rows: Rows,
  input: {
    documentId: string;
    lang: string;
    title: string;
    description?: string;
    text: string;
    isOriginal: boolean;
  },
): Promise<string> {
  const bytes = new TextEncoder().encode(input.text);
  const staged = await files.store.stage(bytes, { maxBytes: files.maxUploadBytes });
  await staged.commit();
  const mediaType = TEXT_MEDIA_TYPES.txt;
  const { text } = await extractText(bytes, mediaType);
  const fileId = randomUUID();
  const translationId = randomUUID();
  const versionId = randomUUID();
  const fileName = textFileName(input.title);
  rows.files.push({
    id: fileId,
    sha256: staged.sha256,
    size: staged.size,
    mediaType,
    originalName: fileName,
  });
  rows.translations.push({
    id: translationId,
    documentId: input.documentId,
    lang: input.lang,
    isOriginal: input.isOriginal,
    title: input.title,
    description: input.description ?? '',
    currentVersionId: versionId,
  });
  rows.versions.push({
    id: versionId,
    translationId,
    versionNo: 1,
    fileId,
    fileName,
    mediaType,
    extractedText: text,
    wordCount: countWords(text),
  });
  return text;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) await insert(rows.slice(start, start + 200));
}

/**
 * Fills the translation library with the synthetic demo documents (about 150 letters and forms in
 * up to 14 languages besides Dutch). The rows are those an editor's uploads make — each text a
 * stored .txt file with version 1, indexed for search, aligned into the translation memory — but
 * written in bulk in one transaction: through the service, one document at a time, the thousand
 * texts took minutes and `npm start` waits for the demo data. Keyed by the Dutch title: a second
 * run adds nothing.
 */
export async function seedLibraryDemo(
  db: Db,
  ctx: RequestContext,
  files: FileService,
): Promise<Record<string, number>> {
  const all = demoDocuments();
  const existing = await existingTitles(db);
  const documents = all.filter((doc) => !existing.has(doc.title));
  if (documents.length === 0) return { documents: 0, translations: 0, languages: 0 };
  const sources = await sourceIds(db, documents);
  const today = new Date();
  const rows: Rows = { documents: [], translations: [], versions: [], files: [], alignments: [] };
  const languages = new Set<string>();
  for (const doc of documents) {
    const documentId = randomUUID();
    rows.documents.push({
      id: documentId,
      sector: doc.sector,
      themes: doc.themes,
      docType: doc.docType,
      visibility: doc.visibility,
      sourceOrganisationId: (doc.source && sources.get(doc.source)) || null,
      reviewDate: isoDay(today, doc.reviewInDays),
    });
    const original = {
      documentId,
      lang: 'nl',
      title: doc.title,
      description: doc.description,
      text: doc.text,
      isOriginal: true,
    };
    // A document's files are written side by side: the store's writes, not the CPU, are the wait.
    const [sourceText = '', ...targetTexts] = await Promise.all([
      addText(files, rows, original),
      ...doc.translations.map((t) => addText(files, rows, { documentId, ...t, isOriginal: false })),
    ]);
    doc.translations.forEach((translation, index) => {
      languages.add(translation.lang);
      rows.alignments.push({
        sourceLang: 'nl',
        targetLang: translation.lang,
        sourceText,
        targetText: targetTexts[index] ?? '',
        origin: `library:${documentId}`,
        originDocumentId: documentId,
        reviewed: true,
      });
    });
  }
  await db.transaction(async (tx) => {
    await insertChunked(rows.files, (chunk) => tx.insert(storedFiles).values(chunk));
    await insertChunked(rows.documents, (chunk) => tx.insert(libraryDocuments).values(chunk));
    await insertChunked(rows.translations, (chunk) => tx.insert(libraryTranslations).values(chunk));
    await insertChunked(rows.versions, (chunk) => tx.insert(libraryVersions).values(chunk));
    await reindexAll(tx);
    await alignManyIntoMemory(tx, ctx, rows.alignments, 'library:demo');
    const report = {
      documents: documents.length,
      translations: rows.alignments.length,
      languages: languages.size,
    };
    await recordAudit(tx, ctx, { action: 'demo.seeded', entity: 'library.documents', after: report });
  });
  return { documents: documents.length, translations: rows.alignments.length, languages: languages.size };
}
