import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import {
  offerfeestEditions,
  offerfeestSites,
  offerfeestSlots,
  offerfeestRegistrations as regs,
} from '../offerfeest.tables.ts';

/** Confirmed registrations with an address whose slot is on `day` (Brussels) and that got no reminder. */
export async function unremindedOn(db: Db, day: string): Promise<string[]> {
  const rows = await db
    .select({ id: regs.id })
    .from(regs)
    .innerJoin(offerfeestSlots, eq(offerfeestSlots.id, regs.slotId))
    .where(
      and(
        eq(regs.status, 'confirmed'),
        isNull(regs.remindedAt),
        isNotNull(regs.email),
        sql`(${offerfeestSlots.startsAt} at time zone 'Europe/Brussels')::date = ${day}::date`,
      ),
    );
  return rows.map((row) => row.id);
}

/** Marks the reminder sent, only if it was not yet and the registration is still confirmed. */
export async function claimReminder(db: Db, id: string) {
  const [row] = await db
    .update(regs)
    .set({ remindedAt: sql`now()` })
    .where(and(eq(regs.id, id), isNull(regs.remindedAt), eq(regs.status, 'confirmed')))
    .returning();
  if (!row) return undefined;
  const [slot] = await db
    .select({
      startsAt: offerfeestSlots.startsAt,
      siteName: offerfeestSites.name,
      siteAddress: offerfeestSites.address,
    })
    .from(offerfeestSlots)
    .innerJoin(offerfeestSites, eq(offerfeestSites.id, offerfeestSlots.siteId))
    .where(eq(offerfeestSlots.id, row.slotId));
  return slot ? { registration: row, slot } : undefined;
}

/** Editions whose feast ended more than `anonymiseAfterMonths` before `day` and still hold registration data. */
export async function editionsToAnonymise(db: Db, day: string): Promise<{ id: string; year: number }[]> {
  return db
    .selectDistinct({ id: offerfeestEditions.id, year: offerfeestEditions.year })
    .from(offerfeestEditions)
    .where(
      sql`${offerfeestEditions.feastEnd} + make_interval(months => ${offerfeestEditions.anonymiseAfterMonths}::int) < ${day}::date
        and (${offerfeestEditions.anonymisedAt} is null or exists (
          select 1 from offerfeest_registrations r where r.edition_id = ${offerfeestEditions.id} and r.anonymised_at is null))`,
    );
}

/** Clears the personal fields of an edition's registrations; answers how many were cleared. */
export async function clearRegistrations(db: Db, editionId: string): Promise<number> {
  const rows = await db
    .update(regs)
    .set({
      name: null,
      phone: null,
      email: null,
      herdNumber: null,
      nrnPseudonym: null,
      anonymisedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(regs.editionId, editionId), isNull(regs.anonymisedAt)))
    .returning({ id: regs.id });
  return rows.length;
}

export async function markEditionAnonymised(db: Db, editionId: string): Promise<void> {
  await db
    .update(offerfeestEditions)
    .set({ anonymisedAt: sql`coalesce(${offerfeestEditions.anonymisedAt}, now())` })
    .where(eq(offerfeestEditions.id, editionId));
}
