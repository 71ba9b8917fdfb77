import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../contracts/problem.ts';
import {
  TmAnalyseRequestSchema,
  TmAnalyseResponseSchema,
  TmExportQuerySchema,
  TmImportQuerySchema,
  TmxImportResponseSchema,
} from '../../../contracts/translation-memory-api.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { analyseAgainstMemory } from './tm-analysis.service.ts';
import { exportPair, importTmxFile } from './translation-memory.service.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const TMX_TYPES = ['application/xml', 'text/xml', 'application/x-tmx+xml'];
/** Memories exported from CAT tools run to several megabytes; JSON bodies keep the app's 1 MB limit. */
const TMX_BODY_LIMIT = 20 * 1_048_576;

/** Translation memory: TMX import and export, volume analysis with prices. */
export const translationMemoryRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  // Only in this plugin's scope: the TMX file is the request body, read as raw bytes so the
  // importer can detect its encoding (UTF-16 files exist) itself.
  app.addContentTypeParser(TMX_TYPES, { parseAs: 'buffer', bodyLimit: TMX_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/tm/import',
    {
      schema: {
        tags: ['translation-memory'],
        summary: 'Import a TMX 1.4b file (the request body, Content-Type application/xml)',
        querystring: TmImportQuerySchema,
        response: { 200: TmxImportResponseSchema, 415: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'tm.manage');
      const body: unknown = request.body;
      if (!(body instanceof Uint8Array)) {
        throw new AppError('COMMON.UNSUPPORTED_MEDIA_TYPE', `send the TMX file as ${TMX_TYPES.join(', ')}`);
      }
      return importTmxFile(db, request.ctx, body, request.query.origin);
    },
  );

  app.get(
    '/tm/export.tmx',
    {
      schema: {
        tags: ['translation-memory'],
        summary: "A language pair's segments as a TMX 1.4b document",
        querystring: TmExportQuerySchema,
        response: { 200: z.string().describe('TMX 1.4b document (application/x-tmx+xml)'), ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'tm.read');
      const { source, target } = request.query;
      const document = await exportPair(db, source, target);
      return reply
        .type('application/x-tmx+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="memory-${source}-${target}.tmx"`)
        .send(document);
    },
  );

  app.post(
    '/tm/analyse',
    {
      schema: {
        tags: ['translation-memory'],
        summary: 'Volume analysis of a text against the memory: words per match band and price',
        body: TmAnalyseRequestSchema,
        response: { 200: TmAnalyseResponseSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'tm.read');
      return analyseAgainstMemory({ db, params: platform.params }, request.body);
    },
  );
};
