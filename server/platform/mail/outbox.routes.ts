import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OutboxListSchema, OutboxQuerySchema } from '../../../contracts/platform.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { hasPermission } from '../identity/permissions.ts';
import { requirePermission } from '../identity/policy.ts';
import type { Platform } from '../platform.ts';
import { listOutbox } from './outbox.ts';

export const outboxRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Read the mail outbox (newest first)',
        description:
          'Bodies of mails with a sign-in or reset link are shown to administrators only (bodyHidden otherwise).',
        querystring: OutboxQuerySchema,
        response: { 200: OutboxListSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request.ctx, 'outbox.read');
      return listOutbox(platform.database.db, request.query, {
        revealSecrets: hasPermission(actor.roles, 'users.manage'),
      });
    },
  );
};
