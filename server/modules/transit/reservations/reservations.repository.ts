import { and, asc, desc, eq, gt, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { queryRows } from '../../../platform/db/index.ts';
import {
  transitAllocations,
  transitBills,
  transitIncidents,
  transitMeterReadings,
  transitParties,
  transitPayments,
  transitPitches,
  transitReservations,
  transitTravellers,
} from '../transit.tables.ts';

export type ReservationRow = typeof transitReservations.$inferSelect;
export type PartyRow = typeof transitParties.$inferSelect;
export type PitchRef = { id: string; number: number; cluster: number };

/** Statuses that count as a stay of the calendar year (a requested or ended-without-stay one does not). */
export const COUNTED_STATUSES = [
  'provisional',
  'confirmed',
  'checked_in',
  'extended',
  'checked_out',
  'settled',
  'evicted',
] as const;

export async function selectParty(db: Db, id: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(transitParties).where(eq(transitParties.id, id));
  return row;
}

export async function selectPartyByKey(db: Db, partyKey: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(transitParties).where(eq(transitParties.partyKey, partyKey));
  return row;
}

/** Inserts the party unless its key exists (two desks booking the same family at once), then reads it. */
export async function upsertParty(
  db: Db,
  value: { partyKey: string; name: string; phone: string },
): Promise<{ row: PartyRow; created: boolean }> {
  const [created] = await db.insert(transitParties).values(value).onConflictDoNothing().returning();
  if (created) return { row: created, created: true };
  const row = await selectPartyByKey(db, value.partyKey);
  if (!row) throw new Error('party vanished after conflict');
  return { row, created: false };
}

export async function lockParty(db: Db, id: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(transitParties).where(eq(transitParties.id, id)).for('update');
  return row;
}

export async function countStays(db: Db, partyId: string, year: string, exceptId?: string): Promise<number> {
  const conditions: SQL[] = [
    eq(transitReservations.partyId, partyId),
    inArray(transitReservations.status, [...COUNTED_STATUSES]),
    sql`extract(year from ${transitReservations.arrival}) = ${Number(year)}`,
  ];
  if (exceptId) conditions.push(ne(transitReservations.id, exceptId));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(transitReservations)
    .where(and(...conditions));
  return row?.n ?? 0;
}

export async function nextReferenceNumber(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`select nextval('transit_reservation_reference_seq')::text as n`,
  );
  return Number(row?.n ?? 0);
}

export async function insertReservation(
  db: Db,
  value: typeof transitReservations.$inferInsert,
): Promise<ReservationRow> {
  const [row] = await db.insert(transitReservations).values(value).returning();
  if (!row) throw new Error('reservation insert returned nothing');
  return row;
}

export async function selectReservation(db: Db, id: string): Promise<ReservationRow | undefined> {
  const [row] = await db.select().from(transitReservations).where(eq(transitReservations.id, id));
  return row;
}

export async function lockReservation(db: Db, id: string): Promise<ReservationRow | undefined> {
  const [row] = await db
    .select()
    .from(transitReservations)
    .where(eq(transitReservations.id, id))
    .for('update');
  return row;
}

