import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WegwijsModule } from '../../platform/module.ts';
import { ensureParamDefaults } from '../../platform/params/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { startTranslationMemoryJobs } from './jobs.ts';
import { TM_PARAM_DEFAULTS } from './tm-params.ts';
import { translationMemoryRoutes } from './translation-memory.routes.ts';
import { xliffRoutes } from './xliff.routes.ts';

/** Each group of routes in its own scope: both parse application/xml bodies, each its own way. */
const routes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  // Only the platform is passed on: the options also hold the /api prefix, already applied here.
  await app.register(translationMemoryRoutes, { platform });
  await app.register(xliffRoutes, { platform });
};

export const translationMemoryModule: WegwijsModule = {
  name: 'translation-memory',
  routes,
  async start(platform: Platform) {
    // The analysis prices with effective-dated parameters: a fresh installation gets the defaults.
    await ensureParamDefaults(platform.database.db, TM_PARAM_DEFAULTS);
    // Segments without lookup keys (before migration 0013) are keyed (jobs.ts).
    await startTranslationMemoryJobs(platform);
  },
};
