import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LibrarySearchQuerySchema, LibrarySearchResultSchema } from '../../../contracts/library.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { visibleTo } from './library-access.ts';
import { searchLibrary } from './library-search.ts';

/** Library search for signed-in requesters, interpreters and staff: everything their roles may see. */
export const librarySearchRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;

  app.get(
    '/library/documents',
    {
      schema: {
        tags: ['library'],
        summary: 'Search the library in every language (full text, accents and typos forgiven), with facets',
        querystring: LibrarySearchQuerySchema,
        response: {
          200: LibrarySearchResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      const actor = requirePermission(request.ctx, 'library.read');
      return searchLibrary(db, visibleTo(actor.roles), request.query, { apiBase: '/api/library' });
    },
  );
};
