import type pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../server/platform/db/index.ts';
import { PG_SERVER_URL, tempPostgres } from './lib.ts';

/**
 * The dispatch bench's PostgreSQL database: created, migrated and bulk-loaded in SQL
 * (`generate_series`), then dropped. 500 interpreters over 40 languages; 100,000 assignments, one
 * per interpreter per day from 100 days back to 99 ahead, so none overlap; 50 organisations; and
 * 200 open requests over the coming two weeks to rank.
 */

export const LANGUAGES = [
  'ar',
  'prs',
  'fa',
  'ps',
  'ti',
  'so',
  'tr',
  'bg',
  'ro',
  'ru',
  'uk',
  'tzm',
  'kmr',
  'ckb',
  'sq',
  'pl',
  'sk',
  'es',
  'pt',
  'fr',
  'en',
  'ur',
  'bn',
  'am',
  'mn',
  'hy',
  'ka',
  'zh',
  'hu',
  'cs',
  'sr',
  'hr',
  'bs',
  'mk',
  'el',
  'it',
  'de',
  'ne',
  'ta',
  'vi',
] as const;

export const SIZES = { interpreters: 500, organisations: 50, jobsPerInterpreter: 200, openRequests: 200 };

export type BenchDatabase = { database: Extract<Database, { kind: 'postgres' }>; drop(): Promise<void> };

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL ?? PG_SERVER_URL;
  const temp = await tempPostgres(server);
  const database = await openDatabase({ url: temp.url, poolSize: 30 });
  if (database.kind !== 'postgres') throw new Error('the dispatch bench needs PostgreSQL');
  await migrateDatabase(database);
  return {
    database,
    async drop() {
      await database.close();
      await temp.drop();
    },
  };
}

const LANG_ARRAY = `array[${LANGUAGES.map((l) => `'${l}'`).join(',')}]::text[]`;
const WEEK = (to: string) =>
  `(select jsonb_agg(jsonb_build_object('weekday', d, 'from', '08:00', 'to', '${to}')) from generate_series(1, 5) d)`;

const INTERPRETERS = `
insert into organisations (id, name, type)
  select md5('o' || g)::uuid, 'Bench organisation ' || g, 'public_service' from generate_series(1, ${SIZES.organisations}) g;
insert into interpreters (id, code, given_name, family_name, email, modes, certification_valid_until, specialisms,
    home_lat, home_lon, max_travel_km, weekly_availability, gender)
  select md5('i' || g)::uuid, 'B-' || lpad(g::text, 4, '0'), 'Tolk', 'Bench ' || g, 'bench' || g || '@bench.test',
    case when g % 6 = 0 then array['phone', 'video'] else array['on_site', 'phone', 'video'] end,
    current_date + case when g % 25 = 0 then -10 else 400 end,
    case g % 4 when 0 then array['medical'] when 1 then array['school'] when 2 then array['legal', 'medical']
      else array[]::text[] end,
    51.05 + ((g * 37) % 100 - 50) / 1000.0, 3.72 + ((g * 53) % 100 - 50) / 600.0,
    case when g % 5 = 0 then 25 end,
    case when g % 3 = 0 then ${WEEK('12:30')} else ${WEEK('18:00')} end,
    case g % 3 when 0 then 'female' when 1 then 'male' end
  from generate_series(1, ${SIZES.interpreters}) g;
insert into interpreter_languages (interpreter_id, language, variant, direction)
  select md5('i' || g)::uuid, (${LANG_ARRAY})[1 + (g - 1) % 40],
    case when (g - 1) % 40 = 0 then (array['maghreb', 'msa', 'levantine'])[1 + g % 3] else '' end, 'both'
  from generate_series(1, ${SIZES.interpreters}) g
  union all
  select md5('i' || g)::uuid, (${LANG_ARRAY})[1 + (g * 7 + 3) % 40], '', 'both'
  from generate_series(1, ${SIZES.interpreters}) g where (g * 7 + 3) % 40 <> (g - 1) % 40;`;

