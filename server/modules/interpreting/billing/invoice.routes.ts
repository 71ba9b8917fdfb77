import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInvoiceSchema,
  InvoiceListQuerySchema,
  InvoiceListSchema,
  InvoiceSchema,
  StatementParamsSchema,
  StatementSchema,
} from '../../../../contracts/interpreting-billing.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createInvoice, getInvoice, listInvoices } from './invoice.service.ts';
import { invoiceCsv, invoicePdf, invoiceXlsx } from './invoice-documents.ts';
import { interpreterStatement, statementCsv } from './statement.service.ts';

const params = z.object({ id: z.uuid().describe('The invoice') });
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const tags = ['interpreting'];
// Buffers bypass the serializer; the schema documents the download in the OpenAPI document.
const Download = z.custom<Buffer>((value) => Buffer.isBuffer(value)).describe('The file, as an attachment');

const MEDIA = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function download(reply: FastifyReply, name: string, kind: keyof typeof MEDIA, body: Buffer) {
  return reply
    .header('content-type', MEDIA[kind])
    .header('content-disposition', `attachment; filename="${name}.${kind}"`)
    .header('cache-control', 'private, no-cache')
    .send(body);
}

/** Quarterly invoices per organisation (JSON, PDF, CSV, XLSX) and monthly interpreter statements. */
export const invoiceRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps = { db: platform.database.db, params: platform.params };
  const agency = platform.env.BRAND_NAME;

  app.post(
    '/invoices',
    {
      schema: {
        tags,
        summary:
          "Draft an organisation's quarterly invoice from its uninvoiced charges (late cancellations included)",
        body: CreateInvoiceSchema,
        response: { 201: InvoiceSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await createInvoice(deps, request.ctx, request.body)),
  );

  app.get(
    '/invoices',
    {
      schema: {
        tags,
        summary: 'Invoices: billing staff see all, a requester those of her organisation',
        querystring: InvoiceListQuerySchema,
        response: { 200: InvoiceListSchema, ...refusals },
      },
    },
    async (request) => listInvoices(deps.db, request.ctx, request.query),
  );

  app.get(
    '/invoices/:id',
    {
      schema: {
        tags,
        summary: 'One invoice with its lines',
        params,
        response: { 200: InvoiceSchema, ...refusals },
      },
    },
    async (request) => getInvoice(deps.db, request.ctx, request.params.id),
  );

  const documents = [
    { file: 'invoice.pdf', kind: 'pdf', summary: 'The invoice as a PDF, in Dutch' },
    { file: 'lines.csv', kind: 'csv', summary: 'The invoice lines as CSV (UTF-8 with BOM, ";" separated)' },
    { file: 'lines.xlsx', kind: 'xlsx', summary: 'The invoice lines as an Excel workbook' },
  ] as const;
  for (const { file, kind, summary } of documents) {
    app.get(
      `/invoices/:id/${file}`,
      { schema: { tags, summary, params, response: { 200: Download, ...refusals } } },
      async (request, reply) => {
        const invoice = await getInvoice(deps.db, request.ctx, request.params.id);
        const body =
          kind === 'pdf'
            ? await invoicePdf(invoice, agency)
            : kind === 'csv'
              ? invoiceCsv(invoice)
              : await invoiceXlsx(invoice, agency);
        return download(reply, invoice.number, kind, body);
      },
    );
  }

  app.get(
    '/interpreters/:id/statements/:month',
    {
      schema: {
        tags,
        summary: "An interpreter's monthly statement: approved sessions, hours, km and the fee owed",
        params: StatementParamsSchema,
        response: { 200: StatementSchema, ...refusals },
      },
    },
    async (request) => interpreterStatement(deps, request.ctx, request.params.id, request.params.month),
  );

  app.get(
    '/interpreters/:id/statements/:month.csv',
    {
      schema: {
        tags,
        summary: "An interpreter's monthly statement as CSV",
        params: StatementParamsSchema,
        response: { 200: Download, ...refusals },
      },
    },
    async (request, reply) => {
      const statement = await interpreterStatement(
        deps,
        request.ctx,
        request.params.id,
        request.params.month,
      );
      return download(
        reply,
        `afrekening-${statement.interpreterCode}-${statement.month}`,
        'csv',
        statementCsv(statement),
      );
    },
  );
};
