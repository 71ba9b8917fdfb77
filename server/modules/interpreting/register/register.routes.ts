import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../../platform/platform.ts';
import { interpreterRoutes } from './interpreters.routes.ts';
import { requesterRoutes } from './requesters.routes.ts';

/** Issue 4, points 1, 2 and 7: the register, requesting organisations, the agenda and the feed. */
export const registerRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(interpreterRoutes, { platform });
  await app.register(requesterRoutes, { platform });
};
