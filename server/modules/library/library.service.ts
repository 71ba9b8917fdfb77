import type { z } from 'zod';
import {
  type LibraryDocument,
  LibraryDocumentCreateSchema,
  LibraryTranslationCreateSchema,
  LibraryVersionCreateSchema,
} from '../../../contracts/library.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, sqlState } from '../../platform/db/index.ts';
import type { FileService } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import {
  addVersion,
  findDocument,
  findTranslation,
  insertDocument,
  insertTranslation,
  updateDocument,
} from './library.repository.ts';
import { type LibraryContent, readContent, type StoredContent, storeContent } from './library-content.ts';
import { alignDocument, type LibraryOptions } from './library-effects.ts';
import { indexTranslation } from './library-index.ts';
import {
  ALL_VISIBILITIES,
  checkOrganisation,
  documentNotFound,
  LIBRARY_AUDIT_ENTITY,
  lockDocument,
  requireEditor,
  visibilitiesOf,
} from './library-policy.ts';
import { documentOut } from './library-view.ts';

const DocumentFieldsSchema = LibraryDocumentCreateSchema.omit({ text: true, fileId: true });
const TranslationFieldsSchema = LibraryTranslationCreateSchema.omit({ text: true, fileId: true });
const VersionFieldsSchema = LibraryVersionCreateSchema.omit({ text: true, fileId: true });

/** A new document: its facts and the Dutch original's content. */
export type CreateDocumentInput = z.input<typeof DocumentFieldsSchema> & { content: LibraryContent };
/** A new language of a document. */
export type AddTranslationInput = z.input<typeof TranslationFieldsSchema> & { content: LibraryContent };
/** A new version of one language (title and description may change with it). */
export type AddVersionInput = z.input<typeof VersionFieldsSchema> & { content: LibraryContent };

const AUDIT_ENTITY = LIBRARY_AUDIT_ENTITY;

/** What the audit log keeps of a version: no text (it is in the file), only what identifies it. */
const audited = (translationId: string, lang: string, stored: StoredContent, versionNo: number) => ({
  translationId,
  lang,
  versionNo,
  fileId: stored.fileId,
  fileName: stored.fileName,
  wordCount: stored.wordCount,
});

/** A document with its Dutch original as version 1. The content is read before anything is written. */
export async function createLibraryDocument(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  input: CreateDocumentInput,
): Promise<LibraryDocument> {
  requireEditor(ctx);
  const { content, ...raw } = input;
  const fields = DocumentFieldsSchema.parse(raw);
  await checkOrganisation(db, fields.sourceOrganisationId);
  const read = await readContent(db, files, ctx, content, fields.title);
  const document = await db.transaction(async (tx) => {
    const row = await insertDocument(tx, {
      sector: fields.sector,
      themes: [...new Set(fields.themes)],
      docType: fields.docType,
      visibility: fields.visibility,
      sourceOrganisationId: fields.sourceOrganisationId ?? null,
      reviewDate: fields.reviewDate ?? null,
      createdBy: ctx.actor?.id ?? null,
    });
    const original = await insertTranslation(tx, {
      documentId: row.id,
      lang: 'nl',
      isOriginal: true,
      title: fields.title,
      description: fields.description,
    });
    const stored = await storeContent(tx, files, ctx, read);
    const version = await addVersion(tx, { translationId: original.id, ...versionValues(ctx, stored) });
    await indexTranslation(tx, original.id);
    await recordAudit(tx, ctx, {
      action: 'library.document.created',
      entity: AUDIT_ENTITY,
      entityId: row.id,
      after: { ...row, title: fields.title, original: audited(original.id, 'nl', stored, version.versionNo) },
    });
    return row;
  });
  return documentOut(db, document);
}

function versionValues(ctx: RequestContext, stored: StoredContent, note?: string) {
  return {
    fileId: stored.fileId,
    fileName: stored.fileName,
    mediaType: stored.mediaType,
    extractedText: stored.extractedText,
    wordCount: stored.wordCount,
    note: note ?? null,
    createdBy: ctx.actor?.id ?? null,
  };
}

