import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { MODULES } from './modules.ts';
import { registerAuthHook } from './platform/http/auth-hook.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { opsRoutes } from './platform/http/ops.routes.ts';
import { registerProblemHandlers, sendProblem, toProblem } from './platform/http/problem.ts';
import { registerWebStatic } from './platform/http/web-static.ts';
import type { Platform } from './platform/platform.ts';
import { platformRoutes } from './platform/routes.ts';

export type AppOptions = { platform: Platform; serveWeb?: boolean };

function trustProxySetting(
  value: string | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (!value) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value.split(',').map((part) => part.trim());
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Builds the whole HTTP app: platform plugins first, then every module's routes. */
export async function buildApp({ platform, serveWeb = true }: AppOptions): Promise<FastifyInstance> {
  const { env } = platform;
  const app = Fastify({
    loggerInstance: platform.logger,
    bodyLimit: 1_048_576,
    // Off by default: a client could otherwise pick its own IP and escape the per-IP rate limits.
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    // A caller's own request id is kept when it looks like one, so logs join up across services.
    // Router-level refusals (bad URL encoding, over-long path parameters) answer problem+json too.
    frameworkErrors: (error, request, reply) => sendProblem(reply, toProblem(error, request.id)),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerProblemHandlers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerAuthHook(app, {
    db: platform.database.db,
    baseUrl: env.BASE_URL,
    sessionCacheMs: env.SESSION_CACHE_SECONDS * 1000,
  });
  await registerOpenApi(app, { brandName: env.BRAND_NAME, baseUrl: env.BASE_URL });

  await app.register(opsRoutes, { platform });
  await app.register(platformRoutes, { platform });
  for (const module of MODULES) {
    await app.register(module.routes, { platform, prefix: '/api' });
    // Job handlers start with the app so that every process that serves requests also works jobs.
    await module.start?.(platform);
  }
  if (serveWeb) await registerWebStatic(app);
  return app;
}
