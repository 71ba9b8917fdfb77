import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseFiguresQuerySchema, CaseFiguresSchema } from '../../../../contracts/case-figures.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { caseFigures } from './case-figures.service.ts';

/** `GET /api/cases/figures` (registered under /api): aggregates for the reports, no personal data. */
export const caseFigureRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/cases/figures',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Case figures: caseload per counsellor, cases per type and status, days in each status, deadlines missed, outcomes',
        querystring: CaseFiguresQuerySchema,
        response: {
          200: CaseFiguresSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => caseFigures(platform.database.db, request.ctx, request.query),
  );
};
