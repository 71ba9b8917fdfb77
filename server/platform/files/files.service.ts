import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FileInfoSchema } from '../../../contracts/platform.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import type { FileStore, StagedContent } from './file-store.ts';
import { findStoredFile, insertStoredFile, type StoredFileRow } from './files.repository.ts';
import { sniffMediaType } from './sniff.ts';

export type FileInfo = z.infer<typeof FileInfoSchema>;
export type StoredFile = FileInfo & { uploadedBy: string | null };

export type UploadInput = ({ bytes: Uint8Array } | { stream: Readable }) & {
  /** The name the uploader gave; kept for display and download only, never trusted for the type. */
  originalName: string;
  /** Media types accepted for this upload, compared with the type sniffed from the content. */
  allowed: readonly string[];
};

export type FileService = {
  store: FileStore;
  maxUploadBytes: number;
  /** Checks size and type, keeps the bytes (once per content) and records the upload, audited. */
  storeUpload(db: Db, ctx: RequestContext, input: UploadInput): Promise<FileInfo>;
  /** The file's record, without access checks (callers apply their own rule); FILES.NOT_FOUND. */
  findFile(db: Db, id: string): Promise<StoredFile>;
  openContent(file: Pick<FileInfo, 'sha256'>): Promise<Readable>;
};

/** Keeps the last path segment, without control characters, so the name is safe in a header or a UI. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.slice(0, 255) || 'file';
}

function toFileInfo(row: StoredFileRow): FileInfo {
  return {
    id: row.id,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.mediaType,
    originalName: row.originalName,
    createdAt: row.createdAt.toISOString(),
  };
}

async function checkStaged(staged: StagedContent, allowed: readonly string[]): Promise<string> {
  if (staged.size === 0) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'the file is empty', {
      fieldErrors: [{ path: 'file', message: 'is empty' }],
    });
  }
  const mediaType = await sniffMediaType(() => staged.read());
  if (!mediaType || !allowed.includes(mediaType)) {
    throw new AppError('FILES.TYPE_NOT_ALLOWED', `the content is ${mediaType ?? 'of an unknown type'}`);
  }
  return mediaType;
}

/** Serialises an upload's row and the purge's deletion of the same content (see purge.ts). */
export async function lockContent(tx: Db, sha256: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`file-content:${sha256}`}))`);
}

export function createFileService(options: { store: FileStore; maxUploadBytes: number }): FileService {
  const { store, maxUploadBytes } = options;
  return {
    store,
    maxUploadBytes,
    async storeUpload(db, ctx, input) {
      const source = 'bytes' in input ? input.bytes : input.stream;
      const staged = await store.stage(source, { maxBytes: maxUploadBytes });
      let mediaType: string;
      try {
        mediaType = await checkStaged(staged, input.allowed);
      } catch (error) {
        await staged.discard();
        throw error;
      }
      try {
        return await db.transaction(async (tx) => {
          // The purge job takes the same lock before it deletes a hash's content: it either runs
          // before this upload (and the commit below writes the bytes again) or sees this row.
          await lockContent(tx, staged.sha256);
          const inserted = await insertStoredFile(tx, {
            sha256: staged.sha256,
            size: staged.size,
            mediaType,
            originalName: cleanFileName(input.originalName),
            uploadedBy: ctx.actor?.id ?? null,
          });
          const after = toFileInfo(inserted);
          await recordAudit(tx, ctx, {
            action: 'file.uploaded',
            entity: 'stored_file',
            entityId: after.id,
            after,
          });
          await staged.commit();
          return after;
        });
      } catch (error) {
        // Bytes committed without a row (the transaction failed late) are harmless: equal content reuses them.
        await staged.discard().catch(() => {});
        throw error;
      }
    },
    async findFile(db, id) {
      const row = await findStoredFile(db, id);
      if (!row) throw new AppError('FILES.NOT_FOUND');
      return { ...toFileInfo(row), uploadedBy: row.uploadedBy };
    },
    openContent: (file) => store.get(file.sha256),
  };
}
