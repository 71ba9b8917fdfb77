import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../platform/platform.ts';
import { billingRoutes } from './billing/billing.routes.ts';
import { dispatchRoutes } from './dispatch/dispatch.routes.ts';
import { figuresRoutes } from './figures/figures.routes.ts';
import { planningRoutes } from './planning/planning.routes.ts';
import { registerRoutes } from './register/register.routes.ts';
import { requestsRoutes } from './requests/requests.routes.ts';
import { translationJobsRoutes } from './translation-jobs/translation-jobs.routes.ts';

/** Every route of the interpreting module, under /api/interpreting. */
export const interpretingRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const prefix = '/interpreting';
  await app.register(requestsRoutes, { platform, prefix });
  await app.register(dispatchRoutes, { platform, prefix });
  await app.register(registerRoutes, { platform, prefix });
  await app.register(billingRoutes, { platform, prefix });
  await app.register(translationJobsRoutes, { platform, prefix });
  await app.register(planningRoutes, { platform, prefix });
  await app.register(figuresRoutes, { platform, prefix });
};
