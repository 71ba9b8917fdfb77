import { eq } from 'drizzle-orm';
import { systemContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileService } from '../../platform/files/index.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from './library.tables.ts';
import { indexTranslation } from './library-index.ts';

/**
 * Test support for library search: documents written straight into the tables (synthetic texts),
 * each translation indexed with `indexTranslation`.
 */
export type FixtureTranslation = { lang: string; title: string; description?: string; text?: string };
export type FixtureDocument = {
  sector: 'education' | 'welfare' | 'health' | 'housing' | 'work' | 'general';
  themes?: string[];
  docType?: 'informative' | 'standard_form';
  visibility: 'public' | 'requesters' | 'staff';
  status?: 'active' | 'archived';
  /** The first is the (Dutch) original. */
  translations: FixtureTranslation[];
};

/** Inserts a document with its translations and a current version each; returns its id. */
export async function insertDocument(db: Db, files: FileService, doc: FixtureDocument): Promise<string> {
  const [document] = await db
    .insert(libraryDocuments)
    .values({
      sector: doc.sector,
      themes: doc.themes ?? [],
      docType: doc.docType ?? 'informative',
      visibility: doc.visibility,
      status: doc.status ?? 'active',
    })
    .returning({ id: libraryDocuments.id });
  if (!document) throw new Error('insert failed');
  for (const [i, translation] of doc.translations.entries()) {
    const [row] = await db
      .insert(libraryTranslations)
      .values({
        documentId: document.id,
        lang: translation.lang,
        isOriginal: i === 0,
        title: translation.title,
        description: translation.description ?? '',
      })
      .returning({ id: libraryTranslations.id });
    if (!row) throw new Error('insert failed');
    if (translation.text) {
      const file = await files.storeUpload(db, systemContext('test'), {
        bytes: new TextEncoder().encode(translation.text),
        originalName: `${translation.lang}.txt`,
        allowed: ['text/plain'],
      });
      const [version] = await db
        .insert(libraryVersions)
        .values({
          translationId: row.id,
          versionNo: 1,
          fileId: file.id,
          fileName: `${translation.lang}.txt`,
          mediaType: 'text/plain',
          extractedText: translation.text,
          wordCount: translation.text.split(/\s+/).length,
        })
        .returning({ id: libraryVersions.id });
      await db
        .update(libraryTranslations)
        .set({ currentVersionId: version?.id })
        .where(eq(libraryTranslations.id, row.id));
    }
    await indexTranslation(db, row.id);
  }
  return document.id;
}