/** Compare-and-set: changes the row only while it still has the status it was read with. */
export async function updateReservationIf(
  db: Db,
  id: string,
  status: string,
  set: Partial<typeof transitReservations.$inferInsert>,
): Promise<ReservationRow | undefined> {
  const [row] = await db
    .update(transitReservations)
    .set({ ...set, version: sql`${transitReservations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(transitReservations.id, id), eq(transitReservations.status, status)))
    .returning();
  return row;
}

/** Active pitches with no allocation (stay or out of service) on any day of [from, to). */
export async function selectFreePitches(db: Db, from: string, to: string): Promise<PitchRef[]> {
  return db
    .select({ id: transitPitches.id, number: transitPitches.number, cluster: transitPitches.cluster })
    .from(transitPitches)
    .where(
      and(
        eq(transitPitches.active, true),
        sql`not exists (select 1 from ${transitAllocations} a where a.pitch_id = ${transitPitches.id}
          and a.from_day < ${to} and a.to_day > ${from})`,
      ),
    )
    .orderBy(asc(transitPitches.number));
}

export async function insertStayAllocations(
  db: Db,
  rows: {
    pitchId: string;
    reservationId: string;
    fromDay: string;
    toDay: string;
    createdBy: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(transitAllocations).values(rows.map((row) => ({ ...row, kind: 'stay' })));
}

export async function selectReservationPitches(db: Db, reservationIds: readonly string[]) {
  if (reservationIds.length === 0) return [];
  return db
    .select({
      reservationId: transitAllocations.reservationId,
      id: transitPitches.id,
      number: transitPitches.number,
      cluster: transitPitches.cluster,
      fromDay: transitAllocations.fromDay,
      toDay: transitAllocations.toDay,
    })
    .from(transitAllocations)
    .innerJoin(transitPitches, eq(transitPitches.id, transitAllocations.pitchId))
    .where(inArray(transitAllocations.reservationId, [...reservationIds]))
    .orderBy(asc(transitPitches.number));
}

export async function deleteAllocationsOf(db: Db, reservationId: string): Promise<number> {
  const rows = await db
    .delete(transitAllocations)
    .where(eq(transitAllocations.reservationId, reservationId))
    .returning({ id: transitAllocations.id });
  return rows.length;
}

/** Ends the reservation's allocations at `toDay` (a stay shortened or lengthened). */
export async function moveAllocationsEnd(db: Db, reservationId: string, toDay: string): Promise<void> {
  await db
    .update(transitAllocations)
    .set({ toDay, updatedAt: sql`now()` })
    .where(eq(transitAllocations.reservationId, reservationId));
}

export async function selectTravellers(db: Db, reservationId: string) {
  return db
    .select()
    .from(transitTravellers)
    .where(eq(transitTravellers.reservationId, reservationId))
    .orderBy(asc(transitTravellers.createdAt), asc(transitTravellers.name));
}

export async function insertTravellers(
  db: Db,
  reservationId: string,
  travellers: readonly {
    name: string;
    birthDate?: string | undefined;
    documentNumber?: string | undefined;
  }[],
): Promise<void> {
  if (travellers.length === 0) return;
  await db.insert(transitTravellers).values(
    travellers.map((t) => ({
      reservationId,
      name: t.name,
      birthDate: t.birthDate ?? null,
      documentNumber: t.documentNumber ?? null,
    })),
  );
}

export async function deleteTravellers(db: Db, reservationId: string): Promise<void> {
  await db.delete(transitTravellers).where(eq(transitTravellers.reservationId, reservationId));
}

export async function selectPayments(db: Db, reservationId: string) {
  return db
    .select()
    .from(transitPayments)
    .where(eq(transitPayments.reservationId, reservationId))
    .orderBy(asc(transitPayments.createdAt), asc(transitPayments.receiptNumber));
}

export async function selectBill(db: Db, reservationId: string) {
  const [row] = await db.select().from(transitBills).where(eq(transitBills.reservationId, reservationId));
  return row;
}

export async function selectIncidents(db: Db, reservationId: string) {
  return db
    .select()
    .from(transitIncidents)
    .where(eq(transitIncidents.reservationId, reservationId))
    .orderBy(desc(transitIncidents.occurredAt));
}

export async function selectReadings(db: Db, reservationId: string) {
  return db
    .select()
    .from(transitMeterReadings)
    .where(eq(transitMeterReadings.reservationId, reservationId))
    .orderBy(asc(transitMeterReadings.readAt));
}

export async function insertReadings(
  db: Db,
  rows: {
    reservationId: string;
    pitchId: string;
    kind: 'start' | 'end';
    kwh: number;
    recordedBy: string | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(transitMeterReadings).values(rows.map((row) => ({ ...row, kwh: String(row.kwh) })));
}

export type ListFilter = {
  statuses?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

export async function selectReservations(db: Db, filter: ListFilter) {
  const conditions: SQL[] = [];
  if (filter.statuses?.length) conditions.push(inArray(transitReservations.status, filter.statuses));
  if (filter.to) conditions.push(lt(transitReservations.arrival, filter.to));
  if (filter.from) conditions.push(gt(transitReservations.departure, filter.from));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(${transitReservations.reference} ilike ${like} or ${transitReservations.headOfFamily} ilike ${like})`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(transitReservations)
      .where(where)
      .orderBy(asc(transitReservations.arrival), asc(transitReservations.reference))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(transitReservations).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}
