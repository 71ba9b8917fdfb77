import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WegwijsModule } from '../../platform/module.ts';
import { ensureParamDefaults, onParamChange } from '../../platform/params/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { billingRoutes } from './billing/billing.routes.ts';
import { TRANSIT_TARIFF_DEFAULTS } from './billing/tariff.ts';
import { seedTransitDemo } from './demo/seed.ts';
import { startTransitJobs } from './jobs.ts';
import { resizeSitePools } from './reservations/day-capacity.ts';
import { reservationRoutes } from './reservations/reservations.routes.ts';
import { POOL_PARAM_KEYS } from './reservations/site-params.ts';
import { siteRoutes } from './site/site.routes.ts';
import { TRANSIT_PARAM_DEFAULTS } from './transit-params.ts';

/** The transit site for travelling families: reservations and stays, the grid, money. */
const routes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(reservationRoutes, { platform });
  await app.register(siteRoutes, { platform });
  await app.register(billingRoutes, { platform });
};

// At import, not in start(): a demo seed changes caps through its own parameter service, before
// any app starts, and its changes must resize the day pools all the same.
for (const key of POOL_PARAM_KEYS) onParamChange(key, resizeSitePools);

export const transitModule: WegwijsModule = {
  name: 'transit',
  routes,
  async start(platform) {
    // Rules and tariffs must exist before the first reservation, jobs or not.
    await ensureParamDefaults(platform.database.db, [...TRANSIT_PARAM_DEFAULTS, ...TRANSIT_TARIFF_DEFAULTS]);
    await startTransitJobs(platform);
  },
  seedDemo: seedTransitDemo,
};
