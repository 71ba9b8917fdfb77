import type { z } from 'zod';
import {
  ApprovalSchema,
  InvoiceListSchema,
  InvoiceSchema,
  StatementSchema,
  TimesheetSchema,
} from '../../../contracts/interpreting-billing.ts';
import {
  type TimesheetQueueQuery,
  TimesheetQueueSchema,
} from '../../../contracts/interpreting-billing-queue.ts';
import { InterpretingFiguresSchema } from '../../../contracts/interpreting-figures.ts';
import { InterpreterListSchema } from '../../../contracts/interpreting-register.ts';
import {
  MyTranslationOffersSchema,
  type TranslationFileSchema,
  TranslationJobSchema,
  TranslationListSchema,
  TranslationOffersSentSchema,
  TranslationQuotedSchema,
} from '../../../contracts/interpreting-translations.ts';
import { api } from '../../lib/api-client.ts';
import { type UploadProgress, uploadFile } from '../../lib/upload.ts';

/** Typed calls of the billing, translation and figures routes of /api/interpreting. */

const BASE = '/api/interpreting';
const id = (value: string) => encodeURIComponent(value);

export const billingKeys = {
  all: ['interpreting'] as const,
  timesheets: (query: Partial<TimesheetQueueQuery>) => ['interpreting', 'timesheet-queue', query] as const,
  invoices: (query: InvoiceQuery) => ['interpreting', 'invoices', query] as const,
  statement: (interpreterId: string, month: string) =>
    ['interpreting', 'statement', interpreterId, month] as const,
  interpreters: ['interpreting', 'interpreter-register'] as const,
  translations: ['interpreting', 'translations'] as const,
  translationOffers: ['interpreting', 'translation-offers'] as const,
  figures: (from: string, to: string) => ['interpreting', 'figures', from, to] as const,
};

export const listTimesheetQueue = (query: Partial<TimesheetQueueQuery>) =>
  api.get(`${BASE}/timesheets`, { query, schema: TimesheetQueueSchema, report: false });

export const approveTimesheet = (assignmentId: string) =>
  api.post(
    `${BASE}/assignments/${id(assignmentId)}/timesheet/approve`,
    {},
    {
      schema: ApprovalSchema,
      report: false,
    },
  );

export const rejectTimesheet = (assignmentId: string, note: string) =>
  api.post(
    `${BASE}/assignments/${id(assignmentId)}/timesheet/reject`,
    { note },
    {
      schema: TimesheetSchema,
      report: false,
    },
  );

export type InvoiceQuery = { organisationId?: string; quarter?: string };

export const listInvoices = (query: InvoiceQuery) =>
  api.get(`${BASE}/invoices`, { query, schema: InvoiceListSchema, report: false });

export const getInvoice = (invoiceId: string) =>
  api.get(`${BASE}/invoices/${id(invoiceId)}`, { schema: InvoiceSchema, report: false });

export const createInvoice = (organisationId: string, quarter: string) =>
  api.post(`${BASE}/invoices`, { organisationId, quarter }, { schema: InvoiceSchema, report: false });

export const getStatement = (interpreterId: string, month: string) =>
  api.get(`${BASE}/interpreters/${id(interpreterId)}/statements/${id(month)}`, {
    schema: StatementSchema,
    report: false,
  });

export const statementCsvUrl = (interpreterId: string, month: string) =>
  `${BASE}/interpreters/${id(interpreterId)}/statements/${id(month)}.csv`;

/** Every interpreter of the register (up to 200), for a picker with type-ahead. */
export const listInterpreters = () =>
  api.get(`${BASE}/interpreters`, { query: { limit: 200 }, schema: InterpreterListSchema, report: false });

export const getFigures = (from: string, to: string) =>
  api.get(`${BASE}/figures`, { query: { from, to }, schema: InterpretingFiguresSchema, report: false });

export const listTranslations = () =>
  api.get(`${BASE}/translations`, { schema: TranslationListSchema, report: false });

/** Uploads the document with its fields; the answer carries the word count and the quote. */
export async function orderTranslation(
  file: File,
  fields: Record<string, string>,
  onProgress?: (p: UploadProgress) => void,
) {
  const answer = await uploadFile<unknown>(`${BASE}/translations`, file, { fields, onProgress });
  return TranslationQuotedSchema.parse(answer);
}

export const acceptQuote = (jobId: string) =>
  api.post(
    `${BASE}/translations/${id(jobId)}/accept-quote`,
    {},
    {
      schema: TranslationJobSchema,
      report: false,
    },
  );

export const offerTranslation = (jobId: string, interpreterIds: string[]) =>
  api.post(
    `${BASE}/translations/${id(jobId)}/offers`,
    { interpreterIds },
    {
      schema: TranslationOffersSentSchema,
      report: false,
    },
  );

export const listMyTranslationOffers = () =>
  api.get(`${BASE}/translation-offers`, {
    query: { status: 'open' },
    schema: MyTranslationOffersSchema,
    report: false,
  });

export const answerTranslationOffer = (offerId: string, accept: boolean) =>
  api.post<unknown>(
    `${BASE}/translation-offers/${id(offerId)}/${accept ? 'accept' : 'decline'}`,
    {},
    {
      report: false,
    },
  );

export async function deliverTranslation(
  jobId: string,
  file: File,
  onProgress?: (p: UploadProgress) => void,
) {
  const answer = await uploadFile<unknown>(`${BASE}/translations/${id(jobId)}/delivery`, file, {
    onProgress,
  });
  return TranslationJobSchema.parse(answer);
}

export type TranslationFile = z.infer<typeof TranslationFileSchema>;

export const translationFileUrl = (jobId: string, which: 'source' | 'delivery') =>
  `${BASE}/translations/${id(jobId)}/${which}`;
