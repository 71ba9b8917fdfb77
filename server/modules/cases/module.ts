import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerHomeFigures } from '../../platform/identity/index.ts';
import type { WegwijsModule } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { caseHomeFigures } from './case-home-figures.ts';
import { caseRoutes } from './cases.routes.ts';
import { seedCasesDemo } from './demo/seed.ts';
import { caseFigureRoutes } from './figures/case-figures.routes.ts';
import { publicFormRoutes } from './public/public-forms.routes.ts';
import { startCaseJobs } from './retention/jobs.ts';
import { ensureScholarshipDefaults } from './scholarships/scholarship-defaults.ts';
import { scholarshipRoutes } from './scholarships/scholarships.routes.ts';
import { caseWorkRoutes } from './work/case-work.routes.ts';

/** The case engine and the five case types, with their parts, public forms and scholarships. */
const routes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  registerHomeFigures('cases', caseHomeFigures);
  await app.register(caseRoutes, { platform });
  await app.register(caseFigureRoutes, { platform });
  await app.register(publicFormRoutes, { platform });
  await app.register(caseWorkRoutes, { platform });
  await app.register(scholarshipRoutes, { platform });
};

export const casesModule: WegwijsModule = {
  name: 'cases',
  routes,
  async start(platform) {
    // The scholarship rules must exist before the first eligibility check, jobs or not.
    await ensureScholarshipDefaults(platform);
    await startCaseJobs(platform);
  },
  seedDemo: seedCasesDemo,
};
