import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { offerfeestClaims, offerfeestEditions, offerfeestPaymentBatches } from '../offerfeest.tables.ts';

export type ClaimRow = typeof offerfeestClaims.$inferSelect;
export type NewClaimRow = typeof offerfeestClaims.$inferInsert;
export type BatchRow = typeof offerfeestPaymentBatches.$inferSelect;
export type EditionRow = typeof offerfeestEditions.$inferSelect;

export async function selectEditionByYear(db: Db, year: number): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(offerfeestEditions).where(eq(offerfeestEditions.year, year));
  return row;
}

export async function nextReferenceNumber(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`select nextval('offerfeest_claim_reference_seq') as n`,
  );
  return Number(row?.n);
}

export async function insertClaim(db: Db, values: NewClaimRow): Promise<ClaimRow> {
  const [row] = await db.insert(offerfeestClaims).values(values).returning();
  if (!row) throw new Error('insert into offerfeest_claims returned no row');
  return row;
}

export async function selectClaim(db: Db, id: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(offerfeestClaims).where(eq(offerfeestClaims.id, id)).limit(1);
  return row;
}

export async function selectClaimByCodeHash(db: Db, codeHash: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(offerfeestClaims).where(eq(offerfeestClaims.codeHash, codeHash));
  return row;
}

export async function selectClaims(db: Db, editionId: string, status?: string): Promise<ClaimRow[]> {
  const where = [eq(offerfeestClaims.editionId, editionId)];
  if (status) where.push(eq(offerfeestClaims.status, status));
  return db
    .select()
    .from(offerfeestClaims)
    .where(and(...where))
    .orderBy(asc(offerfeestClaims.reference));
}

/** Compare-and-set: changes the claim only while it still has the version and one of the statuses read. */
export async function updateClaimIf(
  db: Db,
  current: { id: string; version: number; statuses: readonly string[] },
  set: Partial<NewClaimRow>,
): Promise<ClaimRow | undefined> {
  const [row] = await db
    .update(offerfeestClaims)
    .set({ ...set, version: current.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(offerfeestClaims.id, current.id),
        eq(offerfeestClaims.version, current.version),
        inArray(offerfeestClaims.status, [...current.statuses]),
      ),
    )
    .returning();
  return row;
}

/** Approved claims of an edition not yet in a batch, with an account to pay, locked for the batch. */
export async function lockPayableClaims(db: Db, editionId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(offerfeestClaims)
    .where(
      and(
        eq(offerfeestClaims.editionId, editionId),
        eq(offerfeestClaims.status, 'approved'),
        isNull(offerfeestClaims.batchId),
        isNotNull(offerfeestClaims.iban),
      ),
    )
    .orderBy(asc(offerfeestClaims.reference))
    .for('update');
}

export async function insertBatch(
  db: Db,
  values: typeof offerfeestPaymentBatches.$inferInsert,
): Promise<BatchRow> {
  const [row] = await db.insert(offerfeestPaymentBatches).values(values).returning();
  if (!row) throw new Error('insert into offerfeest_payment_batches returned no row');
  return row;
}

export async function assignBatch(db: Db, batchId: string, claimIds: readonly string[]): Promise<void> {
  await db
    .update(offerfeestClaims)
    .set({ batchId, version: sql`${offerfeestClaims.version} + 1`, updatedAt: new Date() })
    .where(inArray(offerfeestClaims.id, [...claimIds]));
}

export async function selectBatches(db: Db, editionId: string): Promise<BatchRow[]> {
  return db
    .select()
    .from(offerfeestPaymentBatches)
    .where(eq(offerfeestPaymentBatches.editionId, editionId))
    .orderBy(desc(offerfeestPaymentBatches.createdAt));
}

export async function selectBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(offerfeestPaymentBatches)
    .where(eq(offerfeestPaymentBatches.id, id))
    .limit(1);
  return row;
}

/** The batch's claims still approved (not yet marked paid), locked. */
export async function lockUnpaidBatchClaims(db: Db, batchId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(offerfeestClaims)
    .where(and(eq(offerfeestClaims.batchId, batchId), eq(offerfeestClaims.status, 'approved')))
    .orderBy(asc(offerfeestClaims.reference))
    .for('update');
}

export async function markClaimsPaid(db: Db, claimIds: readonly string[], paidAt: Date): Promise<void> {
  await db
    .update(offerfeestClaims)
    .set({ status: 'paid', paidAt, version: sql`${offerfeestClaims.version} + 1`, updatedAt: paidAt })
    .where(inArray(offerfeestClaims.id, [...claimIds]));
}
