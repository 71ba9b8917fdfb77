import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../platform.ts';
import { authRoutes } from './auth.routes.ts';
import { homeRoutes } from './home.routes.ts';
import { oidcRoutes } from './oidc.routes.ts';
import { organisationsRoutes } from './organisations.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { usersRoutes } from './users.routes.ts';

/** Every identity route: sign-in, users, organisations, people and the home figures. */
export const identityRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(authRoutes, { platform });
  await app.register(oidcRoutes, { platform });
  await app.register(usersRoutes, { platform });
  await app.register(organisationsRoutes, { platform });
  await app.register(peopleRoutes, { platform });
  await app.register(homeRoutes, { platform });
};
