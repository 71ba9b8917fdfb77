import { ApiError } from '../../lib/api-client.ts';
import type { OfferfeestMessageKey } from './messages/nl.ts';

/** Field name (as the API names it) → the message shown under it. */
export type Problems = Partial<Record<string, OfferfeestMessageKey>>;

export type Failure = { problems: Problems; message?: OfferfeestMessageKey };

// The server's own codes for one field: shown under that field in the visitor's language.
const CODE_FIELDS: Record<string, [string, OfferfeestMessageKey]> = {
  'OFFERFEEST.INVALID_NRN': ['nationalRegisterNumber', 'nrnInvalid'],
  'OFFERFEEST.INVALID_IBAN': ['iban', 'ibanInvalid'],
  'OFFERFEEST.INVALID_HERD_NUMBER': ['herdNumber', 'herdInvalid'],
  'OFFERFEEST.INVOICE_MISSING': ['invoice', 'invoiceMissing'],
  'OFFERFEEST.INVOICE_OUTSIDE_FEAST': ['invoiceDate', 'invoiceOutside'],
  'OFFERFEEST.SLOT_NOT_FOUND': ['slotId', 'slotMissing'],
};

const CODE_MESSAGES: Record<string, OfferfeestMessageKey> = {
  'OFFERFEEST.DUPLICATE': 'duplicate',
  'OFFERFEEST.CLOSED': 'closed',
  'OFFERFEEST.WRONG_REGIME': 'closed',
  'OFFERFEEST.EDITION_NOT_FOUND': 'closed',
};

// A zod field error from the server: our message for that field, not the server's English.
const FIELD_MESSAGES: Record<string, OfferfeestMessageKey> = {
  phone: 'phoneInvalid',
  email: 'emailInvalid',
  postcode: 'postcodeInvalid',
  animals: 'animalsInvalid',
  invoiceCents: 'amountInvalid',
  nationalRegisterNumber: 'nrnInvalid',
  iban: 'ibanInvalid',
  herdNumber: 'herdInvalid',
  slotId: 'slotMissing',
};

/** What a refused send means for the visitor: fields to fix, too many sends, closed, or a failure. */
export function explainFailure(error: unknown, fields: readonly string[]): Failure {
  if (!(error instanceof ApiError)) return { problems: {}, message: 'failed' };
  if (error.status === 429) return { problems: {}, message: 'tooMany' };
  if (error.status === 413 || error.status === 415) return { problems: { invoice: 'invoiceRefused' } };
  const field = CODE_FIELDS[error.code];
  if (field && fields.includes(field[0])) return { problems: { [field[0]]: field[1] } };
  const message = CODE_MESSAGES[error.code];
  if (message) return { problems: {}, message };
  const problems: Problems = {};
  for (const name of Object.keys(error.fieldErrors)) {
    const root = name.split('.')[0] ?? name;
    if (fields.includes(root)) problems[root] = FIELD_MESSAGES[root] ?? 'invalid';
  }
  if (Object.keys(problems).length > 0) return { problems };
  return { problems: {}, message: error.status === 400 || error.status === 422 ? 'invalid' : 'failed' };
}
