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
  await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  const hasApp = existsSync(`${root}/app/index.html`);
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html', { maxAge: 0 }));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, problemFor('COMMON.NOT_FOUND', request.id, { detail: `GET ${path}` }));
    }
    const page = hasApp && (path === '/app' || path.startsWith('/app/')) ? 'app/index.html' : 'index.html';
    return reply.sendFile(page, { maxAge: 0 });
  });
  return true;
}
