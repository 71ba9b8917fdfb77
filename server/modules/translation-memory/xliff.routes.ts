import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../contracts/problem.ts';
import {
  XliffExportRequestSchema,
  XliffImportQuerySchema,
  XliffImportResponseSchema,
} from '../../../contracts/translation-memory-xliff.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { exportDocument, importXliffFile } from './xliff.service.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const XLIFF_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];
/** A translated document is far smaller than a memory; 20 MB leaves room for files with many matches. */
const XLIFF_BODY_LIMIT = 20 * 1_048_576;

/** XLIFF exchange with CAT tools: a document out with the memory's matches, the translation back in. */
export const xliffRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  // Only in this plugin's scope: raw bytes, so the importer detects the file's encoding itself.
  app.addContentTypeParser(
    XLIFF_TYPES,
    { parseAs: 'buffer', bodyLimit: XLIFF_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/tm/xliff/export',
    {
      schema: {
        tags: ['translation-memory'],
        summary: 'A text as an XLIFF 1.2 or 2.0 file for a CAT tool, with the memory’s matches',
        body: XliffExportRequestSchema,
        response: {
          200: z.string().describe('XLIFF document (application/xliff+xml)'),
          422: ProblemSchema,
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'tm.read');
      const { fileName, document } = await exportDocument(db, request.body);
      return reply
        .type('application/xliff+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(document);
    },
  );

  app.post(
    '/tm/xliff/import',
    {
      schema: {
        tags: ['translation-memory'],
        summary: 'Import a translated XLIFF 1.2 or 2.0 file (the request body) into the memory',
        querystring: XliffImportQuerySchema,
        response: { 200: XliffImportResponseSchema, 415: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'tm.manage');
      const body: unknown = request.body;
      if (!(body instanceof Uint8Array)) {
        throw new AppError(
          'COMMON.UNSUPPORTED_MEDIA_TYPE',
          `send the XLIFF file as ${XLIFF_TYPES.join(', ')}`,
        );
      }
      return importXliffFile(db, request.ctx, body, request.query.origin);
    },
  );
};
