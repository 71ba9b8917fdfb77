import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../../contracts/identity.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertTeam, insertUser, signIn } from '../../../../test/factories.ts';
import type { Db } from '../../../platform/db/index.ts';

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
  const t = await createTestApp();
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

/** The module registers its routes and defaults itself: the shared test app is all a test needs. */
export { createTestApp };
