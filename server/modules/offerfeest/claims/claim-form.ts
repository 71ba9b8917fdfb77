import type { FastifyRequest } from 'fastify';
import { type CreateClaim, CreateClaimSchema } from '../../../../contracts/offerfeest.ts';
import { AppError } from '../../../platform/http/index.ts';

export type InvoiceUpload = { bytes: Uint8Array; fileName: string };

const FIELDS: ReadonlySet<string> = new Set(Object.keys(CreateClaimSchema.shape));

function refuse(path: string, message: string): AppError {
  return new AppError('COMMON.VALIDATION_FAILED', message, { fieldErrors: [{ path, message }] });
}

/**
 * Reads the claim form: one text part per CreateClaimSchema field and the file part `invoice`.
 * The file is kept in memory (the multipart limits bound it) because its content is sniffed
 * before anything is stored. A JSON body or no file: OFFERFEEST.INVOICE_MISSING; an unknown part
 * or a bad field: 400 with field errors — all before anything is written.
 */
export async function readClaimForm(
  request: FastifyRequest,
): Promise<{ form: CreateClaim; invoice: InvoiceUpload }> {
  if (!request.isMultipart()) throw new AppError('OFFERFEEST.INVOICE_MISSING', 'send multipart/form-data');
  const fields: Record<string, string> = {};
  let invoice: InvoiceUpload | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (!FIELDS.has(part.fieldname)) throw refuse(part.fieldname, 'unexpected field');
      fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
      continue;
    }
    if (part.fieldname !== 'invoice' || invoice) {
      part.file.resume();
      throw refuse(part.fieldname, 'unexpected file; send one file named "invoice"');
    }
    const bytes = await part.toBuffer();
    // Busboy truncates at the size limit instead of throwing: a truncated file is too large.
    if (part.file.truncated) throw new AppError('FILES.TOO_LARGE');
    invoice = { bytes, fileName: part.filename ?? 'invoice' };
  }
  // Empty optional fields, as a browser form sends them, count as absent.
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
  if (!invoice || invoice.bytes.length === 0) throw new AppError('OFFERFEEST.INVOICE_MISSING');
  return { form: CreateClaimSchema.parse(present), invoice };
}
