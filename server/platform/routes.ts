import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.ts';
import type { Platform } from './platform.ts';

/** The platform's own API routes (identity, audit, mail, files, parameters), under /api. */
export const platformRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(auditRoutes, { platform, prefix: '/api' });
};
