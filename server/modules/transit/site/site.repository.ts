import { and, asc, eq, gt, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { ALLOCATION_VIEW } from '../reservations/capacity.repository.ts';
import {
  transitAllocations,
  transitIncidents,
  transitParties,
  transitPitches,
  transitReservations,
} from '../transit.tables.ts';

export type PitchRow = typeof transitPitches.$inferSelect;

export async function countPitches(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(transitPitches);
  return row?.n ?? 0;
}

export async function insertPitches(
  db: Db,
  rows: { number: number; cluster: number; meterId: string }[],
): Promise<number> {
  const inserted = await db
    .insert(transitPitches)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: transitPitches.id });
  return inserted.length;
}

export async function selectPitches(db: Db): Promise<PitchRow[]> {
  return db.select().from(transitPitches).orderBy(asc(transitPitches.number));
}

export async function selectPitch(db: Db, id: string): Promise<PitchRow | undefined> {
  const [row] = await db.select().from(transitPitches).where(eq(transitPitches.id, id));
  return row;
}

/** Allocations touching [from, to), with the reservation's reference, party name and status. */
export async function selectAllocationsBetween(db: Db, from: string, to: string) {
  return db
    .select(ALLOCATION_VIEW)
    .from(transitAllocations)
    .leftJoin(transitReservations, eq(transitReservations.id, transitAllocations.reservationId))
    .where(and(lt(transitAllocations.fromDay, to), gt(transitAllocations.toDay, from)))
    .orderBy(asc(transitAllocations.fromDay));
}

export async function insertOutOfService(
  db: Db,
  value: { pitchId: string; fromDay: string; toDay: string; reason: string; createdBy: string | null },
) {
  const [row] = await db
    .insert(transitAllocations)
    .values({ ...value, kind: 'out_of_service' })
    .returning();
  if (!row) throw new Error('allocation insert returned nothing');
  return row;
}

export async function selectOutOfService(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(transitAllocations)
    .where(and(eq(transitAllocations.id, id), eq(transitAllocations.kind, 'out_of_service')));
  return row;
}

export async function deleteOutOfService(db: Db, id: string) {
  const [row] = await db
    .delete(transitAllocations)
    .where(and(eq(transitAllocations.id, id), eq(transitAllocations.kind, 'out_of_service')))
    .returning();
  return row;
}

/** Reservations with one of `statuses` whose arrival (or departure) is `day`, or on site that day. */
export async function selectReservationsOn(
  db: Db,
  day: string,
  field: 'arrival' | 'departure' | 'onSite',
  statuses: readonly string[],
) {
  const when =
    field === 'onSite'
      ? and(sql`${transitReservations.arrival} <= ${day}`, gt(transitReservations.departure, day))
      : eq(transitReservations[field], day);
  return db
    .select()
    .from(transitReservations)
    .where(and(when, inArray(transitReservations.status, [...statuses])))
    .orderBy(asc(transitReservations.reference));
}

export async function insertIncident(db: Db, value: typeof transitIncidents.$inferInsert) {
  const [row] = await db.insert(transitIncidents).values(value).returning();
  if (!row) throw new Error('incident insert returned nothing');
  return row;
}

export async function selectIncidentsList(db: Db, reservationId?: string) {
  return db
    .select()
    .from(transitIncidents)
    .where(reservationId ? eq(transitIncidents.reservationId, reservationId) : undefined)
    .orderBy(sql`${transitIncidents.occurredAt} desc`)
    .limit(200);
}

export async function selectParties(db: Db, q: string | undefined) {
  const like = q ? `%${q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%` : undefined;
  return db
    .select()
    .from(transitParties)
    .where(like ? or(ilike(transitParties.name, like), ilike(transitParties.phone, like)) : undefined)
    .orderBy(asc(transitParties.name))
    .limit(50);
}
