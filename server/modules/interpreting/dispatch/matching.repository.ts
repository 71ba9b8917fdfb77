import { eq, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import type { ExistingAssignment, InterpreterLanguage, MatchRequest } from '../eligibility.ts';
import { interpretingRequests } from '../interpreting.tables.ts';
import type { ContinuityCounts, MatchInput } from '../matching.ts';
import {
  type Exception,
  monthWindow,
  type Preference,
  type ProfileRow,
  type RequestRow,
  ruleWindow,
  toMatchRequest,
  toProfile,
} from './match-input.ts';

export type { RequestRow } from './match-input.ts';
export { toMatchRequest } from './match-input.ts';

/**
 * Everything `matchInterpreters` needs for one request, in one round of parallel queries: the
 * interpreters filtered in SQL, only the jobs the rules can see (the request's ISO week ± a day),
 * continuity (the last year) and the month's workload as GROUP BYs.
 */

/** Whom to evaluate: those who speak a requested language, every active interpreter, or one. */
export type InterpreterScope =
  | { kind: 'speakers' }
  | { kind: 'all' }
  | { kind: 'one'; interpreterId: string };

export type DirectoryEntry = { code: string; name: string; languages: InterpreterLanguage[] };

export type LoadedMatchInput = MatchInput & {
  row: RequestRow;
  /** Code, name and languages per interpreter id, for the dispatcher's list. */
  directory: Map<string, DirectoryEntry>;
};

export async function findRequest(db: Db, requestId: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(interpretingRequests).where(eq(interpretingRequests.id, requestId));
  return row ?? null;
}

/** `loadMatchInput(db, requestId)`: null when the request does not exist. */
export async function loadMatchInput(
  db: Db,
  requestId: string,
  scope: InterpreterScope = { kind: 'speakers' },
): Promise<LoadedMatchInput | null> {
  const row = await findRequest(db, requestId);
  return row ? loadMatchInputFor(db, row, scope) : null;
}

export async function loadMatchInputFor(
  db: Db,
  row: RequestRow,
  scope: InterpreterScope,
): Promise<LoadedMatchInput> {
  const request = toMatchRequest(row);
  const filter = interpreterFilter(request, scope);
  const [profiles, exceptions, preferences, jobs, continuity, workload] = await selectAll(db, row, filter);
  const directory = new Map<string, DirectoryEntry>();
  const interpreters = profiles.map((p) => {
    const profile = toProfile(p, row.organisationId, exceptions.get(p.id) ?? [], preferences.get(p.id));
    directory.set(p.id, {
      code: p.code,
      name: `${p.given_name} ${p.family_name}`,
      languages: profile.languages.slice(),
    });
    return profile;
  });
  return {
    request,
    interpreters,
    assignments: jobs,
    monthWorkloadMinutes: workload,
    continuity,
    row,
    directory,
  };
}

function isTransaction(db: Db): boolean {
  return db instanceof PgTransaction;
}

/**
 * On a pool the six queries run on six connections at once (the ranking's latency); inside a
 * transaction they share one connection, where node-postgres wants them one after the other.
 */
async function selectAll(db: Db, row: RequestRow, filter: SQL) {
  if (!isTransaction(db)) {
    return Promise.all([
      selectInterpreters(db, filter),
      selectExceptions(db, filter, row),
      selectPreferences(db, row.organisationId),
      selectJobs(db, filter, row),
      selectContinuity(db, filter, row),
      selectMonthWorkload(db, filter, row),
    ]);
  }
  const profiles = await selectInterpreters(db, filter);
  const exceptions = await selectExceptions(db, filter, row);
  const preferences = await selectPreferences(db, row.organisationId);
  const jobs = await selectJobs(db, filter, row);
  const continuity = await selectContinuity(db, filter, row);
  return [
    profiles,
    exceptions,
    preferences,
    jobs,
    continuity,
    await selectMonthWorkload(db, filter, row),
  ] as const;
}

function interpreterFilter(request: MatchRequest, scope: InterpreterScope): SQL {
  if (scope.kind === 'one') return sql`i.status = 'active' and i.id = ${scope.interpreterId}`;
  if (scope.kind === 'all') return sql`i.status = 'active'`;
  const languages = [request.language, ...request.alternatives.map((a) => a.language)];
  const list = sql.join(
    languages.map((l) => sql`${l}`),
    sql`, `,
  );
  // Variant and direction are the matcher's business; the index on language does the narrowing.
  return sql`i.status = 'active' and exists (select 1 from interpreter_languages l
    where l.interpreter_id = i.id and l.language in (${list}))`;
}

const ms = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;

function selectInterpreters(db: Db, filter: SQL): Promise<ProfileRow[]> {
  return queryRows<ProfileRow>(
    db,
    sql`select i.id, i.code, i.given_name, i.family_name, i.modes,
      i.certification_valid_until::text as certification_valid_until, i.specialisms, i.home_lat, i.home_lon,
      i.max_travel_km, i.max_hours_per_day, i.max_hours_per_week, i.gender, i.weekly_availability,
      coalesce((select json_agg(json_build_object('language', l.language, 'variant', l.variant,
        'direction', l.direction) order by l.language, l.variant)
        from interpreter_languages l where l.interpreter_id = i.id), '[]'::json) as languages
    from interpreters i where ${filter} order by i.id`,
  );
}

async function selectExceptions(db: Db, filter: SQL, row: RequestRow): Promise<Map<string, Exception[]>> {
  // Only exceptions that touch the job can change the availability answer.
  const rows = await queryRows<{ interpreter_id: string; s: number; e: number; available: boolean }>(
    db,
    sql`select e.interpreter_id, ${ms(sql`e.starts_at`)} as s, ${ms(sql`e.ends_at`)} as e, e.available
      from interpreter_availability_exceptions e
      where e.interpreter_id in (select i.id from interpreters i where ${filter})
        and e.starts_at < ${row.endsAt.toISOString()} and e.ends_at > ${row.startsAt.toISOString()}`,
  );
  const map = new Map<string, Exception[]>();
  for (const r of rows) {
    const item = {
      start: new Date(r.s).toISOString(),
      end: new Date(r.e).toISOString(),
      available: r.available,
    };
    map.set(r.interpreter_id, [...(map.get(r.interpreter_id) ?? []), item]);
  }
  return map;
}

async function selectPreferences(db: Db, organisationId: string): Promise<Map<string, Preference>> {
  const rows = await queryRows<{ interpreter_id: string; kind: string }>(
    db,
    sql`select interpreter_id, kind from organisation_interpreter_preferences where organisation_id = ${organisationId}`,
  );
  return new Map(
    rows.map((r) => [r.interpreter_id, { preferred: r.kind === 'preferred', banned: r.kind === 'banned' }]),
  );
}

async function selectJobs(db: Db, filter: SQL, row: RequestRow): Promise<ExistingAssignment[]> {
  const { from, to } = ruleWindow(row);
  const rows = await queryRows<{
    interpreter_id: string;
    s: number;
    e: number;
    mode: string;
    lat: number | null;
    lon: number | null;
    organisation_id: string;
    client_reference: string;
  }>(
    db,
    sql`select a.interpreter_id, ${ms(sql`a.starts_at`)} as s, ${ms(sql`a.ends_at`)} as e,
        r.mode, r.lat, r.lon, r.organisation_id, r.client_reference
      from interpreting_assignments a join interpreting_requests r on r.id = a.request_id
      where a.status = 'active' and a.request_id <> ${row.id}
        and a.starts_at >= ${from.toISOString()} and a.starts_at < ${to.toISOString()}
        and a.interpreter_id in (select i.id from interpreters i where ${filter})`,
  );
  return rows.map((r) => ({
    interpreterId: r.interpreter_id,
    start: new Date(r.s).toISOString(),
    end: new Date(r.e).toISOString(),
    location: r.mode === 'on_site' && r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    organisationId: r.organisation_id,
    clientReference: r.client_reference,
  }));
}

/** Continuity looks back a year: older jobs say little, and the count stays cheap as history grows. */
export const CONTINUITY_LOOKBACK_DAYS = 365;

async function selectContinuity(
  db: Db,
  filter: SQL,
  row: RequestRow,
): Promise<Record<string, ContinuityCounts>> {
  const until = row.startsAt.toISOString();
  const since = new Date(row.startsAt.getTime() - CONTINUITY_LOOKBACK_DAYS * 86_400_000).toISOString();
  // The organisation's requests first, hashed once: joining each assignment to its request by id
  // costs one random lookup per job, three times slower over 100,000 assignments.
  const rows = await queryRows<{ interpreter_id: string; same_org: number; same_client: number }>(
    db,
    sql`with earlier as materialized (
        select id, client_reference from interpreting_requests
        where organisation_id = ${row.organisationId} and starts_at >= ${since} and starts_at < ${until}
      )
      select a.interpreter_id, count(*)::int as same_org,
        count(*) filter (where e.client_reference = ${row.clientReference})::int as same_client
      from interpreting_assignments a join earlier e on e.id = a.request_id
      where a.status = 'active' and a.starts_at >= ${since} and a.starts_at < ${until}
        and a.interpreter_id in (select i.id from interpreters i where ${filter})
      group by a.interpreter_id`,
  );
  return Object.fromEntries(
    rows.map((r) => [r.interpreter_id, { sameOrganisation: r.same_org, sameClient: r.same_client }]),
  );
}

async function selectMonthWorkload(db: Db, filter: SQL, row: RequestRow): Promise<Record<string, number>> {
  const { from, to } = monthWindow(row);
  const rows = await queryRows<{ interpreter_id: string; minutes: number }>(
    db,
    sql`select interpreter_id, (sum(extract(epoch from ends_at - starts_at)) / 60)::float8 as minutes
      from interpreting_assignments
      where status = 'active' and request_id <> ${row.id}
        and starts_at >= ${from.toISOString()} and starts_at < ${to.toISOString()}
        and interpreter_id in (select i.id from interpreters i where ${filter})
      group by interpreter_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.interpreter_id, r.minutes]));
}
