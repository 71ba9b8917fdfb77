import type { WegwijsModule } from '../../platform/module.ts';
import { ensureParamDefaults } from '../../platform/params/index.ts';
import type { Platform } from '../../platform/platform.ts';
import { TM_PARAM_DEFAULTS } from './tm-params.ts';
import { translationMemoryRoutes } from './translation-memory.routes.ts';

export const translationMemoryModule: WegwijsModule = {
  name: 'translation-memory',
  routes: translationMemoryRoutes,
  // The analysis prices with effective-dated parameters: a fresh installation gets the defaults.
  start: (platform: Platform) => ensureParamDefaults(platform.database.db, TM_PARAM_DEFAULTS),
};
