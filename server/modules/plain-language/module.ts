import type { WegwijsModule } from '../../platform/module.ts';
import { plainLanguageRoutes } from './plain-language.routes.ts';

export const plainLanguageModule: WegwijsModule = { name: 'plain-language', routes: plainLanguageRoutes };
