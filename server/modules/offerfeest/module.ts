import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WegwijsModule } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { claimRoutes } from './claims/claims.routes.ts';
import { seedClaimsDemo } from './claims/demo-claims.ts';
import { startClaimJobs } from './claims/jobs.ts';
import { seedOfferfeestDemo } from './demo/seed.ts';
import { editionRoutes } from './editions/editions.routes.ts';
import { startRegistrationJobs } from './registrations/jobs.ts';
import { registrationRoutes } from './registrations/registrations.routes.ts';

/** The Offerfeest: editions, slaughter sites and slots, registrations with a waiting list, claims. */
const routes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(editionRoutes, { platform });
  await app.register(registrationRoutes, { platform });
  await app.register(claimRoutes, { platform });
};

export const offerfeestModule: WegwijsModule = {
  name: 'offerfeest',
  routes,
  async start(platform) {
    await startRegistrationJobs(platform);
    await startClaimJobs(platform);
  },
  async seedDemo(db, ctx, files, tools) {
    // Claims belong to last year's edition, which the first seed makes.
    const editions = await seedOfferfeestDemo(db, ctx, files, tools);
    return { ...editions, ...(await seedClaimsDemo(db, ctx, files, tools)) };
  },
};
