import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../server/app.ts';
import { type Env, loadEnv } from '../server/platform/env.ts';
import { createLogger } from '../server/platform/logger.ts';
import { createPlatform, type Platform } from '../server/platform/platform.ts';
import { createTestDatabase } from './database.ts';

export type TestApp = {
  app: FastifyInstance;
  platform: Platform;
  env: Env;
  close(): Promise<void>;
};

/** The real HTTP app on a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-app-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    BASE_URL: 'http://localhost:3000',
    JOBS: 'false',
    ...overrides,
  });
  const database = await createTestDatabase();
  const logger = createLogger(env);
  const platform = await createPlatform({ env, database, logger });
  const app = await buildApp({ platform, serveWeb: false });
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

export const ORIGIN = 'http://localhost:3000';

/** The session cookie of a response, ready to send back. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'wegwijs_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `wegwijs_session=${cookie.value}`;
}
