import { startServer } from '../test/server-process.ts';
import { PG_SERVER_URL, tempDataDir, tempPostgres } from './lib.ts';
import { createClient, percentile, syntheticNrn } from './rush-client.ts';

const CLIENTS = 1_000;
const SLOTS = 10;
const PLACES_PER_SLOT = 20;
const SOCKETS = 100;
const HEALTH_REQUESTS = 5_000;
const YEAR = 2098;

/** Setup calls as the Offerfeest coordinator (fetch: it keeps the session cookie simple). */
async function asCoordinator(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'offerfeest_coordinator@demo.wegwijs.test', password: 'wegwijs-demo' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('wegwijs_session='))
    ?.split(';')[0];
  if (!login.ok || !cookie) throw new Error(`coordinator login failed: ${login.status}`);
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown> & { id: string };
  };
}

/** An edition whose registration is open, one site, and 10 slots of 20 places: 200 places in all. */
async function openRegistration(base: string): Promise<{ editionId: string; slotIds: string[] }> {
  const call = await asCoordinator(base);
  const edition = await call('POST', '/api/offerfeest/editions', {
    year: YEAR,
    feastStart: `${YEAR}-06-01`,
    feastEnd: `${YEAR}-06-03`,
    blockingStart: `${YEAR}-05-29`,
    blockingEnd: `${YEAR}-06-04`,
    languages: ['nl', 'ar', 'fr', 'tr', 'en'],
    regime: 'slots',
    registrationOpensAt: new Date(Date.now() - 60_000).toISOString(),
  });
  const site = await call('POST', `/api/offerfeest/editions/${edition.id}/sites`, {
    name: 'Bench slachthuis',
    address: 'Benchstraat 1, 9000 Gent',
    stunningMethod: 'omkeerbare elektronarcose',
    dailyCapacity: CLIENTS,
  });
  await call('POST', `/api/offerfeest/editions/${edition.id}/slots`, {
    siteId: site.id,
    day: `${YEAR}-06-01`,
    startTime: '08:00',
    endTime: `${String(8 + SLOTS / 2).padStart(2, '0')}:00`,
    minutes: 30,
    capacity: PLACES_PER_SLOT,
  });
  const slots = (await fetch(`${base}/api/offerfeest/editions/${edition.id}/slots`).then((r) =>
    r.json(),
  )) as {
    id: string;
  }[];
  if (slots.length !== SLOTS) throw new Error(`expected ${SLOTS} slots, got ${slots.length}`);
  return { editionId: edition.id, slotIds: slots.map((slot) => slot.id) };
}

/** The bare rate of GET /health through the same client and sockets: the run's baseline. */
async function healthRate(client: ReturnType<typeof createClient>): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: HEALTH_REQUESTS }, () => client.send('GET', '/health', {})));
  return HEALTH_REQUESTS / ((performance.now() - started) / 1000);
}

async function race(base: string, editionId: string, slotIds: string[]) {
  const client = createClient(base, SOCKETS);
  try {
    const healthPerSecond = await healthRate(client);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        client.send(
          'POST',
          `/api/offerfeest/editions/${editionId}/registrations`,
          // Each client is its own household behind the proxy (TRUST_PROXY), as on registration day.
          {
            'content-type': 'application/json',
            origin: base,
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          JSON.stringify({
            slotId: slotIds[i % slotIds.length],
            name: `Huishouden ${i}`,
            phone: `+32 470 ${String(100_000 + i)}`,
            language: ['nl', 'ar', 'fr', 'tr', 'en'][i % 5],
            nationalRegisterNumber: syntheticNrn(i),
            species: 'sheep',
            animals: 1,
            herdNumber: `BE${String(10_000_000 + i)}`,
          }),
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const statuses = answers.map((a) =>
      a.status === 201 ? (JSON.parse(a.body) as { status: string }).status : `http ${a.status}`,
    );
    const count = (what: string) => statuses.filter((s) => s === what).length;
    const slots = (await fetch(`${base}/api/offerfeest/editions/${editionId}/slots`).then((r) =>
      r.json(),
    )) as {
      remaining: number;
    }[];
    const throughput = CLIENTS / seconds;
    return {
      confirmed: count('confirmed'),
      waitlisted: count('waitlisted'),
      errors: statuses.filter((s) => s.startsWith('http')).length,
      errorSamples: [...new Set(statuses.filter((s) => s.startsWith('http')))].slice(0, 5),
      placesLeftAfter: slots.reduce((sum, slot) => sum + slot.remaining, 0),
      throughputPerSecond: Math.round(throughput),
      p50Ms: percentile(
        answers.map((a) => a.ms),
        50,
      ),
      p99Ms: percentile(
        answers.map((a) => a.ms),
        99,
      ),
      healthPerSecond: Math.round(healthPerSecond),
      ratioToHealth: Number((throughput / healthPerSecond).toFixed(3)),
    };
  } finally {
    client.close();
  }
}

async function onEngine(env: Record<string, string>) {
  const server = await startServer({ ...env, DEMO_DATA: 'true', JOBS: 'false', TRUST_PROXY: '1' }, 600_000);
  try {
    const { editionId, slotIds } = await openRegistration(server.url);
    return await race(server.url, editionId, slotIds);
  } finally {
    await server.stop();
  }
}

/**
 * Registration opens and 1,000 households race for 200 places over 10 slots (issue 7), through the
 * real server with 100 keep-alive sockets; each request a distinct client address behind the proxy.
 * On PostgreSQL and on PGlite. Confirmed must be exactly 200 and the rest waitlisted.
 */
export async function benchRush(): Promise<Record<string, unknown>> {
  const database = await tempPostgres(PG_SERVER_URL);
  const pgData = tempDataDir('rush-pg');
  const postgres = await onEngine({ DATABASE_URL: database.url, DATA_DIR: pgData.dir }).finally(async () => {
    pgData.remove();
    await database.drop();
  });
  const liteData = tempDataDir('rush-pglite');
  const pglite = await onEngine({ DATA_DIR: liteData.dir }).finally(() => liteData.remove());
  const places = SLOTS * PLACES_PER_SLOT;
  return {
    bench: 'rush',
    what: `${CLIENTS} POST /api/offerfeest/editions/{id}/registrations at once for ${places} places over ${SLOTS} slots`,
    sockets: SOCKETS,
    postgres,
    pglite,
    target: {
      confirmedExactly: places,
      met:
        postgres.confirmed === places && pglite.confirmed === places && postgres.errors + pglite.errors === 0,
    },
  };
}
