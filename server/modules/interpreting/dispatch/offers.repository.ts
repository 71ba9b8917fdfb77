import { and, eq, lte, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { interpreters, interpretingRequests, offers } from '../interpreting.tables.ts';

/** Queries of offers. Every status change is a compare-and-set on the current status. */

export type OfferRow = typeof offers.$inferSelect;
export type OfferWithOwner = OfferRow & { ownerUserId: string | null };

export async function insertOffers(tx: Db, rows: (typeof offers.$inferInsert)[]): Promise<OfferRow[]> {
  return rows.length ? tx.insert(offers).values(rows).returning() : [];
}

export async function findOfferWithOwner(db: Db, offerId: string): Promise<OfferWithOwner | null> {
  const [row] = await db
    .select({ offer: offers, ownerUserId: interpreters.userId })
    .from(offers)
    .innerJoin(interpreters, eq(interpreters.id, offers.interpreterId))
    .where(eq(offers.id, offerId));
  return row ? { ...row.offer, ownerUserId: row.ownerUserId } : null;
}

/**
 * open → accepted, only while unexpired, the request still waits for someone and nobody holds it.
 * Run with the request row locked, so two accepts of one request cannot both pass.
 */
export async function acceptIfOpen(tx: Db, offerId: string): Promise<OfferRow | null> {
  const [row] = await tx
    .update(offers)
    .set({ status: 'accepted', respondedAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(offers.id, offerId),
        eq(offers.status, 'open'),
        sql`${offers.expiresAt} > now()`,
        sql`exists (select 1 from interpreting_requests r where r.id = ${offers.requestId}
          and r.status in ('offered', 'submitted'))`,
        sql`not exists (select 1 from interpreting_assignments a where a.request_id = ${offers.requestId}
          and a.status = 'active')`,
      ),
    )
    .returning();
  return row ?? null;
}

export async function declineIfOpen(tx: Db, offerId: string): Promise<OfferRow | null> {
  const [row] = await tx
    .update(offers)
    .set({ status: 'declined', respondedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(offers.id, offerId), eq(offers.status, 'open')))
    .returning();
  return row ?? null;
}

/** Closes the request's other open offers: 'filled' after an accept, 'withdrawn' after an assignment. */
export async function closeOpenOffers(
  tx: Db,
  requestId: string,
  status: 'filled' | 'withdrawn',
): Promise<OfferRow[]> {
  return tx
    .update(offers)
    .set({ status, respondedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(offers.requestId, requestId), eq(offers.status, 'open')))
    .returning();
}

/** Everyone the request was ever offered to (so a new round goes to the next tier), and who still holds an open offer. */
export async function offeredInterpreterIds(
  tx: Db,
  requestId: string,
): Promise<{ ever: Set<string>; open: Set<string> }> {
  const rows = await tx
    .select({ id: offers.interpreterId, status: offers.status })
    .from(offers)
    .where(eq(offers.requestId, requestId));
  return {
    ever: new Set(rows.map((r) => r.id)),
    open: new Set(rows.filter((r) => r.status === 'open').map((r) => r.id)),
  };
}

export async function markRequestOffered(tx: Db, requestId: string, round: number): Promise<void> {
  await tx
    .update(interpretingRequests)
    .set({ status: 'offered', offerRound: round, updatedAt: new Date() })
    .where(eq(interpretingRequests.id, requestId));
}

export async function setRequestStatus(
  tx: Db,
  requestId: string,
  from: string,
  to: string,
): Promise<boolean> {
  const rows = await tx
    .update(interpretingRequests)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(interpretingRequests.id, requestId), eq(interpretingRequests.status, from)))
    .returning({ id: interpretingRequests.id });
  return rows.length === 1;
}

export async function setAutoOffers(tx: Db, requestId: string, enabled: boolean): Promise<boolean | null> {
  const [before] = await tx
    .select({ autoOffers: interpretingRequests.autoOffers })
    .from(interpretingRequests)
    .where(eq(interpretingRequests.id, requestId))
    .for('update');
  if (!before) return null;
  await tx
    .update(interpretingRequests)
    .set({ autoOffers: enabled, updatedAt: new Date() })
    .where(eq(interpretingRequests.id, requestId));
  return before.autoOffers;
}

/** open → expired for the request's offers whose time is up. */
export async function expireDueOffers(tx: Db, requestId: string, now: Date): Promise<OfferRow[]> {
  return tx
    .update(offers)
    .set({ status: 'expired', respondedAt: now, updatedAt: now })
    .where(and(eq(offers.requestId, requestId), eq(offers.status, 'open'), lte(offers.expiresAt, now)))
    .returning();
}

export async function hasOpenOffer(tx: Db, requestId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.requestId, requestId), eq(offers.status, 'open')))
    .limit(1);
  return rows.length > 0;
}

/**
 * Requests the offer job must look at: those with an open offer whose time is up, and those
 * still 'offered' with no open offer and nobody assigned (all declined, or a crash mid-run).
 */
export async function requestsToSettle(db: Db, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct o.request_id as id from interpreting_offers o
        where o.status = 'open' and o.expires_at <= ${now.toISOString()}
      union
      select r.id from interpreting_requests r
        where r.status = 'offered'
          and not exists (select 1 from interpreting_offers o where o.request_id = r.id and o.status = 'open')
          and not exists (select 1 from interpreting_assignments a
            where a.request_id = r.id and a.status = 'active')
      limit 1000`,
  );
  return rows.map((r) => r.id);
}

export type OfferListRow = OfferRow & { request: typeof interpretingRequests.$inferSelect };

/** Offers with their request; `scope` is the row-scoping condition of the caller. */
export async function listOffers(
  db: Db,
  filter: { status?: string | undefined; requestId?: string | undefined },
  scope: SQL,
): Promise<OfferListRow[]> {
  const conditions: SQL[] = [scope];
  if (filter.status) conditions.push(eq(offers.status, filter.status));
  if (filter.requestId) conditions.push(eq(offers.requestId, filter.requestId));
  const rows = await db
    .select({ offer: offers, request: interpretingRequests })
    .from(offers)
    .innerJoin(interpretingRequests, eq(interpretingRequests.id, offers.requestId))
    .innerJoin(interpreters, eq(interpreters.id, offers.interpreterId))
    .where(and(...conditions))
    .orderBy(interpretingRequests.startsAt, offers.createdAt)
    .limit(500);
  return rows.map((r) => ({ ...r.offer, request: r.request }));
}

export async function findOfferListRow(db: Db, offerId: string): Promise<OfferListRow | null> {
  const [row] = await listOffers(db, {}, eq(offers.id, offerId));
  return row ?? null;
}

/** The column that ties an offer to the interpreter's account, for row scoping. */
export const offerOwnerColumn = interpreters.userId;
