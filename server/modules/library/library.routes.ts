import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import {
  LibraryDocumentCreateSchema,
  LibraryDocumentSchema,
  LibraryDocumentUpdateSchema,
  LibraryLangSchema,
  LibraryTranslationCreateSchema,
  LibraryVersionCreateSchema,
} from '../../../contracts/library.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { addLibraryTranslation, addLibraryVersion, createLibraryDocument } from './library.service.ts';
import { downloadTranslation, sendDownload } from './library-download.ts';
import { getLibraryDocument, updateLibraryDocument } from './library-facts.service.ts';
import { contentOf, readLibraryForm } from './library-form.ts';
import { visibilitiesOf } from './library-policy.ts';

const tags = ['library'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const uploadRefusals = {
  ...refusals,
  409: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
  422: ProblemSchema,
};
const LangParamsSchema = IdParamsSchema.extend({ lang: LibraryLangSchema });
// Streams bypass the serializer; the schema documents the download in the OpenAPI document.
const DownloadSchema = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The file, as an attachment');
const CONTENT_NOTE =
  'JSON with the content as `text` or the `fileId` of an earlier /api/files upload, or multipart/form-data with the same fields and one part "file" (docx, odt, pdf, txt)';

/**
 * The body of an upload route: JSON (validated by the route schema) or a multipart form, whose
 * fields are validated here with the same schema.
 */
async function uploadBody<T extends { text?: string | undefined; fileId?: string | undefined }>(
  request: FastifyRequest,
  schema: z.ZodType<T>,
) {
  if (!request.isMultipart()) {
    const body = schema.parse(request.body ?? {});
    return { body, content: contentOf(body) };
  }
  const form = await readLibraryForm(request);
  const body = schema.parse(form.fields);
  return { body, content: contentOf(body, form.file) };
}

/**
 * Translation library: documents, their languages and versions, downloads. The search
 * (`GET /library/documents`) lives in its own plugin (library-search); this one parses multipart
 * for its uploads only.
 */
export const libraryRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const { files, logger } = platform;
  const options = { logger };
  // One byte over the limit reaches the content reader, which answers FILES.TOO_LARGE.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: files.maxUploadBytes + 1, files: 1, fields: 20, parts: 21, fieldSize: 10_000 },
  });

  app.post(
    '/library/documents',
    {
      schema: {
        tags,
        summary: `Add a document with its Dutch original as version 1: ${CONTENT_NOTE}`,
        consumes: ['application/json', 'multipart/form-data'],
        body: LibraryDocumentCreateSchema.nullish(),
        response: { 201: LibraryDocumentSchema, ...uploadRefusals },
      },
    },
    async (request, reply) => {
      // Authorise before reading a possibly large upload.
      requirePermission(request.ctx, 'library.manage');
      const { body, content } = await uploadBody(request, LibraryDocumentCreateSchema);
      const { text: _text, fileId: _fileId, ...fields } = body;
      return reply
        .status(201)
        .send(await createLibraryDocument(db, files, request.ctx, { ...fields, content }));
    },
  );

  app.get(
    '/library/documents/:id',
    {
      schema: {
        tags,
        summary: 'One document with every language and its versions (newest first)',
        params: IdParamsSchema,
        response: { 200: LibraryDocumentSchema, ...refusals },
      },
    },
    async (request) => getLibraryDocument(db, request.ctx, request.params.id),
  );

  app.patch(
    '/library/documents/:id',
    {
      schema: {
        tags,
        summary: "Change a document's facts: sector, themes, type, visibility, source, review date, status",
        params: IdParamsSchema,
        body: LibraryDocumentUpdateSchema,
        response: { 200: LibraryDocumentSchema, ...refusals },
      },
    },
    async (request) => updateLibraryDocument(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/library/documents/:id/translations',
    {
      schema: {
        tags,
        summary: `Add a language to a document (not nl: that is the original): ${CONTENT_NOTE}`,
        consumes: ['application/json', 'multipart/form-data'],
        params: IdParamsSchema,
        body: LibraryTranslationCreateSchema.nullish(),
        response: { 201: LibraryDocumentSchema, ...uploadRefusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'library.manage');
      const { body, content } = await uploadBody(request, LibraryTranslationCreateSchema);
      const { text: _text, fileId: _fileId, ...fields } = body;
      const input = { ...fields, content };
      return reply
        .status(201)
        .send(await addLibraryTranslation(db, files, request.ctx, request.params.id, input, options));
    },
  );

  app.post(
    '/library/documents/:id/translations/:lang/versions',
    {
      schema: {
        tags,
        summary: `A new version of one language; the older ones are kept: ${CONTENT_NOTE}`,
        consumes: ['application/json', 'multipart/form-data'],
        params: LangParamsSchema,
        body: LibraryVersionCreateSchema.nullish(),
        response: { 201: LibraryDocumentSchema, ...uploadRefusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'library.manage');
      const { body, content } = await uploadBody(request, LibraryVersionCreateSchema);
      const { text: _text, fileId: _fileId, ...fields } = body;
      const { id, lang } = request.params;
      const input = { ...fields, content };
      return reply
        .status(201)
        .send(await addLibraryVersion(db, files, request.ctx, id, lang, input, options));
    },
  );

  app.get(
    '/library/documents/:id/translations/:lang/file',
    {
      schema: {
        tags,
        summary: "Download a language's current file (counted)",
        params: LangParamsSchema,
        response: { 200: DownloadSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'library.read');
      const { id, lang } = request.params;
      return sendDownload(reply, await downloadTranslation(db, files, visibilitiesOf(request.ctx), id, lang));
    },
  );
};
