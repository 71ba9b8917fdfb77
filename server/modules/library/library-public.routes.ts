import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import { LibraryLangSchema, LibrarySearchResultSchema } from '../../../contracts/library.ts';
import {
  PublicLibraryDocumentSchema,
  PublicLibrarySearchQuerySchema,
} from '../../../contracts/library-public.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { Platform } from '../../platform/platform.ts';
import { downloadTranslation, sendDownload } from './library-download.ts';
import { publicLibraryDocument } from './library-public.ts';
import { searchLibrary } from './library-search.ts';

const tags = ['library', 'public'];
const refusals = { 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema };
/**
 * Per client address, like the other routes open without a session: generous for a visitor who
 * types and filters, too few for scraping or for hammering the search.
 */
const SEARCH_RATE = { max: 120, timeWindow: '1 minute' };
const DOWNLOAD_RATE = { max: 60, timeWindow: '1 minute' };
const LangParamsSchema = IdParamsSchema.extend({ lang: LibraryLangSchema });
// Streams bypass the serializer; the schema documents the download in the OpenAPI document.
const DownloadSchema = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The file, as an attachment');

/**
 * The portal's library, without sign-in: public documents only, whoever asks (a signed-in
 * member of staff gets the same answer here as a visitor).
 */
export const libraryPublicRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  const { files } = platform;

  app.get(
    '/public/library/documents',
    {
      config: { rateLimit: SEARCH_RATE },
      schema: {
        tags,
        summary: "Search the public documents, in the visitor's language when given",
        querystring: PublicLibrarySearchQuerySchema,
        response: { 200: LibrarySearchResultSchema, ...refusals },
      },
    },
    async (request) => searchLibrary(db, ['public'], request.query, { apiBase: '/api/public/library' }),
  );

  app.get(
    '/public/library/documents/:id',
    {
      config: { rateLimit: SEARCH_RATE },
      schema: {
        tags,
        summary: 'A public document with its languages and their files',
        params: IdParamsSchema,
        response: { 200: PublicLibraryDocumentSchema, ...refusals },
      },
    },
    async (request) => publicLibraryDocument(db, request.params.id),
  );

  app.get(
    '/public/library/documents/:id/translations/:lang/file',
    {
      config: { rateLimit: DOWNLOAD_RATE },
      schema: {
        tags,
        summary: "Download a public document's file in one language (counted)",
        params: LangParamsSchema,
        response: { 200: DownloadSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const { id, lang } = request.params;
      return sendDownload(reply, await downloadTranslation(db, files, ['public'], id, lang));
    },
  );
};
