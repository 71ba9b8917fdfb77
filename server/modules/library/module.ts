import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WegwijsModule } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { seedLibraryDemo } from './demo/seed.ts';
import { libraryRoutes } from './library.routes.ts';
import { libraryPublicRoutes } from './library-public.routes.ts';
import { librarySearchRoutes } from './library-search.routes.ts';
import { libraryXliffRoutes } from './library-xliff.routes.ts';

/** Documents (editors), search (signed in) and the portal's public library, under one prefix. */
const routes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(libraryRoutes, { platform });
  await app.register(librarySearchRoutes, { platform });
  await app.register(libraryPublicRoutes, { platform });
  await app.register(libraryXliffRoutes, { platform });
};

export const libraryModule: WegwijsModule = {
  name: 'library',
  routes,
  seedDemo: seedLibraryDemo,
};
