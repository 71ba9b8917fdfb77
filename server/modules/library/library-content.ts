import { Readable } from 'node:stream';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { canReadFile, cleanFileName, type FileService, sniffMediaType } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { extractText, TEXT_MEDIA_TYPES } from '../../platform/text/index.ts';
import { countWords } from '../translation-memory/index.ts';

/** The content of a new translation or version: pasted text, uploaded bytes, or an earlier upload. */
export type LibraryContent = { text: string } | { bytes: Uint8Array; fileName: string } | { fileId: string };

/** What a version keeps: the stored file, its name and type, the extracted text and its words. */
export type StoredContent = {
  fileId: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  extractedText: string;
  wordCount: number;
};

/** A read (not yet stored) content: stored only once the rest of the request is known to be valid. */
export type ReadContent = {
  source: { bytes: Uint8Array; fileName: string } | { fileId: string; sha256: string; fileName: string };
  mediaType: string;
  extractedText: string;
  wordCount: number;
};

export const LIBRARY_MEDIA_TYPES: readonly string[] = Object.values(TEXT_MEDIA_TYPES);

const EXTENSIONS: Record<string, string> = Object.fromEntries(
  Object.entries(TEXT_MEDIA_TYPES).map(([extension, type]) => [type, extension]),
);

/** The usual extension of a library media type (for download names). */
export function extensionOf(mediaType: string): string {
  return EXTENSIONS[mediaType] ?? 'bin';
}

/** A name for pasted text, from the title: letters and digits of any script, dashes between. */
export function textFileName(title: string): string {
  const stem = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'document'}.txt`;
}

async function toBytes(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Type from the content (never the name), text extracted, words counted CAT-style; nothing stored. */
async function analyse(bytes: Uint8Array) {
  const mediaType = await sniffMediaType(() => Readable.from([Buffer.from(bytes)]));
  if (!mediaType || !LIBRARY_MEDIA_TYPES.includes(mediaType)) {
    throw new AppError('LIBRARY.FILE_TYPE', `the content is ${mediaType ?? 'of an unknown type'}`);
  }
  const { text } = await extractText(bytes, mediaType);
  const wordCount = countWords(text);
  if (wordCount === 0) throw new AppError('LIBRARY.NO_TEXT');
  return { mediaType, extractedText: text, wordCount };
}

/**
 * Reads a content before anything is written, so that a bad file leaves no trace. Pasted text
 * becomes a UTF-8 .txt file named after the title; an earlier upload is reused as it is (its
 * uploader or staff only, as for the files API).
 */
export async function readContent(
  db: Db,
  files: FileService,
  ctx: RequestContext,
  content: LibraryContent,
  title: string,
): Promise<ReadContent> {
  if ('fileId' in content) {
    const file = await files.findFile(db, content.fileId);
    if (ctx.actor && !canReadFile(ctx.actor, file)) throw new AppError('FILES.NOT_FOUND');
    const bytes = await toBytes(await files.openContent(file));
    const read = await analyse(bytes);
    return { ...read, source: { fileId: file.id, sha256: file.sha256, fileName: file.originalName } };
  }
  const upload =
    'text' in content
      ? { bytes: new TextEncoder().encode(content.text), fileName: textFileName(title) }
      : { bytes: content.bytes, fileName: cleanFileName(content.fileName) };
  if (upload.bytes.length === 0) throw new AppError('LIBRARY.NO_CONTENT', 'the file is empty');
  if (upload.bytes.length > files.maxUploadBytes) throw new AppError('FILES.TOO_LARGE');
  return { ...(await analyse(upload.bytes)), source: upload };
}

/** Stores the bytes (content-addressed, audited by the file service) in the caller's transaction. */
export async function storeContent(
  tx: Db,
  files: FileService,
  ctx: RequestContext,
  read: ReadContent,
): Promise<StoredContent> {
  const { source, mediaType, extractedText, wordCount } = read;
  if ('fileId' in source) {
    return {
      fileId: source.fileId,
      sha256: source.sha256,
      fileName: source.fileName,
      mediaType,
      extractedText,
      wordCount,
    };
  }
  const file = await files.storeUpload(tx, ctx, {
    bytes: source.bytes,
    originalName: source.fileName,
    allowed: LIBRARY_MEDIA_TYPES,
  });
  return {
    fileId: file.id,
    sha256: file.sha256,
    fileName: file.originalName,
    mediaType,
    extractedText,
    wordCount,
  };
}
