import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import { LibraryLangSchema } from '../../../contracts/library.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { XliffVersionSchema } from '../../../contracts/translation-memory-xliff.ts';
import type { Platform } from '../../platform/platform.ts';
import { exportLibraryXliff } from './library-xliff.service.ts';

const XliffQuerySchema = z.object({
  target: LibraryLangSchema.describe('The language to translate into'),
  version: XliffVersionSchema.default('2.0'),
});

/**
 * A library document's Dutch original as an XLIFF file for a translator's CAT tool, with the
 * memory's matches (`POST /api/tm/xliff/export` for a library document): the way a new language
 * is ordered. The translated file comes back through `POST /api/tm/xliff/import`.
 */
export const libraryXliffRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  app.get(
    '/library/documents/:id/xliff',
    {
      schema: {
        tags: ['library'],
        summary: "The document's Dutch original as XLIFF 1.2 or 2.0, with the memory's matches",
        params: IdParamsSchema,
        querystring: XliffQuerySchema,
        response: {
          200: z.string().describe('XLIFF document (application/xliff+xml)'),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { target, version } = request.query;
      const { fileName, document } = await exportLibraryXliff(
        db,
        request.ctx,
        request.params.id,
        target,
        version,
      );
      return reply
        .type('application/xliff+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(document);
    },
  );
};
