import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { createTestDatabase } from '../../../../test/database.ts';
import { buildApp } from '../../../app.ts';
import { loadEnv } from '../../../platform/env.ts';
import { createLogger } from '../../../platform/logger.ts';
import { createPlatform } from '../../../platform/platform.ts';
import { read, send } from '../cases.test-support.ts';
import { ensureScholarshipDefaults } from './scholarship-defaults.ts';
import { scholarshipRoutes } from './scholarships.routes.ts';

/**
 * `createTestApp`, plus the scholarship routes when the cases module does not register them yet
 * (they are mounted by the lead's module.ts), and the default rules (normally the module's start).
 */
export async function createScholarshipTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-app-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    BASE_URL: 'http://localhost:3000',
    JOBS: 'false',
  });
  const database = await createTestDatabase();
  const platform = await createPlatform({ env, database, logger: createLogger(env) });
  const app = await buildApp({ platform, serveWeb: false });
  if (!app.hasRoute({ method: 'GET', url: '/api/scholarships/calls' })) {
    await app.register(scholarshipRoutes, { platform, prefix: '/api' });
  }
  await app.ready();
  await ensureScholarshipDefaults(platform);
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

/** The fields of an applicant who meets every default rule. */
export const ELIGIBLE = {
  domicileGhent: true,
  residenceStatus: 'refugee',
  monthlyIncomeCents: 150_000,
  householdSize: 1,
  secondaryFinished: true,
  goal: 'higher_education',
  previousEnrolmentsSameLevel: 0,
  course: 'Nederlands niveau 3',
  courseLevel: 3,
} as const;

export const GRANT = 29_600;

/** A call through the API (by someone with scholarships.manage); answers its id. */
export async function newCall(
  app: FastifyInstance,
  cookie: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await send(app, cookie, '/api/scholarships/calls', {
    academicYear: '2026-2027',
    title: `Beurs UCT ${Math.random().toString(36).slice(2, 8)}`,
    budgetCents: 10 * GRANT,
    grantCents: GRANT,
    opensOn: '2026-01-01',
    closesOn: '2027-06-30',
    status: 'open',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** An application (a scholarship case) for a call, made complete unless `complete: false`. */
export async function newApplication(
  app: FastifyInstance,
  cookie: string,
  input: {
    callId: string;
    name: [string, string];
    language?: string;
    fields?: Record<string, unknown>;
    complete?: boolean;
  },
): Promise<string> {
  const created = await send(app, cookie, '/api/cases', {
    type: 'scholarship',
    title: `Beursaanvraag ${input.name[1]}`,
    language: input.language ?? 'nl',
    person: { givenName: input.name[0], familyName: input.name[1] },
    fields: { ...ELIGIBLE, callId: input.callId, ...input.fields },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  if (input.complete !== false) {
    const moved = await send(app, cookie, `/api/cases/${id}/transitions`, { to: 'complete' });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return id;
}

export async function caseStatus(app: FastifyInstance, cookie: string, id: string) {
  const response = await read(app, cookie, `/api/cases/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ status: string; fields: Record<string, unknown> }>();
}

export const score = (app: FastifyInstance, cookie: string | undefined, caseId: string, body: object) =>
  send(app, cookie, `/api/scholarships/applications/${caseId}/score`, body, 'PUT');
