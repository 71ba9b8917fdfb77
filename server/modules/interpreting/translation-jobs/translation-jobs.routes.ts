import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../contracts/identity.ts';
import {
  TranslationCancelledSchema,
  TranslationJobSchema,
  TranslationListQuerySchema,
  TranslationListSchema,
  TranslationQuotedSchema,
  TranslationUploadFieldsSchema,
} from '../../../../contracts/interpreting-translations.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import {
  deliverTranslation,
  openTranslationDocument,
  type TranslationDocument,
} from './translation-delivery.service.ts';
import {
  acceptQuote,
  cancelTranslation,
  getTranslation,
  listTranslations,
  requestTranslation,
} from './translation-jobs.service.ts';
import { translationOffersRoutes } from './translation-offers.routes.ts';
import { readTranslationForm } from './translation-upload.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const uploadRefusals = { ...refusals, 409: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema };
// Streams bypass the serializer; the schema documents the download in the OpenAPI document.
const DownloadSchema = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The document, as an attachment');

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendDocument(reply: FastifyReply, document: TranslationDocument): FastifyReply {
  const { file } = document;
  return reply
    .header('content-type', file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(document.downloadName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-cache')
    .send(document.content);
}

/** Written translations: upload and quote, acceptance, cancellation, delivery, downloads. */
export const translationJobsRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  const deps = { db, files: platform.files, params: platform.params, platform };
  // Only this plugin parses multipart (upload and delivery); the limit is the platform's.
  await app.register(multipart, {
    limits: {
      fileSize: platform.env.MAX_UPLOAD_MB * 1_048_576,
      files: 1,
      fields: 10,
      parts: 11,
      fieldSize: 10_000,
    },
  });

  app.post(
    '/translations',
    {
      schema: {
        tags,
        summary:
          'Order a translation: multipart form with the document ("file": docx, odt, pdf, txt) and the fields sourceLanguage (default nl), targetLanguage, deadline, clientReference, notes; answers the word count and the quote',
        consumes: ['multipart/form-data'],
        response: { 201: TranslationQuotedSchema, ...uploadRefusals },
      },
    },
    async (request, reply) => {
      // Authorise before reading a possibly large upload.
      requirePermission(request.ctx, 'interpreting.request');
      const form = await readTranslationForm(request);
      const fields = TranslationUploadFieldsSchema.parse(form.fields);
      return reply.status(201).send(await requestTranslation(deps, request.ctx, fields, form.document));
    },
  );

  app.get(
    '/translations',
    {
      schema: {
        tags,
        summary: 'Translation jobs the caller may see (own organisation, own assignments, or all for staff)',
        querystring: TranslationListQuerySchema,
        response: { 200: TranslationListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listTranslations(db, request.ctx, request.query.status) }),
  );

  app.get(
    '/translations/:id',
    {
      schema: {
        tags,
        summary: 'One translation job',
        params: IdParamsSchema,
        response: { 200: TranslationJobSchema, ...refusals },
      },
    },
    async (request) => getTranslation(db, request.ctx, request.params.id),
  );

  app.post(
    '/translations/:id/accept-quote',
    {
      schema: {
        tags,
        summary: 'Accept the quote; only then is the job offered to translators',
        params: IdParamsSchema,
        response: { 200: TranslationJobSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => acceptQuote(db, request.ctx, request.params.id),
  );

  app.post(
    '/translations/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a translation: free while quoted, the full price once the quote is accepted',
        params: IdParamsSchema,
        response: { 200: TranslationCancelledSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => cancelTranslation(db, request.ctx, request.params.id),
  );

  app.post(
    '/translations/:id/delivery',
    {
      schema: {
        tags,
        summary:
          'The assigned translator delivers the translation (multipart, part "file": docx, odt, pdf, txt)',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 200: TranslationJobSchema, ...uploadRefusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.work');
      const form = await readTranslationForm(request);
      return deliverTranslation(deps, request.ctx, request.params.id, form.document);
    },
  );

  for (const which of ['delivery', 'source'] as const) {
    app.get(
      `/translations/:id/${which}`,
      {
        schema: {
          tags,
          summary:
            which === 'delivery'
              ? 'Download the delivered translation (the requesting organisation, staff, the translator)'
              : 'Download the source document (the requesting organisation, staff, the translator, a translator it is offered to)',
          params: IdParamsSchema,
          response: { 200: DownloadSchema, 409: ProblemSchema, ...refusals },
        },
      },
      async (request, reply) =>
        sendDocument(reply, await openTranslationDocument(deps, request.ctx, request.params.id, which)),
    );
  }

  await app.register(translationOffersRoutes, { platform });
};
