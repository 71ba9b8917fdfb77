import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { LibraryVisibility } from '../../../contracts/library.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileService, StoredFile } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { countDownload, findDocument, findVersion } from './library.repository.ts';
import { extensionOf } from './library-content.ts';

export type LibraryDownload = { file: StoredFile; downloadName: string; content: Readable };

/**
 * A name that is safe in a header and on any disk: the title without path separators, control
 * or reserved characters, then the language and the extension of the content's type.
 */
export function downloadName(title: string, lang: string, mediaType: string): string {
  const stem = title
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'document'} (${lang}).${extensionOf(mediaType)}`;
}

/**
 * The current file of one language, counted as a download. Shared by the signed-in route and the
 * portal's public one (which passes `['public']`): a document outside `visibilities` does not
 * exist. Library documents hold no personal data, so downloads are counted, not audited.
 */
export async function downloadTranslation(
  db: Db,
  files: FileService,
  visibilities: readonly LibraryVisibility[],
  id: string,
  lang: string,
): Promise<LibraryDownload> {
  const counted = await countDownload(db, id, lang.toLowerCase(), visibilities);
  if (!counted?.currentVersionId) {
    if (!(await findDocument(db, id, visibilities))) throw new AppError('LIBRARY.DOCUMENT_NOT_FOUND');
    throw new AppError('LIBRARY.TRANSLATION_NOT_FOUND');
  }
  const version = await findVersion(db, counted.currentVersionId);
  if (!version) throw new AppError('LIBRARY.TRANSLATION_NOT_FOUND');
  const file = await files.findFile(db, version.fileId);
  return {
    file,
    downloadName: downloadName(counted.title, lang.toLowerCase(), file.mediaType),
    content: await files.openContent(file),
  };
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a download with headers that keep a browser from running or sniffing it (also for the portal). */
export function sendDownload(reply: FastifyReply, download: LibraryDownload): FastifyReply {
  const { file } = download;
  return reply
    .header('content-type', file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(download.downloadName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(download.content);
}
