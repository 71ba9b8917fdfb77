import { extractText as extractPdfText, getDocumentProxy } from 'unpdf';
import { AppError } from '../http/app-error.ts';
import { decodeText, normaliseText } from './decode-text.ts';
import { docxText } from './docx.ts';
import { odtContentText } from './odt.ts';
import { openZip, readEntry } from './zip-guard.ts';

export const TEXT_MEDIA_TYPES = {
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
} as const;

export type ExtractedText = { text: string; pages?: number };
export type ExtractOptions = {
  /** Refuse office documents that inflate past this (zip bombs); default 64 MiB. */
  maxInflatedBytes?: number;
};

const DEFAULT_MAX_INFLATED = 64 * 1_048_576;

/**
 * The plain text of a document, for counting words and (later) matching it in the translation
 * library. `mediaType` is the type sniffed from the content, never the file name; any type other
 * than txt, docx, odt or pdf is refused with FILES.TYPE_NOT_ALLOWED, and content that does not
 * parse as its type with TEXT.UNREADABLE.
 */
export async function extractText(
  bytes: Uint8Array,
  mediaType: string,
  options: ExtractOptions = {},
): Promise<ExtractedText> {
  const maxInflated = options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED;
  const type = mediaType.split(';')[0]?.trim().toLowerCase();
  switch (type) {
    case TEXT_MEDIA_TYPES.txt:
      return { text: normaliseText(decodeText(bytes)) };
    case TEXT_MEDIA_TYPES.docx:
      await openZip(bytes, maxInflated);
      return { text: normaliseText(await docxText(bytes)) };
    case TEXT_MEDIA_TYPES.odt:
      return { text: normaliseText(await odtText(bytes, maxInflated)) };
    case TEXT_MEDIA_TYPES.pdf:
      return pdfText(bytes);
    default:
      throw new AppError('FILES.TYPE_NOT_ALLOWED', `no text can be read from ${mediaType}`);
  }
}

async function odtText(bytes: Uint8Array, maxInflated: number): Promise<string> {
  const zip = await openZip(bytes, maxInflated);
  return odtContentText(await readEntry(zip, 'content.xml'));
}

async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'not a readable PDF', { cause: error });
  }
  try {
    const { text, totalPages } = await extractPdfText(document, { mergePages: true });
    return { text: normaliseText(text), pages: totalPages };
  } catch (error) {
    throw new AppError('TEXT.UNREADABLE', 'the PDF text could not be read', { cause: error });
  } finally {
    await document.loadingTask.destroy();
  }
}
