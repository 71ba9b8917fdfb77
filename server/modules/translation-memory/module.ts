import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WegwijsModule } from '../../platform/module.ts';
import { ensureParamDefaults } from '../../platform/params/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { memoryIndex } from './tm-memory-index.repository.ts';
import { TM_PARAM_DEFAULTS } from './tm-params.ts';
import { translationMemoryRoutes } from './translation-memory.routes.ts';
import { xliffRoutes } from './xliff.routes.ts';

/** The job that keyed segments into tm_segment_keys until the lookup's index moved into the process. */
const RETIRED_KEYS_JOB = 'tm.segment-keys';

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
    if (!platform.jobs.enabled) return;
    // The nightly keying job went with tm_segment_keys (migration 0019): its schedule goes too.
    await platform.jobs.unschedule(RETIRED_KEYS_JOB);
    // A serving process builds the lookup's index now rather than in its first lookup (16 s at 1M
    // segments); not awaited, so the app serves meanwhile (a lookup then waits for the build).
    const started = performance.now();
    memoryIndex(platform.database.db).then(
      (index) =>
        platform.logger.info(
          { segments: index.size, ms: Math.round(performance.now() - started) },
          'translation memory index built',
        ),
      (error: unknown) => platform.logger.warn({ err: error }, 'translation memory index not built at start'),
    );
  },
};
