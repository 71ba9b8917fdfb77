import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileIdParamsSchema, FileInfoSchema, UPLOAD_MEDIA_TYPES } from '../../../contracts/platform.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { RequestContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { requireActor, requirePermission } from '../identity/policy.ts';
import type { Platform } from '../platform.ts';
import { canReadFile } from './files.policy.ts';
import type { StoredFile } from './files.service.ts';
import { TEXT_PLAIN } from './sniff.ts';

const problems = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
// Streams bypass the serializer; the schema documents the download in the OpenAPI document.
const ContentSchema = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The content, with the media type sniffed at upload, as an attachment');

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendContentHeaders(reply: FastifyReply, file: StoredFile): void {
  reply
    .header('content-type', file.mediaType === TEXT_PLAIN ? `${TEXT_PLAIN}; charset=utf-8` : file.mediaType)
    .header('content-length', String(file.size))
    .header('content-disposition', contentDisposition(file.originalName))
    .header('x-content-type-options', 'nosniff')
    // Even if a browser renders it, uploaded content runs no script and loads nothing.
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-cache');
}

/** Uploads (multipart, one file per request) and downloads of stored files, under /api/files. */
export const filesRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { files, database } = platform;
  // Registered here so only these routes parse multipart. One byte over the limit reaches the
  // service, which answers FILES.TOO_LARGE; busboy itself truncates rather than throws.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: files.maxUploadBytes + 1, files: 1, fields: 10, parts: 11, fieldSize: 10_000 },
  });

  const readable = async (ctx: RequestContext, id: string) => {
    const actor = requireActor(ctx);
    const file = await files.findFile(database.db, id);
    if (!canReadFile(actor, file)) throw new AppError('COMMON.FORBIDDEN', 'not your file');
    return file;
  };

  app.post(
    '/files',
    {
      schema: {
        tags: ['files'],
        summary: 'Upload one file (multipart/form-data, field "file"); the type is read from the content',
        consumes: ['multipart/form-data'],
        response: {
          201: FileInfoSchema,
          400: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          ...problems,
        },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'files.upload');
      const part = await request.file();
      if (part?.fieldname !== 'file') {
        part?.file.resume();
        throw new AppError('COMMON.VALIDATION_FAILED', 'no file in the form', {
          fieldErrors: [{ path: 'file', message: 'required' }],
        });
      }
      const info = await files.storeUpload(database.db, request.ctx, {
        stream: part.file,
        // Busboy leaves the name undefined when the part has none, whatever its type says.
        originalName: part.filename ?? '',
        allowed: UPLOAD_MEDIA_TYPES,
      });
      return reply.status(201).send(info);
    },
  );

  app.get(
    '/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: "A stored file's metadata (its uploader or staff)",
        params: FileIdParamsSchema,
        response: { 200: FileInfoSchema, ...problems },
      },
    },
    async (request) => {
      const { uploadedBy: _, ...info } = await readable(request.ctx, request.params.id);
      return info;
    },
  );

  app.get(
    '/files/:id/content',
    {
      schema: {
        tags: ['files'],
        summary: "Download a stored file's content as an attachment (its uploader or staff)",
        params: FileIdParamsSchema,
        response: { 200: ContentSchema, ...problems },
      },
    },
    async (request, reply) => {
      const file = await readable(request.ctx, request.params.id);
      const stream = await files.openContent(file);
      sendContentHeaders(reply, file);
      return reply.send(stream);
    },
  );
};
