import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { problemFor, sendProblem } from './problem.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serves the built web app: assets as files, `/app/*` from the signed-in app's page, every other
 * non-API path from the portal's page (client-side routing). Skipped when the web is not built.
 */
export async function registerWebStatic(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!existsSync(`${root}/index.html`)) return false;
  // Vite writes .br and .gz beside every asset; hashed file names make long caching safe.
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (response, path) => {
      const immutable = path.includes('/assets/');
      response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const hasApp = existsSync(`${root}/app/index.html`);
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, problemFor('COMMON.NOT_FOUND', request.id, { detail: `GET ${path}` }));
    }
    const page = hasApp && (path === '/app' || path.startsWith('/app/')) ? 'app/index.html' : 'index.html';
    return reply.sendFile(page);
  });
  return true;
}
