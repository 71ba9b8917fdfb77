import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import {
  type ClaimTestSetup,
  claimTestSetup,
  mailsTo,
  read,
  send,
  submitDirect,
} from './claims.test-support.ts';

let t: ClaimTestSetup['t'];
let editionId: string;
let staff: ClaimTestSetup['staff'];

beforeAll(async () => {
  ({ t, editionId, staff } = await claimTestSetup());
});
afterAll(async () => t?.close());

const db = () => t.platform.database.db;
async function claimId(reference: string): Promise<string> {
  const [row] = await db().select().from(offerfeestClaims).where(eq(offerfeestClaims.reference, reference));
  if (!row) throw new Error(`no claim ${reference}`);
  return row.id;
}
const auditsOf = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));

describe('staff reads of claims (offerfeest.manage only)', () => {
  it('lists, shows and serves the invoice to the coordinator, masked and audited', async () => {
    const { reference } = await submitDirect(t.platform, editionId);
    const id = await claimId(reference);
    const list = await read(
      t.app,
      staff.coordinator,
      `/api/offerfeest/editions/${editionId}/claims?status=submitted`,
    );
    expect(list.statusCode).toBe(200);
    const item = list.json().find((c: { reference: string }) => c.reference === reference);
    expect(item.ibanMasked).toBe('************6769');
    expect(list.body).not.toContain('BE71096123456769');
    expect(await auditsOf('offerfeest.claims.listed')).toHaveLength(1);

    const one = await read(t.app, staff.coordinator, `/api/offerfeest/claims/${id}`);
    expect([one.statusCode, one.json().name, one.json().hasInvoice]).toEqual([200, 'Yusuf Yıldız', true]);
    expect((await auditsOf('offerfeest.claim.read')).map((a) => a.entityId)).toContain(id);

    const invoice = await read(t.app, staff.coordinator, `/api/offerfeest/claims/${id}/invoice`);
    expect(invoice.statusCode).toBe(200);
    expect(invoice.headers['content-type']).toBe('application/pdf');
    expect(invoice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await auditsOf('offerfeest.claim.invoice.read')).map((a) => a.entityId)).toContain(id);
  });

  it('refuses admin, manager and anonymous callers, and bad ids', async () => {
    const { reference } = await submitDirect(t.platform, editionId);
    const id = await claimId(reference);
    for (const url of [
      `/api/offerfeest/editions/${editionId}/claims`,
      `/api/offerfeest/claims/${id}`,
      `/api/offerfeest/claims/${id}/invoice`,
    ]) {
      expect((await read(t.app, staff.admin, url)).statusCode).toBe(403);
      expect((await read(t.app, staff.manager, url)).statusCode).toBe(403);
      expect((await read(t.app, undefined, url)).statusCode).toBe(401);
    }
    expect((await read(t.app, staff.coordinator, '/api/offerfeest/claims/not-a-uuid')).statusCode).toBe(400);
    const missing = await read(
      t.app,
      staff.coordinator,
      '/api/offerfeest/claims/00000000-0000-4000-8000-000000000000',
    );
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'OFFERFEEST.NOT_FOUND']);
    const badStatus = await read(
      t.app,
      staff.coordinator,
      `/api/offerfeest/editions/${editionId}/claims?status=lost`,
    );
    expect(badStatus.statusCode).toBe(400);
  });
});

describe('POST /api/offerfeest/claims/{id}/review', () => {
  it('starts the review, then approves at the invoice capped by the edition amount, mailing in Turkish', async () => {
    const { reference, form } = await submitDirect(t.platform, editionId, {
      invoiceCents: 18_000,
      email: 'review-tr@example.test',
    });
    const id = await claimId(reference);
    const started = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${id}/review`, {
      decision: 'start_review',
    });
    expect([started.statusCode, started.json().status]).toEqual([200, 'in_review']);
    const approved = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${id}/review`, {
      decision: 'approve',
    });
    expect([approved.statusCode, approved.json().status, approved.json().approvedCents]).toEqual([
      200,
      'approved',
      15_000,
    ]);
    const mails = await mailsTo(db(), form.email);
    const mail = mails.find((m) => m.template === 'offerfeest.claim-approved');
    expect(mail?.locale).toBe('tr');
    expect(mail?.textBody).toContain('150,00');
    const again = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${id}/review`, {
      decision: 'start_review',
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'OFFERFEEST.TRANSITION_NOT_ALLOWED']);
    const status = await t.app.inject({
      url: `/api/public/offerfeest/claims/${(await submitDirect(t.platform, editionId)).code}`,
    });
    expect(status.json().status).toBe('submitted');
  });

  it('approves a given amount, refuses one above the invoice, rejects with a reason in French', async () => {
    const a = await submitDirect(t.platform, editionId, { invoiceCents: 9_000 });
    const idA = await claimId(a.reference);
    const tooMuch = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${idA}/review`, {
      decision: 'approve',
      approvedCents: 9_001,
    });
    expect(tooMuch.statusCode).toBe(400);
    const given = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${idA}/review`, {
      decision: 'approve',
      approvedCents: 8_000,
    });
    expect(given.json().approvedCents).toBe(8_000);
    const publicView = await t.app.inject({ url: `/api/public/offerfeest/claims/${a.code}` });
    expect(publicView.json()).toMatchObject({ status: 'approved', approvedCents: 8_000 });

    const b = await submitDirect(t.platform, editionId, { language: 'fr', email: 'review-fr@example.test' });
    const idB = await claimId(b.reference);
    const rejected = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${idB}/review`, {
      decision: 'reject',
      reason: 'Facture illisible',
    });
    expect([rejected.json().status, rejected.json().rejectionReason]).toEqual([
      'rejected',
      'Facture illisible',
    ]);
    const mail = (await mailsTo(db(), 'review-fr@example.test')).find(
      (m) => m.template === 'offerfeest.claim-rejected',
    );
    expect(mail?.textBody).toContain('Motif : Facture illisible');
    const noReason = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${idA}/review`, {
      decision: 'reject',
    });
    expect(noReason.statusCode).toBe(400);
  });

  it('refuses admin and manager (403)', async () => {
    const id = await claimId((await submitDirect(t.platform, editionId)).reference);
    for (const cookie of [staff.admin, staff.manager]) {
      const response = await send(t.app, cookie, `/api/offerfeest/claims/${id}/review`, {
        decision: 'start_review',
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('lets exactly one of ten concurrent approvals through (compare-and-set)', async () => {
    const id = await claimId((await submitDirect(t.platform, editionId)).reference);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        send(t.app, staff.coordinator, `/api/offerfeest/claims/${id}/review`, { decision: 'approve' }),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, ...Array(9).fill(409)]);
    const [row] = await db().select().from(offerfeestClaims).where(eq(offerfeestClaims.id, id));
    expect([row?.status, row?.version]).toEqual(['approved', 2]);
    const reviews = (await auditsOf('offerfeest.claim.reviewed')).filter((a) => a.entityId === id);
    expect(reviews).toHaveLength(1);
  });
});