/** A new language: refused for Dutch (the original) and for a language the document already has. */
export async function addLibraryTranslation(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  documentId: string,
  input: AddTranslationInput,
  options: LibraryOptions = {},
): Promise<LibraryDocument> {
  requireEditor(ctx);
  const { content, ...raw } = input;
  const fields = TranslationFieldsSchema.parse(raw);
  const exists = () => new AppError('LIBRARY.TRANSLATION_EXISTS', `the document already has ${fields.lang}`);
  if (fields.lang === 'nl') {
    throw new AppError('LIBRARY.TRANSLATION_EXISTS', 'nl is the original: add a version to it instead');
  }
  if (!(await findDocument(db, documentId, visibilitiesOf(ctx)))) throw documentNotFound();
  if (await findTranslation(db, documentId, fields.lang)) throw exists();
  const read = await readContent(db, files, ctx, content, fields.title);
  const translationId = await db
    .transaction(async (tx) => {
      await lockDocument(tx, ctx, documentId);
      if (await findTranslation(tx, documentId, fields.lang)) throw exists();
      const translation = await insertTranslation(tx, {
        documentId,
        lang: fields.lang,
        title: fields.title,
        description: fields.description,
      });
      const stored = await storeContent(tx, files, ctx, read);
      const version = await addVersion(tx, { translationId: translation.id, ...versionValues(ctx, stored) });
      await updateDocument(tx, documentId, {});
      await indexTranslation(tx, translation.id);
      await recordAudit(tx, ctx, {
        action: 'library.translation.added',
        entity: AUDIT_ENTITY,
        entityId: documentId,
        after: { title: fields.title, ...audited(translation.id, fields.lang, stored, version.versionNo) },
      });
      return translation.id;
    })
    .catch((error: unknown) => {
      // Two editors adding the same language at once: the unique key decides, the loser hears 409.
      throw sqlState(error) === '23505' ? exists() : error;
    });
  await alignDocument(db, ctx, documentId, translationId, options);
  return getDocumentUnchecked(db, documentId);
}

/** A new version of one language; a new original re-aligns every translation with it. */
export async function addLibraryVersion(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  documentId: string,
  lang: string,
  input: AddVersionInput,
  options: LibraryOptions = {},
): Promise<LibraryDocument> {
  requireEditor(ctx);
  const { content, ...raw } = input;
  const fields = VersionFieldsSchema.parse(raw);
  if (!(await findDocument(db, documentId, visibilitiesOf(ctx)))) throw documentNotFound();
  const existing = await findTranslation(db, documentId, lang);
  if (!existing) throw new AppError('LIBRARY.TRANSLATION_NOT_FOUND');
  const read = await readContent(db, files, ctx, content, fields.title ?? existing.title);
  await db.transaction(async (tx) => {
    await lockDocument(tx, ctx, documentId);
    const stored = await storeContent(tx, files, ctx, read);
    const version = await addVersion(
      tx,
      { translationId: existing.id, ...versionValues(ctx, stored, fields.note) },
      { title: fields.title, description: fields.description },
    );
    await updateDocument(tx, documentId, {});
    await indexTranslation(tx, existing.id);
    await recordAudit(tx, ctx, {
      action: 'library.version.added',
      entity: AUDIT_ENTITY,
      entityId: documentId,
      after: { ...audited(existing.id, lang, stored, version.versionNo), note: fields.note ?? null },
    });
  });
  await alignDocument(db, ctx, documentId, existing.isOriginal ? 'all' : existing.id, options);
  return getDocumentUnchecked(db, documentId);
}

async function getDocumentUnchecked(db: Db, id: string): Promise<LibraryDocument> {
  const document = await findDocument(db, id, ALL_VISIBILITIES);
  if (!document) throw documentNotFound();
  return documentOut(db, document);
}
