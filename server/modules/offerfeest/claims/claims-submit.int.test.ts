import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { SAMPLE_PNG, sampleExe } from '../../../platform/files/samples.test-support.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import {
  claimFields,
  claimMultipart,
  insertReimbursementEdition,
  mailsTo,
  postClaim,
  validNrn,
} from './claims.test-support.ts';

let t: TestApp;
let editionId: string;

beforeAll(async () => {
  t = await createTestApp();
  editionId = (await insertReimbursementEdition(t.platform.database.db)).id;
});
afterAll(async () => t?.close());

const db = () => t.platform.database.db;

describe('POST /api/offerfeest/editions/{id}/claims', () => {
  it('takes a claim with its invoice, keeps the NRN as a pseudonym only and mails the status code', async () => {
    const nrn = validNrn();
    const fields = claimFields({ nationalRegisterNumber: nrn, email: 'submit-happy@example.test' });
    const response = await postClaim(t.app, editionId, fields, SAMPLE_PNG);
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt.reference).toMatch(/^OFC-2026-\d{4}$/u);
    expect(receipt.status).toBe('submitted');
    const [row] = await db()
      .select()
      .from(offerfeestClaims)
      .where(eq(offerfeestClaims.reference, receipt.reference));
    expect(row?.iban).toBe('BE68539007547034');
    expect(row?.nrnPseudonym).toMatch(/^[0-9a-f]{64}$/u);
    expect(JSON.stringify(row)).not.toContain(nrn);
    expect(JSON.stringify(row)).not.toContain(receipt.code);
    expect(row?.invoiceFileId).not.toBeNull();
    const mails = await mailsTo(db(), 'submit-happy@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.template).toBe('offerfeest.claim-received');
    expect(mails[0]?.locale).toBe('nl');
    expect(mails[0]?.textBody).toContain(receipt.code);

    const status = await t.app.inject({ url: `/api/public/offerfeest/claims/${receipt.code.toLowerCase()}` });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toEqual({
      reference: receipt.reference,
      status: 'submitted',
      approvedCents: null,
      paidAt: null,
    });
    expect(status.body).not.toContain('Amina');
  });

  it('refuses a JSON body and a form without the invoice (422 INVOICE_MISSING)', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/offerfeest/editions/${editionId}/claims`,
      headers: { origin: ORIGIN },
      payload: claimFields(),
    });
    expect(json.statusCode).toBe(422);
    expect(json.json().code).toBe('OFFERFEEST.INVOICE_MISSING');
    const noFile = await postClaim(t.app, editionId, claimFields(), null);
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().code).toBe('OFFERFEEST.INVOICE_MISSING');
  });

  it('refuses an invoice that is no PDF or image by its content (415), and leaves nothing behind', async () => {
    const before = await db().select().from(offerfeestClaims);
    const response = await postClaim(t.app, editionId, claimFields(), sampleExe());
    expect(response.statusCode).toBe(415);
    expect(await db().select().from(offerfeestClaims)).toHaveLength(before.length);
  });

  it('refuses a wrong NRN, an IBAN failing mod 97, an invoice outside the feast and a bad field', async () => {
    const cases = [
      [{ nationalRegisterNumber: '85.07.31-101.00' }, 422, 'OFFERFEEST.INVALID_NRN'],
      [{ iban: 'BE68 5390 0754 7035' }, 422, 'OFFERFEEST.INVALID_IBAN'],
      [{ iban: 'NL00 ABNA 0417 1643 00' }, 422, 'OFFERFEEST.INVALID_IBAN'],
      [{ invoiceDate: '2026-06-02' }, 422, 'OFFERFEEST.INVOICE_OUTSIDE_FEAST'],
      [{ postcode: '1000' }, 400, 'COMMON.VALIDATION_FAILED'],
    ] as const;
    for (const [overrides, status, code] of cases) {
      const response = await postClaim(t.app, editionId, claimFields(overrides));
      expect([response.statusCode, response.json().code]).toEqual([status, code]);
    }
  });

  it('takes one claim per household: the same NRN written otherwise is a duplicate (409)', async () => {
    const nrn = validNrn();
    const first = await postClaim(t.app, editionId, claimFields({ nationalRegisterNumber: nrn }));
    expect(first.statusCode).toBe(201);
    const dotted = `${nrn.slice(0, 2)}.${nrn.slice(2, 4)}.${nrn.slice(4, 6)}-${nrn.slice(6, 9)}.${nrn.slice(9)}`;
    const second = await postClaim(
      t.app,
      editionId,
      claimFields({ nationalRegisterNumber: dotted, name: 'Other Person' }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('OFFERFEEST.DUPLICATE');
  });

  it('refuses a name without Latin letters unless the account holder is given in Latin letters', async () => {
    const arabic = { name: 'أحمد الحسن', language: 'ar', email: 'ahmad@example.test' } as const;
    const refused = await postClaim(t.app, editionId, claimFields(arabic));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('OFFERFEEST.ACCOUNT_HOLDER_NOT_LATIN');
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'accountHolder' })]);
    const taken = await postClaim(
      t.app,
      editionId,
      claimFields({ ...arabic, accountHolder: 'Ahmad Al-Hassan' }),
    );
    expect(taken.statusCode, taken.body).toBe(201);
    const [mail] = await mailsTo(db(), 'ahmad@example.test');
    expect(mail?.locale).toBe('ar');
    expect(mail?.subject).toContain('استلمنا');
  });

  it('refuses claims on an edition of the slots regime, outside the window, unknown or malformed', async () => {
    const slots = await insertReimbursementEdition(db(), { year: 2018, regime: 'slots' });
    const closed = await insertReimbursementEdition(db(), {
      year: 2019,
      registrationClosesAt: new Date(Date.now() - 60_000),
    });
    const wrongRegime = await postClaim(t.app, slots.id, claimFields());
    expect([wrongRegime.statusCode, wrongRegime.json().code]).toEqual([409, 'OFFERFEEST.WRONG_REGIME']);
    const late = await postClaim(t.app, closed.id, claimFields());
    expect([late.statusCode, late.json().code]).toEqual([409, 'OFFERFEEST.CLOSED']);
    const unknown = await postClaim(t.app, '00000000-0000-4000-8000-000000000000', claimFields());
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/offerfeest/editions/not-a-uuid/claims',
      ...claimMultipart(claimFields()),
    });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('GET /api/public/offerfeest/claims/{code}', () => {
  it('answers 404 for unknown and malformed codes, then 429 past the rate limit', async () => {
    const unknown = await t.app.inject({ url: '/api/public/offerfeest/claims/OFS-0000-0000-00000' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'OFFERFEEST.NOT_FOUND']);
    const malformed = await t.app.inject({ url: '/api/public/offerfeest/claims/%3Cscript%3E' });
    expect(malformed.statusCode).toBe(404);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push(
        (await t.app.inject({ url: '/api/public/offerfeest/claims/OFS-AAAA-BBBB-CCCCC' })).statusCode,
      );
    }
    expect(statuses).toContain(429);
  });
});
