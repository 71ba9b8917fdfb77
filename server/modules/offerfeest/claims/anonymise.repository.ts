import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';

/** Claims not yet anonymised of editions whose feast ended more than `anonymiseAfterMonths` before `day`. */
export async function selectExpiredClaimIds(db: Db, day: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select c.id from offerfeest_claims c join offerfeest_editions e on e.id = c.edition_id
        where c.anonymised_at is null
          and (e.feast_end + make_interval(months => e.anonymise_after_months::int))::date < ${day}::date
        order by c.id`,
  );
  return rows.map((row) => row.id);
}

/**
 * Blanks the claim's personal data (locked, and only while not yet anonymised, so two runs change
 * nothing twice). Kept: reference, edition, postcode, language, amounts, dates, status — the figures.
 * Returns the unlinked invoice file, or null when there was nothing to do.
 */
export async function blankClaim(
  db: Db,
  id: string,
  at: Date,
): Promise<{ reference: string; invoiceFileId: string | null } | null> {
  const [claim] = await db
    .select({ reference: offerfeestClaims.reference, invoiceFileId: offerfeestClaims.invoiceFileId })
    .from(offerfeestClaims)
    .where(and(eq(offerfeestClaims.id, id), isNull(offerfeestClaims.anonymisedAt)))
    .for('update');
  if (!claim) return null;
  await db
    .update(offerfeestClaims)
    .set({
      name: null,
      address: null,
      email: null,
      phone: null,
      iban: null,
      accountHolder: null,
      nrnPseudonym: null,
      invoiceFileId: null,
      anonymisedAt: at,
      updatedAt: at,
      version: sql`${offerfeestClaims.version} + 1`,
    })
    .where(eq(offerfeestClaims.id, id));
  return claim;
}

/**
 * Deletes the file's record unless another table still refers to it (the savepoint keeps a
 * foreign-key failure from aborting the anonymisation). Returns the content hash when no record
 * is left for it, so the caller may remove the bytes from the store after the commit.
 */
export async function deleteFileRecord(db: Db, fileId: string): Promise<string | null> {
  try {
    const deleted = await db.transaction(async (savepoint) =>
      savepoint
        .delete(storedFiles)
        .where(eq(storedFiles.id, fileId))
        .returning({ sha256: storedFiles.sha256 }),
    );
    const sha256 = deleted[0]?.sha256;
    if (!sha256) return null;
    const [other] = await db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(eq(storedFiles.sha256, sha256))
      .limit(1);
    return other ? null : sha256;
  } catch {
    return null;
  }
}
