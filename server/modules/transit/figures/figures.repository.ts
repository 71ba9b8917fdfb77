import { and, count, countDistinct, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { transitBills, transitPitches, transitReservations } from '../transit.tables.ts';

/** The days [from, to) of a calendar year. */
export type Year = { from: string; to: string };

/** The party came on site: these are stays. */
export const ARRIVED = ['checked_in', 'extended', 'checked_out', 'settled', 'evicted'] as const;
/** Pitches count as occupied for these (a provisional hold is not occupancy yet). */
export const OCCUPYING = ['confirmed', ...ARRIVED] as const;

const arrivedIn = (year: Year) =>
  and(gte(transitReservations.arrival, year.from), lt(transitReservations.arrival, year.to));

const nights = sql`(${transitReservations.departure} - ${transitReservations.arrival})`;

export async function selectStayTotals(db: Db, year: Year) {
  const [row] = await db
    .select({
      stays: count(),
      nights: sql<string>`coalesce(sum(${nights}), 0)::text`,
      caravanNights: sql<string>`coalesce(sum(${nights} * ${transitReservations.caravans}), 0)::text`,
      parties: countDistinct(transitReservations.partyId),
    })
    .from(transitReservations)
    .where(and(arrivedIn(year), inArray(transitReservations.status, [...ARRIVED])));
  return {
    stays: row?.stays ?? 0,
    nights: Number(row?.nights ?? 0),
    caravanNights: Number(row?.caravanNights ?? 0),
    parties: row?.parties ?? 0,
  };
}

/** Reservations of the year that ended without (or cut short) a stay, per status. */
export async function selectEndings(db: Db, year: Year): Promise<Map<string, number>> {
  const rows = await db
    .select({ status: transitReservations.status, n: count() })
    .from(transitReservations)
    .where(and(arrivedIn(year), inArray(transitReservations.status, ['cancelled', 'no_show', 'evicted'])))
    .groupBy(transitReservations.status);
  return new Map(rows.map((row) => [row.status, row.n]));
}

export async function selectRevenue(db: Db, year: Year): Promise<number> {
  const [row] = await db
    .select({ cents: sql<string>`coalesce(sum(${transitBills.totalCents}), 0)::text` })
    .from(transitBills)
    .innerJoin(transitReservations, eq(transitReservations.id, transitBills.reservationId))
    .where(arrivedIn(year));
  return Number(row?.cents ?? 0);
}

export async function countActivePitches(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(transitPitches).where(eq(transitPitches.active, true));
  return row?.n ?? 0;
}

/** Pitch-nights given to stays per month: each day of the year × the stay allocations covering it. */
export async function selectPitchNightsByMonth(db: Db, year: Year): Promise<Map<number, number>> {
  const statuses = sql.join(
    OCCUPYING.map((status) => sql`${status}`),
    sql`, `,
  );
  const rows = await queryRows<{ month: number; pitch_nights: string }>(
    db,
    sql`select extract(month from g.ts)::int as month, count(*)::text as pitch_nights
        from generate_series(${year.from}::date, ${year.to}::date - 1, interval '1 day') as g(ts)
        join transit_allocations a on a.kind = 'stay' and a.from_day <= g.ts::date and a.to_day > g.ts::date
        join transit_reservations r on r.id = a.reservation_id and r.status in (${statuses})
        group by 1`,
  );
  return new Map(rows.map((row) => [Number(row.month), Number(row.pitch_nights)]));
}
