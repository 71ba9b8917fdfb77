import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import {
  assignments,
  interpreterLanguages,
  interpreters,
  interpretingRequests,
  offers,
} from '../server/modules/interpreting/interpreting.tables.ts';
import { type Db, openDatabase } from '../server/platform/db/index.ts';
import { loadEnv } from '../server/platform/env.ts';
import { userRoles, users } from '../server/platform/identity/identity.tables.ts';
import { hashPassword } from '../server/platform/identity/password.ts';
import { createLogger } from '../server/platform/logger.ts';
import { createPlatform } from '../server/platform/platform.ts';
import { tempDataDir } from './lib.ts';

const OFFERS = 200;
const BASE_URL = 'http://localhost:3000';
const PASSWORD = 'bench-race-password';

/**
 * The accept race through the real app on PostgreSQL: 200 requests at the same hour, each with an
 * open offer to the same interpreter, accepted through `app.inject`. Exactly one may win; the
 * others must answer 409 (already booked), never 500 and never a second booking. Run twice, each
 * with its own interpreter: all 200 at once (as issue 4 asks), and at most 20 in flight (fewer
 * than the pool's 30 connections) so that a pool-exhaustion hang in the first cannot hide whether
 * the booking rules hold. A run that does not finish within 30 s is reported as hung and its
 * connections are terminated.
 */
export async function benchAcceptRace(databaseUrl: string): Promise<Record<string, unknown>> {
  const data = tempDataDir('race');
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: data.dir,
    BASE_URL,
    JOBS: 'false',
    DATABASE_URL: databaseUrl,
  });
  const database = await openDatabase({ url: databaseUrl, poolSize: POOL });
  const platform = await createPlatform({ env, database, logger: createLogger(env) });
  const app = await buildApp({ platform, serveWeb: false });
  try {
    await app.ready();
    const inFlight20 = await race(app, { db: database.db, url: databaseUrl }, 'bounded', 20);
    const concurrent200 = await race(app, { db: database.db, url: databaseUrl }, 'concurrent', OFFERS);
    return {
      what: '200 POST /api/interpreting/offers/{id}/accept for overlapping jobs of one interpreter',
      poolSize: POOL,
      ...concurrent200,
      inFlight20,
    };
  } finally {
    await app.close();
    await platform.close();
    data.remove();
  }
}

const POOL = 30;
const HANG_MS = 30_000;

type Inject = Awaited<ReturnType<FastifyInstance['inject']>>;

async function race(
  app: FastifyInstance,
  { db, url }: { db: Db; url: string },
  label: string,
  inFlight: number,
): Promise<Record<string, unknown>> {
  const setup = await arrange(db, label);
  const cookie = await signIn(app, setup.email);
  const accept = (id: string) =>
    app.inject({
      method: 'POST',
      url: `/api/interpreting/offers/${id}/accept`,
      headers: { cookie, origin: BASE_URL },
    });
  const started = performance.now();
  const all = limited(setup.offerIds, inFlight, accept);
  const outcome = await Promise.race([all, sleep(HANG_MS).then(() => 'hung' as const)]);
  if (outcome === 'hung') {
    const stuck = await terminateConnections(url);
    await Promise.allSettled([all]);
    return { accepts: OFFERS, hung: true, afterSeconds: HANG_MS / 1000, stuckConnections: stuck, met: false };
  }
  const ms = Math.round(performance.now() - started);
  const statuses: Record<string, number> = {};
  for (const response of outcome) statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
  const [booked] = await db
    .select({ n: count() })
    .from(assignments)
    .where(and(eq(assignments.interpreterId, setup.interpreterId), eq(assignments.status, 'active')));
  const errorCodes = [
    ...new Set(outcome.filter((r) => r.statusCode !== 200).map((r) => String(r.json().code))),
  ];
  return {
    accepts: OFFERS,
    assignments: booked?.n ?? null,
    statuses,
    errorCodes,
    ms,
    met: booked?.n === 1 && statuses[200] === 1 && statuses[409] === OFFERS - 1,
  };
}

/** Runs `run` over the items with at most `inFlight` at a time, answers in item order. */
async function limited(items: readonly string[], inFlight: number, run: (item: string) => Promise<Inject>) {
  const results: Inject[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await run(items[at] ?? '');
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return results;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Ends a hung run: the connections waiting inside a transaction, so the requests behind them fail.
 * A client of its own: the app's pool is the thing that is exhausted.
 */
async function terminateConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state = 'idle in transaction'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function signIn(app: FastifyInstance, email: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: BASE_URL },
    payload: { email, password: PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === 'wegwijs_session');
  if (response.statusCode !== 200 || !cookie) throw new Error(`race sign-in failed: ${response.statusCode}`);
  return `wegwijs_session=${cookie.value}`;
}

/** An interpreter account, 200 requests at one hour (300 days ahead) and an open offer for each. */
async function arrange(
  db: Db,
  label: string,
): Promise<{ email: string; interpreterId: string; offerIds: string[] }> {
  const email = `race-${label}@bench.test`;
  const [user] = await db
    .insert(users)
    .values({ email, name: 'Race interpreter', passwordHash: await hashPassword(PASSWORD) })
    .returning({ id: users.id });
  if (!user) throw new Error('no user');
  await db.insert(userRoles).values({ userId: user.id, role: 'interpreter' });
  const [interpreter] = await db
    .insert(interpreters)
    .values({
      code: `RACE-${label}`,
      userId: user.id,
      givenName: 'Race',
      familyName: 'Interpreter',
      email,
      modes: ['phone', 'video'],
      certificationValidUntil: '2999-12-31',
      weeklyAvailability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' })),
    })
    .returning({ id: interpreters.id });
  if (!interpreter) throw new Error('no interpreter');
  await db
    .insert(interpreterLanguages)
    .values({ interpreterId: interpreter.id, language: 'ar', direction: 'both' });
  const offerIds = await offersFor(db, label, interpreter.id);
  return { email, interpreterId: interpreter.id, offerIds };
}

/** 200 overlapping phone jobs (09:00 UTC, 60–105 minutes) 300 days ahead, each offered to the interpreter. */
async function offersFor(db: Db, label: string, interpreterId: string): Promise<string[]> {
  const [organisation] = await db
    .select({ id: interpretingRequests.organisationId })
    .from(interpretingRequests)
    .limit(1);
  if (!organisation) throw new Error('load the bench data first');
  const startsAt = new Date(Date.now() + 300 * 86_400_000);
  startsAt.setUTCHours(9, 0, 0, 0);
  const requests = await db
    .insert(interpretingRequests)
    .values(
      Array.from({ length: OFFERS }, (_, n) => ({
        reference: `RACE-${label}-${n}`,
        organisationId: organisation.id,
        status: 'offered',
        mode: 'phone',
        language: 'ar',
        startsAt,
        endsAt: new Date(startsAt.getTime() + (60 + (n % 4) * 15) * 60_000),
        phoneNumber: '+32 9 200 00 00',
        sector: 'health',
        conversationType: 'medical_consultation',
        clientReference: `R-${n}`,
        offerRound: 1,
      })),
    )
    .returning({ id: interpretingRequests.id });
  const expiresAt = new Date(Date.now() + 86_400_000);
  const created = await db
    .insert(offers)
    .values(requests.map((r) => ({ requestId: r.id, interpreterId, round: 1, expiresAt })))
    .returning({ id: offers.id });
  return created.map((o) => o.id);
}
