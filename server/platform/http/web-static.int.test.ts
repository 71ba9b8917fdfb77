import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebStatic } from './web-static.ts';

describe('web static serving', () => {
  let root: string;
  let app: FastifyInstance;
  const script = 'console.log("portal");'.repeat(50);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'wegwijs-web-'));
    mkdirSync(join(root, 'app'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<html>portal</html>');
    writeFileSync(join(root, 'app', 'index.html'), '<html>app</html>');
    writeFileSync(join(root, 'assets', 'portal-abc123.js'), script);
    writeFileSync(join(root, 'assets', 'portal-abc123.js.gz'), gzipSync(script));
    app = Fastify();
    expect(await registerWebStatic(app, root)).toBe(true);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the portal page for portal paths and the app page under /app', async () => {
    expect((await app.inject('/')).body).toContain('portal');
    expect((await app.inject('/diensten/tolken?lang=ar')).body).toContain('portal');
    expect((await app.inject('/app')).body).toContain('app');
    expect((await app.inject('/app/admin/users')).body).toContain('app');
    expect((await app.inject('/app/admin/users')).headers['cache-control']).toBe('no-cache');
  });

  it('answers unknown API paths with problem+json, not a page', async () => {
    const response = await app.inject('/api/unknown');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves hashed assets pre-compressed and cached for a year', async () => {
    const response = await app.inject({
      url: '/assets/portal-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.rawPayload.length).toBeLessThan(script.length);
  });

  it('is skipped when the web is not built', async () => {
    expect(await registerWebStatic(Fastify(), join(root, 'missing'))).toBe(false);
  });
});
