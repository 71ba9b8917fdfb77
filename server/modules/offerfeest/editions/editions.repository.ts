import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import {
  offerfeestEditions,
  offerfeestRegistrations,
  offerfeestSites,
  offerfeestSlots,
} from '../offerfeest.tables.ts';

export type EditionRow = typeof offerfeestEditions.$inferSelect;
export type EditionInsert = typeof offerfeestEditions.$inferInsert;
export type SiteRow = typeof offerfeestSites.$inferSelect;
export type SlotRow = typeof offerfeestSlots.$inferSelect;

export async function selectEdition(db: Db, id: string): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(offerfeestEditions).where(eq(offerfeestEditions.id, id));
  return row;
}

export async function selectEditions(db: Db): Promise<EditionRow[]> {
  return db.select().from(offerfeestEditions).orderBy(desc(offerfeestEditions.year));
}

export async function selectSites(db: Db, editionIds: readonly string[]): Promise<SiteRow[]> {
  if (editionIds.length === 0) return [];
  return db
    .select()
    .from(offerfeestSites)
    .where(inArray(offerfeestSites.editionId, [...editionIds]))
    .orderBy(asc(offerfeestSites.name));
}

export async function selectSite(db: Db, editionId: string, siteId: string): Promise<SiteRow | undefined> {
  const [row] = await db
    .select()
    .from(offerfeestSites)
    .where(and(eq(offerfeestSites.id, siteId), eq(offerfeestSites.editionId, editionId)));
  return row;
}

export async function insertEdition(db: Db, values: EditionInsert): Promise<EditionRow> {
  const [row] = await db.insert(offerfeestEditions).values(values).returning();
  if (!row) throw new Error('edition insert returned nothing');
  return row;
}

export async function updateEditionRow(
  db: Db,
  id: string,
  values: Partial<EditionInsert>,
): Promise<EditionRow> {
  const [row] = await db
    .update(offerfeestEditions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(offerfeestEditions.id, id))
    .returning();
  if (!row) throw new Error('edition update returned nothing');
  return row;
}

export async function insertSite(db: Db, values: typeof offerfeestSites.$inferInsert): Promise<SiteRow> {
  const [row] = await db.insert(offerfeestSites).values(values).returning();
  if (!row) throw new Error('site insert returned nothing');
  return row;
}

export async function insertSlots(
  db: Db,
  values: (typeof offerfeestSlots.$inferInsert)[],
): Promise<SlotRow[]> {
  if (values.length === 0) return [];
  return db.insert(offerfeestSlots).values(values).returning();
}

/** An existing slot of the same site that overlaps one of these windows (a second generation run). */
export async function selectOverlappingSlot(
  db: Db,
  siteId: string,
  from: Date,
  to: Date,
): Promise<SlotRow | undefined> {
  const [row] = await db
    .select()
    .from(offerfeestSlots)
    .where(
      and(
        eq(offerfeestSlots.siteId, siteId),
        sql`${offerfeestSlots.startsAt} < ${to.toISOString()}`,
        sql`${offerfeestSlots.endsAt} > ${from.toISOString()}`,
      ),
    )
    .limit(1);
  return row;
}

export type SlotWithSite = SlotRow & { siteName: string; siteAddress: string };

export async function selectSlotWithSite(db: Db, slotId: string): Promise<SlotWithSite | undefined> {
  const [row] = await db
    .select({ slot: offerfeestSlots, siteName: offerfeestSites.name, siteAddress: offerfeestSites.address })
    .from(offerfeestSlots)
    .innerJoin(offerfeestSites, eq(offerfeestSites.id, offerfeestSlots.siteId))
    .where(eq(offerfeestSlots.id, slotId));
  return row ? { ...row.slot, siteName: row.siteName, siteAddress: row.siteAddress } : undefined;
}

export async function selectEditionSlots(db: Db, editionId: string): Promise<SlotWithSite[]> {
  const rows = await db
    .select({ slot: offerfeestSlots, siteName: offerfeestSites.name, siteAddress: offerfeestSites.address })
    .from(offerfeestSlots)
    .innerJoin(offerfeestSites, eq(offerfeestSites.id, offerfeestSlots.siteId))
    .where(eq(offerfeestSlots.editionId, editionId))
    .orderBy(asc(offerfeestSlots.startsAt), asc(offerfeestSites.name));
  return rows.map((row) => ({ ...row.slot, siteName: row.siteName, siteAddress: row.siteAddress }));
}

/** Waitlisted registrations per slot of an edition. */
export async function countWaitlisted(db: Db, editionId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ slotId: offerfeestRegistrations.slotId, n: sql<number>`count(*)::int` })
    .from(offerfeestRegistrations)
    .where(
      and(eq(offerfeestRegistrations.editionId, editionId), eq(offerfeestRegistrations.status, 'waitlisted')),
    )
    .groupBy(offerfeestRegistrations.slotId);
  return new Map(rows.map((row) => [row.slotId, Number(row.n)]));
}

/** Locks a site: changes to its slots' places run one after the other. */
export async function lockSite(db: Db, siteId: string): Promise<void> {
  await db
    .select({ id: offerfeestSites.id })
    .from(offerfeestSites)
    .where(eq(offerfeestSites.id, siteId))
    .for('update');
}
