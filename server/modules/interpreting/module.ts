import type { WegwijsModule } from '../../platform/module.ts';
import { seedInterpretingDemo } from './demo/seed.ts';
import { interpretingRoutes } from './interpreting.routes.ts';
import { startInterpretingJobs } from './jobs.ts';

export const interpretingModule: WegwijsModule = {
  name: 'interpreting',
  routes: interpretingRoutes,
  start: startInterpretingJobs,
  seedDemo: seedInterpretingDemo,
};
