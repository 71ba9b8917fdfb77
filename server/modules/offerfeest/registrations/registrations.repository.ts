import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { offerfeestSites, offerfeestSlots, offerfeestRegistrations as regs } from '../offerfeest.tables.ts';

export type RegistrationRow = typeof regs.$inferSelect;
export type RegistrationInsert = typeof regs.$inferInsert;
/** A registration with its slot and site, and its place on the waiting list when it waits. */
export type RegistrationDetail = RegistrationRow & {
  slotStart: Date;
  slotEnd: Date;
  siteId: string;
  siteName: string;
  siteAddress: string;
  position: number | null;
};

/**
 * The waiting-list rank: waitlisted registrations of the same slot that waited at least as long
 * (earlier `waitlisted_at`, the id breaking ties). Written out in SQL so lists get it in one query.
 */
const position = sql<number | null>`case when ${regs.status} = 'waitlisted' then (
  select count(*)::int from offerfeest_registrations w
  where w.slot_id = ${regs.slotId} and w.status = 'waitlisted'
    and (w.waitlisted_at, w.id) <= (${regs.waitlistedAt}, ${regs.id})) end`;

function detailQuery(db: Db) {
  return db
    .select({
      registration: regs,
      slotStart: offerfeestSlots.startsAt,
      slotEnd: offerfeestSlots.endsAt,
      siteId: offerfeestSites.id,
      siteName: offerfeestSites.name,
      siteAddress: offerfeestSites.address,
      position,
    })
    .from(regs)
    .innerJoin(offerfeestSlots, eq(offerfeestSlots.id, regs.slotId))
    .innerJoin(offerfeestSites, eq(offerfeestSites.id, offerfeestSlots.siteId));
}

type DetailResult = Awaited<ReturnType<ReturnType<typeof detailQuery>['execute']>>[number];

function toDetail(row: DetailResult): RegistrationDetail {
  const { registration, position: rank, ...rest } = row;
  return { ...registration, ...rest, position: rank === null ? null : Number(rank) };
}

export async function selectRegistration(
  db: Db,
  where: SQL | undefined,
): Promise<RegistrationDetail | undefined> {
  const [row] = await detailQuery(db).where(where).limit(1);
  return row ? toDetail(row) : undefined;
}

export const byId = (id: string): SQL => eq(regs.id, id);
export const byCode = (code: string): SQL => eq(regs.code, code);

export type RegistrationFilter = {
  status?: string | undefined;
  slotId?: string | undefined;
  q?: string | undefined;
};

export async function selectRegistrations(
  db: Db,
  editionId: string,
  filter: RegistrationFilter,
): Promise<RegistrationDetail[]> {
  const text = filter.q?.trim();
  const rows = await detailQuery(db)
    .where(
      and(
        eq(regs.editionId, editionId),
        filter.status ? eq(regs.status, filter.status) : undefined,
        filter.slotId ? eq(regs.slotId, filter.slotId) : undefined,
        text
          ? or(ilike(regs.name, `%${text}%`), ilike(regs.code, `%${text}%`), ilike(regs.phone, `%${text}%`))
          : undefined,
      ),
    )
    .orderBy(asc(offerfeestSlots.startsAt), asc(regs.createdAt), asc(regs.id))
    .limit(2000);
  return rows.map(toDetail);
}

export async function insertRegistration(db: Db, values: RegistrationInsert): Promise<RegistrationRow> {
  const [row] = await db.insert(regs).values(values).returning();
  if (!row) throw new Error('registration insert returned nothing');
  return row;
}

/** Locks the registration for a status change. */
export async function lockRegistration(db: Db, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(regs).where(eq(regs.id, id)).for('update');
  return row;
}

/** Compare-and-set on the status: answers the row only when it was still `from`. */
export async function moveStatus(
  db: Db,
  id: string,
  from: string,
  values: Partial<RegistrationInsert> & { status: string },
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(regs)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${regs.version} + 1` })
    .where(and(eq(regs.id, id), eq(regs.status, from)))
    .returning();
  return row;
}

/**
 * The waiting registrations of these slots, the primary slot's first, then by how long they
 * wait. Rows another transaction holds (being cancelled right now) are skipped, not waited for.
 */
export async function lockWaitlist(
  db: Db,
  slotIds: readonly string[],
  primarySlotId: string,
): Promise<RegistrationRow[]> {
  if (slotIds.length === 0) return [];
  return db
    .select()
    .from(regs)
    .where(and(inArray(regs.slotId, [...slotIds]), eq(regs.status, 'waitlisted')))
    .orderBy(desc(sql`${regs.slotId} = ${primarySlotId}`), asc(regs.waitlistedAt), asc(regs.id))
    .for('update', { skipLocked: true });
}

/** The slots of a site on one Brussels day (they share the site-day pool). */
export async function selectSiteDaySlots(
  db: Db,
  siteId: string,
  day: string,
): Promise<{ id: string; siteId: string; startsAt: Date; endsAt: Date }[]> {
  return db
    .select({
      id: offerfeestSlots.id,
      siteId: offerfeestSlots.siteId,
      startsAt: offerfeestSlots.startsAt,
      endsAt: offerfeestSlots.endsAt,
    })
    .from(offerfeestSlots)
    .where(
      and(
        eq(offerfeestSlots.siteId, siteId),
        sql`(${offerfeestSlots.startsAt} at time zone 'Europe/Brussels')::date = ${day}::date`,
      ),
    );
}

export async function personRegistered(db: Db, editionId: string, pseudonym: string): Promise<boolean> {
  const [row] = await db
    .select({ id: regs.id })
    .from(regs)
    .where(
      and(
        eq(regs.editionId, editionId),
        eq(regs.nrnPseudonym, pseudonym),
        sql`${regs.status} <> 'cancelled'`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
