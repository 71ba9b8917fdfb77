import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { AppError } from '../http/app-error.ts';
import type { Platform } from '../platform.ts';
import { startSession } from './auth.service.ts';
import { resolveOidcUser } from './oidc.service.ts';
import { createOidcClient, newOidcState, type OidcClient, oidcSettings } from './oidc-client.ts';
import { OIDC_STATE_COOKIE, OIDC_STATE_SECONDS, openState, sealState } from './oidc-state.ts';
import { clientOf, setSessionCookie } from './session-cookie.ts';

const CALLBACK_PATH = '/api/auth/oidc/callback';
const FAILED_REDIRECT = '/app/login?error=AUTH.OIDC_FAILED';

/** Single sign-on for staff: redirect to the provider, and back with a Wegwijs session. */
export const oidcRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const { BASE_URL, SESSION_TTL_HOURS } = platform.env;
  const settings = oidcSettings(platform.env);
  const oidc: OidcClient | null = settings ? createOidcClient(settings) : null;
  const secure = new URL(BASE_URL).protocol === 'https:';
  const stateCookie = { httpOnly: true, sameSite: 'lax', path: '/api/auth/oidc', secure } as const;

  function configured(): { client: OidcClient; secret: string } {
    if (!oidc || !settings) throw new AppError('AUTH.OIDC_NOT_CONFIGURED');
    return { client: oidc, secret: settings.clientSecret };
  }

  app.get(
    '/auth/oidc/login',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Start single sign-on: redirects to the identity provider',
        response: { 302: z.null().describe('To the provider'), 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (_request, reply) => {
      const { client, secret } = configured();
      const state = newOidcState();
      const url = await client.authorizationUrl(state);
      reply.setCookie(OIDC_STATE_COOKIE, sealState(state, secret), {
        ...stateCookie,
        maxAge: OIDC_STATE_SECONDS,
      });
      return reply.redirect(url.toString(), 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      schema: {
        tags: ['auth'],
        summary: 'Where the identity provider sends the browser back; redirects to the app',
        response: { 302: z.null().describe('To the app'), 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { client, secret } = configured();
      reply.clearCookie(OIDC_STATE_COOKIE, stateCookie);
      const state = openState(request.cookies[OIDC_STATE_COOKIE], secret);
      try {
        if (!state) throw new AppError('AUTH.OIDC_FAILED', 'no or expired sign-on state');
        const callbackUrl = new URL(request.url, BASE_URL);
        if (callbackUrl.pathname !== CALLBACK_PATH) throw new AppError('AUTH.OIDC_FAILED', 'unexpected path');
        const identity = await client.finish(callbackUrl, state);
        const actor = await resolveOidcUser(db, request.ctx, identity);
        const session = await startSession(db, request.ctx, actor, {
          ttlHours: SESSION_TTL_HOURS,
          client: clientOf(request),
          method: 'oidc',
        });
        setSessionCookie(reply, session, BASE_URL);
        return reply.redirect('/app', 302);
      } catch (error) {
        // The browser is mid-redirect: send it to the sign-in page with a code, not a JSON error.
        request.log.warn({ err: error }, 'oidc sign-in refused');
        return reply.redirect(FAILED_REDIRECT, 302);
      }
    },
  );
};
