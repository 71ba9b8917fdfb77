import type { WegwijsModule } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { plainLanguageRoutes } from './plain-language.routes.ts';
import { seedDefaultTerms } from './terms.service.ts';

export const plainLanguageModule: WegwijsModule = {
  name: 'plain-language',
  routes: plainLanguageRoutes,
  // The check reads its jargon from the table: a fresh installation gets the built-in list.
  start: (platform: Platform) => seedDefaultTerms(platform.database.db),
};
