import type { FastifyRequest } from 'fastify';
import {
  SCHOLARSHIP_FILE_PARTS,
  type ScholarshipApplicationForm,
  ScholarshipApplicationFormSchema,
  type ScholarshipFilePart,
} from '../../../../contracts/public-forms.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { UploadedFile } from './public-submissions.service.ts';

const FILE_PARTS: ReadonlySet<string> = new Set(SCHOLARSHIP_FILE_PARTS);
const isFilePart = (name: string): name is ScholarshipFilePart => FILE_PARTS.has(name);

function refuse(path: string, message: string): AppError {
  return new AppError('COMMON.VALIDATION_FAILED', message, { fieldErrors: [{ path, message }] });
}

function parseData(text: string | undefined): ScholarshipApplicationForm {
  if (text === undefined) throw refuse('data', 'the form fields, as JSON in a part named "data"');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse('data', 'is not valid JSON');
  }
  // A ZodError answers 400 with one field error per wrong field (paths as in the JSON).
  return ScholarshipApplicationFormSchema.parse(json);
}

/**
 * Reads the scholarship form: a text part `data` (JSON) and file parts `statusDocument` /
 * `incomeProof`, in any order. Files are kept in memory (the multipart limits bound their number
 * and size) because their content is sniffed before anything is stored. Any other part, a
 * missing `data` or no file at all is refused with a field error before anything is written.
 */
export async function readScholarshipForm(
  request: FastifyRequest,
): Promise<{ form: ScholarshipApplicationForm; uploads: UploadedFile[] }> {
  if (!request.isMultipart()) throw new AppError('COMMON.UNSUPPORTED_MEDIA_TYPE', 'send multipart/form-data');
  let data: string | undefined;
  const uploads: UploadedFile[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.fieldname !== 'data')
        throw refuse(part.fieldname, 'unexpected field; send the fields in "data"');
      data = typeof part.value === 'string' ? part.value : '';
      continue;
    }
    if (!isFilePart(part.fieldname)) {
      part.file.resume();
      throw refuse(part.fieldname, `unexpected file; use ${SCHOLARSHIP_FILE_PARTS.join(' or ')}`);
    }
    const bytes = await part.toBuffer();
    // Busboy truncates at the size limit instead of throwing: a truncated file is too large.
    if (part.file.truncated) throw new AppError('FILES.TOO_LARGE');
    uploads.push({ part: part.fieldname, bytes, fileName: part.filename ?? '' });
  }
  const form = parseData(data);
  if (uploads.length === 0) throw refuse('statusDocument', 'at least one document is required');
  return { form, uploads };
}
