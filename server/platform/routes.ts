import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.ts';
import { filesRoutes } from './files/files.routes.ts';
import { identityRoutes } from './identity/identity.routes.ts';
import { outboxRoutes } from './mail/outbox.routes.ts';
import { paramsRoutes } from './params/params.routes.ts';
import type { Platform } from './platform.ts';

/** The platform's own API routes (identity, audit, mail, files, parameters), under /api. */
export const platformRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(auditRoutes, { platform, prefix: '/api' });
  await app.register(identityRoutes, { platform, prefix: '/api' });
  await app.register(filesRoutes, { platform, prefix: '/api' });
  await app.register(paramsRoutes, { platform, prefix: '/api' });
  await app.register(outboxRoutes, { platform, prefix: '/api' });
};
