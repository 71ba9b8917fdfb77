import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { ERROR_CATALOG } from '../../../contracts/errors.ts';
import { LOCALES } from '../../../contracts/identity.ts';
import {
  AGENCY_CONTACT_PARAM,
  AgencyContactSchema,
  HealthSchema,
  PublicConfigSchema,
  ReadySchema,
} from '../../../contracts/platform.ts';
import { pingDatabase } from '../db/index.ts';
import type { Platform } from '../platform.ts';

/** Process health, readiness, Prometheus metrics and the public configuration the web app needs. */
export const opsRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'wegwijs_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'wegwijs_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, keeps label cardinality bounded.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/health', { schema: { tags: ['ops'], response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/ready',
    { schema: { tags: ['ops'], response: { 200: ReadySchema, 503: ReadySchema } } },
    async (_request, reply) => {
      const ok = await pingDatabase(platform.database);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? ('ready' as const) : ('unavailable' as const),
        database: platform.database.kind,
      });
    },
  );

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );

  app.get('/api/config', { schema: { tags: ['ops'], response: { 200: PublicConfigSchema } } }, async () => {
    // Contact details are a parameter, so a move or new opening hours can be scheduled ahead.
    const contact = await platform.params
      .get(AGENCY_CONTACT_PARAM, new Date(), AgencyContactSchema)
      .catch(() => undefined);
    return {
      brandName: platform.env.BRAND_NAME,
      brandColor: platform.env.BRAND_COLOR,
      oidcEnabled: Boolean(platform.env.OIDC_ISSUER),
      locales: [...LOCALES],
      ...(contact ? { contact } : {}),
    };
  });

  app.get('/api/problems', { schema: { tags: ['ops'] } }, async () =>
    Object.entries(ERROR_CATALOG).map(([code, spec]) => ({ code, ...spec })),
  );
};
