import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { sniffMediaType } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { extractText, TEXT_MEDIA_TYPES } from '../../platform/text/index.ts';
import { plainLanguageError } from './errors.ts';

export type UploadedText = { text: string; file: { name: string; mediaType: string } };

const ALLOWED: readonly string[] = Object.values(TEXT_MEDIA_TYPES);

/**
 * The text of the one file of a multipart form (part "file": docx, odt, pdf or txt). The type is
 * sniffed from the bytes, never the name; nothing is stored: the file lives only for this request.
 */
export async function readUploadedText(request: FastifyRequest): Promise<UploadedText> {
  let upload: { bytes: Buffer; name: string } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') continue;
    if (part.fieldname !== 'file' || upload) {
      part.file.resume();
      throw new AppError('COMMON.VALIDATION_FAILED', 'one file, in the part named "file"', {
        fieldErrors: [{ path: part.fieldname, message: 'unexpected file' }],
      });
    }
    upload = { bytes: await part.toBuffer(), name: part.filename ?? '' };
  }
  if (!upload || upload.bytes.length === 0) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'no document in the form', {
      fieldErrors: [{ path: 'file', message: 'required: a docx, odt, pdf or txt file' }],
    });
  }
  const bytes = upload.bytes;
  const mediaType = await sniffMediaType(() => Readable.from([bytes]));
  if (!mediaType || !ALLOWED.includes(mediaType)) {
    throw new AppError(
      'FILES.TYPE_NOT_ALLOWED',
      `the check reads docx, odt, pdf or txt, not ${mediaType ?? 'this'}`,
    );
  }
  const extracted = (await extractText(bytes, mediaType)).text;
  const text = mediaType === TEXT_MEDIA_TYPES.pdf ? unwrapPdfLines(extracted) : extracted;
  // A scanned PDF has pages but no text layer.
  if (text.trim() === '') throw plainLanguageError('PLAIN_LANGUAGE.NO_TEXT');
  return { text, file: { name: upload.name, mediaType } };
}

/**
 * A PDF has no paragraphs, only lines: its text breaks wherever the layout wrapped, and a line break
 * ends a sentence for the check. So a line that does not end a sentence (. ! ? : ;) runs on into the
 * next one. Headings without a full stop may glue onto the paragraph below: the lesser evil.
 */
export function unwrapPdfLines(text: string): string {
  return text.replace(/([^\n.!?:;])\n(?=[^\n])/gu, '$1 ');
}
