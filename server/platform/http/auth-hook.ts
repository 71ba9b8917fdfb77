import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { findActorBySession, SESSION_COOKIE } from '../identity/session.ts';
import { AppError } from './app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * A cookie-authenticated write must come from the app's own pages: its Origin (or Referer) must be
 * the configured BASE_URL or the host the request was sent to. Requests without the session cookie
 * carry no ambient authority, so they need no check.
 */
function assertSameOrigin(request: FastifyRequest, baseUrl: string): void {
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  const allowed = new Set([new URL(baseUrl).origin, `${request.protocol}://${request.host}`]);
  if (!origin || !allowed.has(origin)) throw new AppError('COMMON.CSRF_REJECTED');
}

/** Resolves the session cookie into `request.ctx` for every request, and guards writes against CSRF. */
export function registerAuthHook(
  app: FastifyInstance,
  options: { db: Db; baseUrl: string; sessionCacheMs: number },
): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    request.ctx = { actor: null, requestId: request.id };
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request, options.baseUrl);
    request.ctx.actor = await findActorBySession(options.db, token, options.sessionCacheMs);
  });
}
