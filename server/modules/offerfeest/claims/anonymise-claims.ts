import { recordAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import type { FileStore } from '../../../platform/files/index.ts';
import { blankClaim, deleteFileRecord, selectExpiredClaimIds } from './anonymise.repository.ts';

export type ClaimRetentionReport = { day: string; anonymised: number; filesDeleted: number; failed: number };

/**
 * The daily sweep: every claim of an edition whose feast ended more than its `anonymiseAfterMonths`
 * before `day` loses its personal data and its invoice (GDPR art. 9 data kept no longer than
 * needed). One transaction per claim; a failing claim is reported and retried by the next run.
 * The invoice's bytes leave the store only once no file record refers to them (content-addressed).
 */
export async function anonymiseExpiredClaims(
  db: Db,
  store: Pick<FileStore, 'delete'>,
  day: string,
  onError: (claimId: string, error: unknown) => void = () => {},
): Promise<ClaimRetentionReport> {
  const ctx = systemContext('offerfeest.retention');
  const report: ClaimRetentionReport = { day, anonymised: 0, filesDeleted: 0, failed: 0 };
  for (const id of await selectExpiredClaimIds(db, day)) {
    try {
      const orphan = await db.transaction(async (tx) => {
        const claim = await blankClaim(tx, id, new Date());
        if (!claim) return null;
        const sha256 = claim.invoiceFileId ? await deleteFileRecord(tx, claim.invoiceFileId) : null;
        await recordAudit(tx, ctx, {
          action: 'offerfeest.claim.anonymised',
          entity: 'offerfeest_claim',
          entityId: id,
          after: { reference: claim.reference, invoiceRemoved: claim.invoiceFileId !== null },
        });
        report.anonymised += 1;
        return sha256;
      });
      if (orphan) {
        await store.delete(orphan);
        report.filesDeleted += 1;
      }
    } catch (error) {
      report.failed += 1;
      onError(id, error);
    }
  }
  return report;
}
