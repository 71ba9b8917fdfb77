import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HomeFiguresSchema } from '../../../contracts/identity.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { Platform } from '../platform.ts';
import { collectHomeFigures } from './home-figures.ts';
import { requirePermission } from './policy.ts';

/** The figures on the home page, from every module that registered some for the caller's roles. */
export const homeRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/home/figures',
    {
      schema: {
        tags: ['home'],
        summary: 'Key figures for the home page, for the caller’s roles',
        response: { 200: HomeFiguresSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request.ctx, 'home.figures');
      return { figures: await collectHomeFigures(platform.database.db, actor) };
    },
  );
};
