import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { transitParties, transitReservations } from '../transit.tables.ts';
import { deleteTravellers, type ReservationRow } from './reservations.repository.ts';

/** Provisional reservations whose hold ran out before `now`. */
export async function selectExpiredHolds(db: Db, now: Date): Promise<ReservationRow[]> {
  return db
    .select()
    .from(transitReservations)
    .where(and(eq(transitReservations.status, 'provisional'), lt(transitReservations.holdExpiresAt, now)))
    .orderBy(asc(transitReservations.holdExpiresAt));
}

/** Not yet anonymised reservations that left before `before`. */
export async function selectExpiredStays(db: Db, before: string): Promise<ReservationRow[]> {
  return db
    .select()
    .from(transitReservations)
    .where(and(isNull(transitReservations.anonymisedAt), lt(transitReservations.departure, before)))
    .orderBy(asc(transitReservations.departure));
}

/** Clears the contact and notes of a stay and removes its travellers; the days and money stay. */
export async function anonymiseReservationRow(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(transitReservations)
    .set({ headOfFamily: null, phone: null, notes: null, anonymisedAt: at, updatedAt: sql`now()` })
    .where(and(eq(transitReservations.id, id), isNull(transitReservations.anonymisedAt)))
    .returning({ id: transitReservations.id });
  if (rows.length > 0) await deleteTravellers(db, id);
  return rows.length > 0;
}

/** Clears a party's name and phone once none of its reservations keeps contact data (its key stays to count stays). */
export async function anonymisePartyIfDone(db: Db, partyId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(transitParties)
    .set({ name: null, phone: null, anonymisedAt: at, updatedAt: sql`now()` })
    .where(
      and(
        eq(transitParties.id, partyId),
        isNull(transitParties.anonymisedAt),
        sql`not exists (select 1 from ${transitReservations} r where r.party_id = ${partyId} and r.anonymised_at is null)`,
      ),
    )
    .returning({ id: transitParties.id });
  return rows.length > 0;
}

/** The demo's past stays get the moments they happened, not the moment the demo ran. */
export async function backdateStay(
  db: Db,
  id: string,
  moments: { checkedInAt?: Date; checkedOutAt?: Date; settledAt?: Date },
): Promise<void> {
  await db.update(transitReservations).set(moments).where(eq(transitReservations.id, id));
}
