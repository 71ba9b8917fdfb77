import autocannon from 'autocannon';
import { startServer } from '../test/server-process.ts';
import { PG_SERVER_URL, tempDataDir, tempPostgres } from './lib.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 10;

async function rate(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function login(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'admin@demo.wegwijs.test', password: 'wegwijs-demo' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('wegwijs_session='));
  if (!response.ok || !cookie) throw new Error(`demo login failed: ${response.status}`);
  return cookie.split(';')[0] ?? '';
}

async function measureEngine(env: Record<string, string>) {
  const server = await startServer({ ...env, DEMO_DATA: 'true', JOBS: 'false' });
  try {
    const cookie = await login(server.url);
    const health = await rate(`${server.url}/health`);
    const me = await rate(`${server.url}/api/auth/me`, { cookie });
    return { health, me, meToHealthRatio: Number((me.rps / health.rps).toFixed(3)) };
  } finally {
    await server.stop();
  }
}

/**
 * Requests per second for GET /health (the baseline: no database, no session) and for an
 * authenticated GET /api/auth/me (one session lookup), on PGlite and on PostgreSQL.
 */
export async function benchHttp(): Promise<Record<string, unknown>> {
  const data = tempDataDir('http');
  const pglite = await measureEngine({ DATA_DIR: data.dir }).finally(() => data.remove());
  const database = await tempPostgres(PG_SERVER_URL);
  const onPostgres = { DATABASE_URL: database.url, DATA_DIR: data.dir };
  const postgres = await measureEngine(onPostgres);
  // The same without the two-second session cache (decision 0005): one prepared query per request.
  const postgresNoSessionCache = await measureEngine({ ...onPostgres, SESSION_CACHE_SECONDS: '0' }).finally(
    () => database.drop(),
  );
  return {
    bench: 'http',
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    pglite,
    postgres,
    postgresNoSessionCache,
    target: { meToHealthRatioOnPostgres: 0.4, met: postgres.meToHealthRatio >= 0.4 },
  };
}
