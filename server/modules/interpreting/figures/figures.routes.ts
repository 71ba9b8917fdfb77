import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FiguresQuerySchema, InterpretingFiguresSchema } from '../../../../contracts/interpreting-figures.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { interpretingFigures } from './figures.service.ts';

/** Aggregated figures for the reports to the city; no personal data. */
export const figuresRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/figures',
    {
      schema: {
        tags: ['interpreting'],
        summary: 'Requests, fill rate, hours per language/sector/organisation, cancellations, no-shows',
        querystring: FiguresQuerySchema,
        response: {
          200: InterpretingFiguresSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.figures');
      return interpretingFigures(platform.database.db, request.query);
    },
  );
};
