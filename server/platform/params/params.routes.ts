import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateParameterRequestSchema,
  ParameterIdParamsSchema,
  ParameterListSchema,
  ParameterQuerySchema,
  ParameterSchema,
} from '../../../contracts/platform.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requirePermission } from '../identity/policy.ts';
import type { Platform } from '../platform.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** Effective-dated parameters: staff read them, admins plan changes, under /api/admin/parameters. */
export const paramsRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { params, database } = platform;

  app.get(
    '/admin/parameters',
    {
      schema: {
        tags: ['admin'],
        summary: 'Effective-dated parameters with their validity, ordered by key and start',
        querystring: ParameterQuerySchema,
        response: { 200: ParameterListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'params.read');
      return { items: await params.list(request.query.key) };
    },
  );

  app.post(
    '/admin/parameters',
    {
      schema: {
        tags: ['admin'],
        summary: 'Set a value from a day on; an open-ended current value ends that day',
        body: CreateParameterRequestSchema,
        response: { 201: ParameterSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'params.manage');
      const created = await params.set(database.db, request.ctx, request.body);
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/admin/parameters/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Remove a value that starts in the future; the value before it runs on',
        params: ParameterIdParamsSchema,
        response: { 204: z.null().describe('Removed'), 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'params.manage');
      await params.remove(database.db, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
