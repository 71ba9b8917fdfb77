import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import { insertReimbursementEdition, submitDirect } from './claims.test-support.ts';
import { anonymiseExpiredClaims, startClaimJobs } from './jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.platform.database.db;
const row = async (reference: string) =>
  (await db().select().from(offerfeestClaims).where(eq(offerfeestClaims.reference, reference)))[0];
const uniquePdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`);

describe('anonymiseExpiredClaims', () => {
  it('blanks claims once feastEnd + anonymiseAfterMonths has passed, removes the invoice, keeps the figures', async () => {
    const old = await insertReimbursementEdition(db(), {
      year: 2024,
      feastStart: '2024-06-16',
      feastEnd: '2024-06-18',
      blockingStart: '2024-06-15',
      blockingEnd: '2024-06-19',
      anonymiseAfterMonths: 12,
    });
    const current = await insertReimbursementEdition(db(), { year: 2026 });
    const expired = await submitDirect(
      t.platform,
      old.id,
      { invoiceDate: '2024-06-17' },
      uniquePdf('expired'),
    );
    const kept = await submitDirect(t.platform, current.id, {}, uniquePdf('kept'));
    const before = await row(expired.reference);
    const fileId = before?.invoiceFileId ?? '';
    const [file] = await db().select().from(storedFiles).where(eq(storedFiles.id, fileId));
    expect(await t.platform.files.store.has(file?.sha256 ?? '')).toBe(true);

    const early = await anonymiseExpiredClaims(db(), t.platform.files.store, '2025-06-18');
    expect(early.anonymised).toBe(0);
    const report = await anonymiseExpiredClaims(db(), t.platform.files.store, '2025-06-19');
    expect(report).toMatchObject({ anonymised: 1, filesDeleted: 1, failed: 0 });

    const after = await row(expired.reference);
    expect(after).toMatchObject({
      name: null,
      address: null,
      email: null,
      phone: null,
      iban: null,
      accountHolder: null,
      nrnPseudonym: null,
      invoiceFileId: null,
      invoiceCents: before?.invoiceCents,
      postcode: before?.postcode,
      status: 'submitted',
    });
    expect(after?.anonymisedAt).not.toBeNull();
    expect(await db().select().from(storedFiles).where(eq(storedFiles.id, fileId))).toHaveLength(0);
    expect(await t.platform.files.store.has(file?.sha256 ?? '')).toBe(false);
    expect((await row(kept.reference))?.name).toBe('Yusuf Yıldız');

    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'offerfeest.claim.anonymised'));
    expect(audit?.entityId).toBe(after?.id);
    expect(JSON.stringify(audit)).not.toContain('Yusuf');
    const status = await t.app.inject({ url: `/api/public/offerfeest/claims/${expired.code}` });
    expect(status.json()).toMatchObject({ reference: expired.reference, status: 'submitted' });

    const second = await anonymiseExpiredClaims(db(), t.platform.files.store, '2025-06-19');
    expect(second.anonymised).toBe(0);
  });

  it('startClaimJobs publishes the demo debtor account once', async () => {
    await startClaimJobs(t.platform);
    await startClaimJobs(t.platform);
    const values = await t.platform.params.list('offerfeest.debtor');
    expect(values).toHaveLength(1);
    expect(values[0]?.value).toMatchObject({ iban: 'BE26091000000029', bic: 'GKCCBEBB' });
  });
});
