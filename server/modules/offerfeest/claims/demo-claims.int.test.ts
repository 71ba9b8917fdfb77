import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { systemContext } from '../../../platform/context.ts';
import { offerfeestClaims, offerfeestPaymentBatches } from '../offerfeest.tables.ts';
import { insertReimbursementEdition } from './claims.test-support.ts';
import { seedClaimsDemo } from './demo-claims.ts';
import { canValidatePain001, elementTexts, validatePain001 } from './pain001.test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('seedClaimsDemo', () => {
  it('does nothing without a 2026 edition, then seeds 30 claims and one paid batch, once', async () => {
    const db = t.platform.database.db;
    const ctx = systemContext('demo');
    const tools = { pseudonymise: t.platform.pseudonymise };
    expect(await seedClaimsDemo(db, ctx, t.platform.files, tools)).toEqual({});
    await insertReimbursementEdition(db, { year: 2026 });
    expect(await seedClaimsDemo(db, ctx, t.platform.files, tools)).toEqual({
      offerfeestClaims: 30,
      offerfeestPaymentBatches: 1,
    });
    expect(await seedClaimsDemo(db, ctx, t.platform.files, tools)).toEqual({});

    const claims = await db.select().from(offerfeestClaims);
    const count = (status: string, batched: boolean) =>
      claims.filter((c) => c.status === status && (c.batchId !== null) === batched).length;
    expect([count('submitted', false), count('in_review', false), count('rejected', false)]).toEqual([
      6, 5, 3,
    ]);
    expect([count('paid', true), count('approved', false)]).toEqual([10, 6]);
    expect(claims.every((c) => c.invoiceFileId !== null)).toBe(true);

    const [batch] = await db.select().from(offerfeestPaymentBatches);
    const paid = claims.filter((c) => c.status === 'paid');
    expect(batch?.count).toBe(10);
    expect(batch?.totalCents).toBe(paid.reduce((sum, c) => sum + (c.approvedCents ?? 0), 0));
    expect(elementTexts(batch?.xml ?? '', 'NbOfTxs')).toEqual(['10', '10']);
    if (canValidatePain001()) expect(validatePain001(batch?.xml ?? '').status).toBe(0);
  });
});