/** One job a day per interpreter at a varying hour: never two on one day, so never overlapping. */
const JOBS = `
create temp table bench_jobs as
  select i, j, s.starts_at, s.starts_at + make_interval(mins => 60 + 30 * ((i + j) % 4)) as ends_at
  from generate_series(1, ${SIZES.interpreters}) i, generate_series(0, ${SIZES.jobsPerInterpreter - 1}) j,
    lateral (select ((current_date + (j - ${SIZES.jobsPerInterpreter / 2}))
      + make_interval(hours => 8 + (i * 7 + j * 13) % 9)) at time zone 'Europe/Brussels' as starts_at) s;
insert into interpreting_requests (id, reference, organisation_id, status, mode, language, starts_at, ends_at, lat, lon,
    sector, conversation_type, client_reference)
  select md5('r' || i || ':' || j)::uuid, 'B-' || i || '-' || j, md5('o' || (1 + (i * 31 + j * 17) % 50))::uuid,
    case when starts_at < now() then 'performed' else 'assigned' end,
    case when (i + j) % 5 = 0 then 'phone' else 'on_site' end, (${LANG_ARRAY})[1 + (i - 1) % 40], starts_at, ends_at,
    case when (i + j) % 5 <> 0 then 51.05 + ((i * 13 + j * 7) % 100 - 50) / 1000.0 end,
    case when (i + j) % 5 <> 0 then 3.72 + ((i * 11 + j * 3) % 100 - 50) / 600.0 end,
    'health', 'medical_consultation', 'K-' || ((i * 7 + j) % 300)
  from bench_jobs;
insert into interpreting_assignments (id, request_id, interpreter_id, starts_at, ends_at, travel_before_minutes,
    busy_from, status, source)
  select md5('a' || i || ':' || j)::uuid, md5('r' || i || ':' || j)::uuid, md5('i' || i)::uuid, starts_at, ends_at,
    0, starts_at, 'active', 'assigned'
  from bench_jobs;
drop table bench_jobs;`;

/** Open requests on weekdays of the next two weeks, across languages, modes and organisations. */
const OPEN_REQUESTS = `
insert into interpreting_requests (id, reference, organisation_id, status, mode, language, variant, starts_at, ends_at,
    lat, lon, sector, conversation_type, specialism, client_reference)
  select md5('open' || r)::uuid, 'OPEN-' || r, md5('o' || (1 + r % 50))::uuid, 'submitted',
    (array['on_site', 'phone', 'video'])[1 + r % 3], (${LANG_ARRAY})[1 + (r * 11) % 40],
    case when (r * 11) % 40 = 0 and r % 2 = 0 then 'maghreb' end,
    s.starts_at, s.starts_at + make_interval(mins => 60 + 30 * (r % 2)),
    case when r % 3 = 0 then 51.05 + (r % 40 - 20) / 1000.0 end, case when r % 3 = 0 then 3.72 + (r % 30 - 15) / 600.0 end,
    'health', 'medical_consultation', case when r % 5 = 0 then 'medical' end, 'K-' || ((r * 7) % 300)
  from generate_series(1, ${SIZES.openRequests}) r,
    lateral (select current_date + 1 + r % 14 as d) day,
    lateral (select ((day.d + case extract(isodow from day.d) when 6 then 2 when 7 then 1 else 0 end)
      + make_interval(hours => 8 + r % 8, mins => 30 * (r % 2))) at time zone 'Europe/Brussels' as starts_at) s;`;

/** The ids of the open requests to rank, in a stable order. */
export async function openRequestIds(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    "select id from interpreting_requests where reference like 'OPEN-%' order by reference",
  );
  return rows.map((row) => row.id);
}

/** Loads everything and answers the row counts and how long it took. */
export async function loadBenchData(pool: pg.Pool): Promise<Record<string, number>> {
  const started = performance.now();
  await pool.query(INTERPRETERS);
  const client = await pool.connect();
  try {
    // One connection: the temp table lives in its session.
    await client.query(JOBS);
  } finally {
    client.release();
  }
  await pool.query(OPEN_REQUESTS);
  await pool.query('analyze');
  const count = async (table: string) =>
    Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
  return {
    interpreters: await count('interpreters'),
    languages: Number(
      (await pool.query<{ n: string }>('select count(distinct language) as n from interpreter_languages'))
        .rows[0]?.n,
    ),
    assignments: await count('interpreting_assignments'),
    requests: await count('interpreting_requests'),
    loadSeconds: Math.round(performance.now() - started) / 1000,
  };
}
