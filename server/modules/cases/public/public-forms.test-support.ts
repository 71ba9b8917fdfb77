import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from '../../../../test/app.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { buildApp } from '../../../app.ts';
import { loadEnv } from '../../../platform/env.ts';
import { createLogger } from '../../../platform/logger.ts';
import { createPlatform } from '../../../platform/platform.ts';
import { publicFormRoutes } from './public-forms.routes.ts';

/**
 * `createTestApp()` with the public form routes mounted even before the cases module registers
 * them (once it does, they are used as wired). Overrides go to the environment.
 */
export async function createPortalTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-portal-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    BASE_URL: 'http://localhost:3000',
    JOBS: 'false',
    ...overrides,
  });
  const database = await createTestDatabase();
  const platform = await createPlatform({ env, database, logger: createLogger(env) });
  const app = await buildApp({ platform, serveWeb: false });
  if (!app.hasRoute({ method: 'GET', url: '/api/public/status/:code' })) {
    await app.register(publicFormRoutes, { platform, prefix: '/api' });
  }
  await app.ready();
  return {
    app,
    platform,
    env,
    async close() {
      await app.close();
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; content: Buffer; contentType?: string };

/** A multipart/form-data body with text and file parts, as a browser sends it. */
export function multipartBody(parts: readonly FormPart[]) {
  const boundary = `----portal${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'value' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`;
    chunks.push(
      Buffer.from(head),
      'value' in part ? Buffer.from(part.value) : part.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
