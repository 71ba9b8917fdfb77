import { and, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import {
  assignments,
  availabilityExceptions,
  dayPlans,
  interpreterLanguages,
  interpreters,
  interpretingRequests,
} from '../interpreting.tables.ts';

/** Requests a day plan may fill: on-site, geocoded, not yet assigned, not cancelled. */
const OPEN_STATUSES = ['submitted', 'offered', 'unfilled'];

export type OpenRequestRow = {
  id: string;
  reference: string;
  language: string;
  variant: string | null;
  startsAt: Date;
  endsAt: Date;
  lat: number;
  lon: number;
  priority: number;
};

export async function selectOpenOnSiteRequests(db: Db, from: Date, to: Date): Promise<OpenRequestRow[]> {
  const rows = await db
    .select({
      id: interpretingRequests.id,
      reference: interpretingRequests.reference,
      language: interpretingRequests.language,
      variant: interpretingRequests.variant,
      startsAt: interpretingRequests.startsAt,
      endsAt: interpretingRequests.endsAt,
      lat: interpretingRequests.lat,
      lon: interpretingRequests.lon,
      priority: interpretingRequests.priority,
    })
    .from(interpretingRequests)
    .where(
      and(
        eq(interpretingRequests.mode, 'on_site'),
        inArray(interpretingRequests.status, OPEN_STATUSES),
        gte(interpretingRequests.startsAt, from),
        lt(interpretingRequests.startsAt, to),
        isNotNull(interpretingRequests.lat),
        isNotNull(interpretingRequests.lon),
        sql`not exists (select 1 from ${assignments} a where a.request_id = ${interpretingRequests.id} and a.status = 'active')`,
      ),
    )
    .orderBy(interpretingRequests.startsAt);
  return rows.flatMap((row) =>
    row.lat === null || row.lon === null ? [] : [{ ...row, lat: row.lat, lon: row.lon }],
  );
}

export type PlanningInterpreterRow = {
  id: string;
  code: string;
  homeLat: number;
  homeLon: number;
  weeklyAvailability: { weekday: number; from: string; to: string }[];
  languages: { language: string; variant: string }[];
  exceptions: { start: string; end: string; available: boolean }[];
  busy: { start: number; end: number }[];
};

/** Active on-site interpreters certified on `day`, with what the planner needs about that day. */
export async function selectPlanningInterpreters(
  db: Db,
  day: string,
  from: Date,
  to: Date,
): Promise<PlanningInterpreterRow[]> {
  const base = await db
    .select({
      id: interpreters.id,
      code: interpreters.code,
      homeLat: interpreters.homeLat,
      homeLon: interpreters.homeLon,
      weeklyAvailability: interpreters.weeklyAvailability,
    })
    .from(interpreters)
    .where(
      and(
        eq(interpreters.status, 'active'),
        sql`'on_site' = any(${interpreters.modes})`,
        gte(interpreters.certificationValidUntil, day),
        isNotNull(interpreters.homeLat),
        isNotNull(interpreters.homeLon),
      ),
    );
  const ids = base.map((row) => row.id);
  if (ids.length === 0) return [];
  const [languages, exceptions, jobs] = await Promise.all([
    db.select().from(interpreterLanguages).where(inArray(interpreterLanguages.interpreterId, ids)),
    db
      .select()
      .from(availabilityExceptions)
      .where(
        and(
          inArray(availabilityExceptions.interpreterId, ids),
          lt(availabilityExceptions.startsAt, to),
          sql`${availabilityExceptions.endsAt} > ${from}`,
        ),
      ),
    db
      .select({
        interpreterId: assignments.interpreterId,
        busyFrom: assignments.busyFrom,
        endsAt: assignments.endsAt,
      })
      .from(assignments)
      .where(
        and(
          inArray(assignments.interpreterId, ids),
          eq(assignments.status, 'active'),
          lt(assignments.busyFrom, to),
          sql`${assignments.endsAt} > ${from}`,
        ),
      ),
  ]);
  return base.flatMap((row) =>
    row.homeLat === null || row.homeLon === null
      ? []
      : [
          {
            ...row,
            homeLat: row.homeLat,
            homeLon: row.homeLon,
            languages: languages.filter((l) => l.interpreterId === row.id),
            exceptions: exceptions
              .filter((e) => e.interpreterId === row.id)
              .map((e) => ({
                start: e.startsAt.toISOString(),
                end: e.endsAt.toISOString(),
                available: e.available,
              })),
            busy: jobs
              .filter((j) => j.interpreterId === row.id)
              .map((j) => ({ start: j.busyFrom.getTime(), end: j.endsAt.getTime() })),
          },
        ],
  );
}

export type DayPlanRow = typeof dayPlans.$inferSelect;
export type DayPlanValues = Pick<
  typeof dayPlans.$inferInsert,
  'day' | 'engine' | 'proposal' | 'summary' | 'createdBy'
>;

export async function insertDayPlan(db: Db, values: DayPlanValues): Promise<DayPlanRow> {
  const [row] = await db.insert(dayPlans).values(values).returning();
  if (!row) throw new Error('day plan insert returned no row');
  return row;
}

export async function findDayPlan(db: Db, id: string, forUpdate = false): Promise<DayPlanRow | undefined> {
  const query = db.select().from(dayPlans).where(eq(dayPlans.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateDayPlan(
  db: Db,
  id: string,
  values: Partial<Pick<DayPlanRow, 'proposal' | 'summary' | 'status' | 'publishedAt'>>,
): Promise<DayPlanRow> {
  const [row] = await db
    .update(dayPlans)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(dayPlans.id, id))
    .returning();
  if (!row) throw new Error('day plan update returned no row');
  return row;
}

export async function interpreterCodes(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: interpreters.id, code: interpreters.code })
    .from(interpreters)
    .where(inArray(interpreters.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row.code]));
}
