import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../../contracts/identity.ts';
import type { TestApp } from '../../../../test/app.ts';
import { ORIGIN } from '../../../../test/app.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { insertTeam, insertUser, signIn } from '../../../../test/factories.ts';
import { buildApp } from '../../../app.ts';
import type { Db } from '../../../platform/db/index.ts';
import { loadEnv } from '../../../platform/env.ts';
import { createLogger } from '../../../platform/logger.ts';
import { createPlatform } from '../../../platform/platform.ts';
import { caseWorkRoutes } from './case-work.routes.ts';

/**
 * The real HTTP app on a fresh database, like test/app.ts's createTestApp, with the case work
 * routes registered when the cases module does not register them (yet).
 */
export async function createWorkTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-work-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    BASE_URL: ORIGIN,
    JOBS: 'false',
  });
  const database = await createTestDatabase();
  const platform = await createPlatform({ env, database, logger: createLogger(env) });
  const app = await buildApp({ platform, serveWeb: false });
  if (!app.hasRoute({ method: 'GET', url: '/api/cases/workload' })) {
    await app.register(caseWorkRoutes, { platform, prefix: '/api' });
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

export type Member = { id: string; email: string; cookie: string };

export type WorkFixture = {
  t: TestApp;
  db: Db;
  teamA: string;
  teamB: string;
  /** Counsellors of team A (two), of team B, a manager and a city monitor (no cases.work). */
  users: Record<'counsellorA' | 'colleagueA' | 'counsellorB' | 'manager' | 'monitor', Member>;
};

async function member(t: TestApp, roles: Role[], teamId: string | null): Promise<Member> {
  const user = await insertUser(t.platform.database.db, {
    roles,
    teamId,
    name: `Test ${roles[0]} ${Math.random().toString(36).slice(2, 6)}`,
  });
  return { ...user, cookie: await signIn(t.app, user.email) };
}

export async function setUpWorkFixture(): Promise<WorkFixture> {
  const t = await createWorkTestApp();
  const db = t.platform.database.db;
  const teamA = (await insertTeam(db)).id;
  const teamB = (await insertTeam(db)).id;
  return {
    t,
    db,
    teamA,
    teamB,
    users: {
      counsellorA: await member(t, ['counsellor'], teamA),
      colleagueA: await member(t, ['counsellor'], teamA),
      counsellorB: await member(t, ['counsellor'], teamB),
      manager: await member(t, ['manager'], null),
      monitor: await member(t, ['city_monitor'], null),
    },
  };
}

/** One JSON call as a signed-in user (same-origin, as the browser sends it). */
export function call(
  t: TestApp,
  who: Member | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: { origin: ORIGIN, ...(who ? { cookie: who.cookie } : {}) },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Opens a case through the real route, as the given counsellor: the case is in her team. */
export async function openCase(
  t: TestApp,
  who: Member,
  body: Record<string, unknown> = { type: 'guidance', title: 'Onthaal testdossier' },
): Promise<{ id: string; reference: string }> {
  const response = await call(t, who, 'POST', '/api/cases', body);
  if (response.statusCode !== 201)
    throw new Error(`case not created: ${response.statusCode} ${response.body}`);
  return response.json();
}
