import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { TransitFiguresQuerySchema, TransitFiguresSchema } from '../../../../contracts/transit.ts';
import type { Platform } from '../../../platform/platform.ts';
import { transitFigures } from './figures.service.ts';

/** `GET /api/transit/figures`: the site's year for the reports (bookings.figures; no personal data). */
export const figuresRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/transit/figures',
    {
      schema: {
        tags: ['transit'],
        summary: 'Transit figures of a year: stays, nights, parties, occupancy per month, revenue, endings',
        querystring: TransitFiguresQuerySchema,
        response: { 200: TransitFiguresSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => transitFigures(platform.database.db, request.ctx, request.query),
  );
};
