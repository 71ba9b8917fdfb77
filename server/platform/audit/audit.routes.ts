import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditListSchema, AuditQuerySchema } from '../../../contracts/platform.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requirePermission } from '../identity/policy.ts';
import type { Platform } from '../platform.ts';
import { listAudit } from './audit.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Search the audit log (newest first)',
        querystring: AuditQuerySchema,
        response: { 200: AuditListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'audit.read');
      return listAudit(platform.database.db, request.query);
    },
  );
};
