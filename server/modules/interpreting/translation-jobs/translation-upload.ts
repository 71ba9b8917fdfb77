import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/http/app-error.ts';
import type { UploadedDocument } from './translation-jobs.service.ts';

export type TranslationForm = { fields: Record<string, string>; document: UploadedDocument | undefined };

/**
 * Reads a multipart form: text fields plus the one part named "file", in any order. The file is
 * kept in memory (the size limit of the multipart plugin bounds it) because its text is read
 * before anything is stored. A second file, or a file under another name, is refused.
 */
export async function readTranslationForm(request: FastifyRequest): Promise<TranslationForm> {
  const fields: Record<string, string> = {};
  let document: UploadedDocument | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      // An empty input of a browser form means "not given", as for an absent field.
      if (typeof part.value === 'string' && part.value.trim() !== '') fields[part.fieldname] = part.value;
      continue;
    }
    if (part.fieldname !== 'file' || document) {
      part.file.resume();
      throw new AppError('COMMON.VALIDATION_FAILED', 'one file, in the part named "file"', {
        fieldErrors: [{ path: part.fieldname, message: 'unexpected file' }],
      });
    }
    // Busboy leaves the name undefined when the part has none, whatever its type says.
    document = { bytes: await part.toBuffer(), originalName: part.filename ?? '' };
  }
  return { fields, document };
}
