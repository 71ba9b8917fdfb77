import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import type { LibraryContent } from './library-content.ts';

export type LibraryForm = {
  fields: Record<string, string | string[]>;
  file: { bytes: Uint8Array; fileName: string } | undefined;
};

/** Fields that are lists: a browser form repeats them, a script may send them comma-separated. */
const LIST_FIELDS = new Set(['themes']);

/**
 * Reads a multipart form: text fields plus the one part named "file", in any order. The file is
 * kept in memory (the multipart limits bound it) because its type and text are checked before
 * anything is stored. A second file, or a file under another name, is refused.
 */
export async function readLibraryForm(request: FastifyRequest): Promise<LibraryForm> {
  const fields: Record<string, string | string[]> = {};
  let file: LibraryForm['file'];
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const value = typeof part.value === 'string' ? part.value : '';
      if (LIST_FIELDS.has(part.fieldname)) {
        const previous = fields[part.fieldname];
        const items = value.split(',').filter((item) => item.trim() !== '');
        fields[part.fieldname] = [...(Array.isArray(previous) ? previous : []), ...items];
      } else if (value.trim() !== '') {
        // An empty input of a browser form means "not given", as for an absent field.
        fields[part.fieldname] = value;
      }
      continue;
    }
    if (part.fieldname !== 'file' || file) {
      part.file.resume();
      throw new AppError('COMMON.VALIDATION_FAILED', 'one file, in the part named "file"', {
        fieldErrors: [{ path: part.fieldname, message: 'unexpected file' }],
      });
    }
    const bytes = await part.toBuffer();
    // Busboy truncates at the size limit instead of throwing: a truncated file is too large.
    if (part.file.truncated) throw new AppError('FILES.TOO_LARGE');
    file = { bytes, fileName: part.filename ?? '' };
  }
  return { fields, file };
}

/** The one content of a request: pasted text, an earlier upload, or the form's file. */
export function contentOf(
  body: { text?: string | undefined; fileId?: string | undefined },
  file?: LibraryForm['file'],
): LibraryContent {
  const given = [body.text !== undefined, body.fileId !== undefined, file !== undefined].filter(
    Boolean,
  ).length;
  if (given === 0) throw new AppError('LIBRARY.NO_CONTENT');
  if (given > 1) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'give one content: text, fileId or a file', {
      fieldErrors: [{ path: 'text', message: 'only one of text, fileId, file' }],
    });
  }
  if (file) return file;
  if (body.fileId !== undefined) return { fileId: body.fileId };
  return { text: body.text ?? '' };
}
