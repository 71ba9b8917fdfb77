import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { transitAllocations, transitPitches, transitReservations } from '../transit.tables.ts';

/**
 * The lock on the site's size and caps as the day pools copy them (transaction-scoped advisory
 * lock). A change of them takes it `exclusive` before it resizes the pools that exist; making a
 * pool takes it `shared` before it reads them — so a pool is never made with values a change has
 * already passed by. Always after a parameter key's lock and before any pool's row lock.
 */
export async function lockSiteSize(db: Db, mode: 'shared' | 'exclusive'): Promise<void> {
  await (mode === 'shared'
    ? db.execute(sql`select pg_advisory_xact_lock_shared(hashtext('transit-site-size'))`)
    : db.execute(sql`select pg_advisory_xact_lock(hashtext('transit-site-size'))`));
}

/** The pitches in use (a pitch taken out for good is `active = false`). */
export async function countActivePitches(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(transitPitches)
    .where(eq(transitPitches.active, true));
  return row?.n ?? 0;
}

/** Out-of-service periods of active pitches touching [from, to). */
export async function selectOutOfServiceBetween(db: Db, from: string, to: string) {
  return db
    .select({ fromDay: transitAllocations.fromDay, toDay: transitAllocations.toDay })
    .from(transitAllocations)
    .innerJoin(transitPitches, eq(transitPitches.id, transitAllocations.pitchId))
    .where(
      and(
        eq(transitAllocations.kind, 'out_of_service'),
        eq(transitPitches.active, true),
        lt(transitAllocations.fromDay, to),
        gt(transitAllocations.toDay, from),
      ),
    );
}

/** An allocation as the pages show it: what holds the pitch, and whose stay it is (none for out of service). */
export const ALLOCATION_VIEW = {
  id: transitAllocations.id,
  pitchId: transitAllocations.pitchId,
  kind: transitAllocations.kind,
  fromDay: transitAllocations.fromDay,
  toDay: transitAllocations.toDay,
  reason: transitAllocations.reason,
  reservationId: transitAllocations.reservationId,
  reference: transitReservations.reference,
  partyName: transitReservations.headOfFamily,
  status: transitReservations.status,
};

/** What holds one pitch during [from, to): stays (with their reservation) and out-of-service periods. */
export async function selectPitchAllocations(db: Db, pitchId: string, from: string, to: string) {
  return db
    .select(ALLOCATION_VIEW)
    .from(transitAllocations)
    .leftJoin(transitReservations, eq(transitReservations.id, transitAllocations.reservationId))
    .where(
      and(
        eq(transitAllocations.pitchId, pitchId),
        lt(transitAllocations.fromDay, to),
        gt(transitAllocations.toDay, from),
      ),
    )
    .orderBy(asc(transitAllocations.fromDay));
}
