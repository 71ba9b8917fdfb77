import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { alignIntoMemory } from '../translation-memory/index.ts';
import { libraryTranslations, libraryVersions } from './library.tables.ts';

/** Where a failed alignment is reported; the routes pass the platform logger. */
export type LibraryLogger = { warn(details: object, message: string): void };

const consoleLogger: LibraryLogger = {
  warn: (details, message) => console.warn(`[library] ${message}`, details),
};

export type LibraryOptions = { logger?: LibraryLogger };

type CurrentText = { translationId: string; lang: string; isOriginal: boolean; text: string };

/** Every language of a document with the text of its current version. */
async function currentTexts(db: Db, documentId: string): Promise<CurrentText[]> {
  return db
    .select({
      translationId: libraryTranslations.id,
      lang: libraryTranslations.lang,
      isOriginal: libraryTranslations.isOriginal,
      text: libraryVersions.extractedText,
    })
    .from(libraryTranslations)
    .innerJoin(libraryVersions, eq(libraryVersions.id, libraryTranslations.currentVersionId))
    .where(and(eq(libraryTranslations.documentId, documentId)));
}

/**
 * Feeds the translation memory with the document's sentence pairs (Dutch original → each
 * translation, or only `translationId`'s). Runs after the upload's transaction committed: the
 * upload is the editor's work and stands even when the memory cannot take it now, so a failure is
 * logged, never thrown. Answers the number of translations aligned.
 */
export async function alignDocument(
  db: Db,
  ctx: RequestContext,
  documentId: string,
  only: string | 'all',
  options: LibraryOptions = {},
): Promise<number> {
  const logger = options.logger ?? consoleLogger;
  let aligned = 0;
  try {
    const texts = await currentTexts(db, documentId);
    const original = texts.find((t) => t.isOriginal);
    if (!original) return 0;
    for (const target of texts) {
      if (target.isOriginal || (only !== 'all' && target.translationId !== only)) continue;
      try {
        await alignIntoMemory(db, ctx, {
          sourceLang: 'nl',
          targetLang: target.lang,
          sourceText: original.text,
          targetText: target.text,
          origin: `library:${documentId}`,
          originDocumentId: documentId,
          reviewed: true,
        });
        aligned++;
      } catch (error) {
        logger.warn(
          { err: error, documentId, lang: target.lang },
          'library translation not aligned into the memory',
        );
      }
    }
  } catch (error) {
    logger.warn({ err: error, documentId }, 'library document not aligned into the memory');
  }
  return aligned;
}
