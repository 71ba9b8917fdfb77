import type { Readable } from 'node:stream';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ChecklistItemSchema } from '../../../../contracts/case-types.ts';
import type { CaseDocument, CreateDocument } from '../../../../contracts/case-work.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { canReadFile, type FileService, type StoredFile } from '../../../platform/files/index.ts';
import { AppError, isAppError } from '../../../platform/http/app-error.ts';
import { type CaseRow, openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { mergeFields } from '../case-fields.ts';
import { brusselsToday } from '../case-view.ts';
import { caseDocuments, cases } from '../cases.tables.ts';
import { refOf, userNames } from './work.repository.ts';
import { actorOf } from './work-guards.ts';

const documentColumns = {
  doc: caseDocuments,
  fileName: storedFiles.originalName,
  mediaType: storedFiles.mediaType,
  size: storedFiles.size,
};
type DocumentRow = {
  doc: typeof caseDocuments.$inferSelect;
  fileName: string;
  mediaType: string;
  size: number;
};

async function selectDocuments(db: Db, caseId: string, docId?: string): Promise<DocumentRow[]> {
  return db
    .select(documentColumns)
    .from(caseDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, caseDocuments.fileId))
    .where(and(eq(caseDocuments.caseId, caseId), docId ? eq(caseDocuments.id, docId) : sql`true`))
    .orderBy(desc(caseDocuments.createdAt), desc(caseDocuments.id));
}

async function viewOf(db: Db, rows: DocumentRow[]): Promise<CaseDocument[]> {
  const names = await userNames(
    db,
    rows.map((row) => row.doc.addedBy),
  );
  return rows.map(({ doc, fileName, mediaType, size }) => ({
    id: doc.id,
    caseId: doc.caseId,
    fileId: doc.fileId,
    title: doc.title,
    checklistItem: doc.checklistItem,
    fileName,
    mediaType,
    size,
    addedBy: refOf(names, doc.addedBy),
    createdAt: doc.createdAt.toISOString(),
    downloadUrl: `/api/cases/${doc.caseId}/documents/${doc.id}/file`,
  }));
}

export async function listDocuments(db: Db, ctx: RequestContext, caseId: string): Promise<CaseDocument[]> {
  await openCaseForWork(db, ctx, caseId);
  return viewOf(db, await selectDocuments(db, caseId));
}

/** The upload, readable by the actor under the platform's own file rule. */
async function uploadOf(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  fileId: string,
): Promise<StoredFile> {
  const file = await files.findFile(db, fileId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'FILES.NOT_FOUND') {
      throw new AppError('CASE_WORK.FILE_NOT_FOUND', undefined, {
        fieldErrors: [{ path: 'fileId', message: 'no such upload' }],
      });
    }
    throw error;
  });
  if (!canReadFile(actorOf(ctx), file)) throw new AppError('CASE_WORK.FILE_NOT_YOURS');
  return file;
}

const Checklist = z.array(ChecklistItemSchema).catch([]);

/** The case's checklist with `item` received: the line found by name (any case), or a new line. */
export function markReceived(
  checklist: unknown,
  item: string,
  today = brusselsToday(),
): z.infer<typeof ChecklistItemSchema>[] {
  const lines = Checklist.parse(checklist ?? []);
  const key = item.trim().toLocaleLowerCase('nl');
  const found = lines.some((line) => line.item.trim().toLocaleLowerCase('nl') === key);
  // The upload is the receipt: its day fills the line's received date unless one was set by hand.
  if (!found) return [...lines, { item: item.trim(), status: 'received', receivedOn: today }];
  return lines.map((line) =>
    line.item.trim().toLocaleLowerCase('nl') === key
      ? { ...line, status: 'received', receivedOn: line.receivedOn ?? today }
      : line,
  );
}

/** Diploma recognition: ticks the checklist line in the case fields, checked by the type's schema. */
async function tickChecklist(tx: Db, caseRow: CaseRow, item: string): Promise<void> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseRow.id)).for('update');
  if (!row) throw new AppError('CASES.NOT_FOUND');
  const fields = mergeFields('diploma_recognition', row.fields, {
    checklist: markReceived(row.fields.checklist, item),
  });
  await tx.update(cases).set({ fields }).where(eq(cases.id, row.id));
}

export async function addDocument(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  caseId: string,
  input: CreateDocument,
): Promise<CaseDocument> {
  const caseRow = await openCaseForWork(db, ctx, caseId, { write: true });
  if (input.checklistItem && caseRow.type !== 'diploma_recognition') {
    throw new AppError('CASE_WORK.NO_CHECKLIST', undefined, {
      fieldErrors: [{ path: 'checklistItem', message: 'only for diploma recognition cases' }],
    });
  }
  const file = await uploadOf(db, files, ctx, input.fileId);
  const id = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(caseDocuments)
      .values({
        caseId,
        fileId: file.id,
        title: input.title,
        checklistItem: input.checklistItem ?? null,
        addedBy: actorOf(ctx).id,
      })
      .returning({ id: caseDocuments.id });
    if (!inserted) throw new Error('insert returned no row');
    if (input.checklistItem) await tickChecklist(tx, caseRow, input.checklistItem);
    await recordCaseEvent(tx, ctx, caseId, 'case.document.added', {
      documentId: inserted.id,
      fileId: file.id,
      title: input.title,
      checklistItem: input.checklistItem ?? null,
    });
    await touchCase(tx, caseId);
    return inserted.id;
  });
  const [view] = await viewOf(db, await selectDocuments(db, caseId, id));
  if (!view) throw new Error('no view');
  return view;
}

export type DocumentDownload = { file: StoredFile; content: Readable };

/** The document's content for a reader of the case; every download is audited. */
export async function downloadDocument(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  ids: { caseId: string; docId: string },
): Promise<DocumentDownload> {
  await openCaseForWork(db, ctx, ids.caseId);
  const [row] = await selectDocuments(db, ids.caseId, ids.docId);
  if (!row) throw new AppError('CASE_WORK.DOCUMENT_NOT_FOUND');
  const file = await files.findFile(db, row.doc.fileId);
  await recordCaseEvent(db, ctx, ids.caseId, 'case.document.downloaded', {
    documentId: row.doc.id,
    title: row.doc.title,
  });
  return { file, content: await files.openContent(file) };
}
