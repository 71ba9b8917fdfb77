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
import { canValidatePain001, elementTexts, validatePain001 } from './pain001.test-support.ts';
import { PAIN_001_NAMESPACE } from './pain001.ts';

let t: ClaimTestSetup['t'];
let editionId: string;
let staff: ClaimTestSetup['staff'];

beforeAll(async () => {
  ({ t, editionId, staff } = await claimTestSetup());
});
afterAll(async () => t?.close());

const db = () => t.platform.database.db;
const claimRow = async (reference: string) =>
  (await db().select().from(offerfeestClaims).where(eq(offerfeestClaims.reference, reference)))[0];

async function approvedClaim(overrides: Parameters<typeof submitDirect>[2] = {}, approvedCents?: number) {
  const submitted = await submitDirect(t.platform, editionId, overrides);
  const row = await claimRow(submitted.reference);
  const body = approvedCents ? { decision: 'approve', approvedCents } : { decision: 'approve' };
  const response = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${row?.id}/review`, body);
  expect(response.statusCode, response.body).toBe(200);
  return submitted;
}

const batchUrl = `/api/offerfeest/editions/`;

describe('payment batches (pain.001.001.03)', () => {
  it('puts every approved claim without a batch into one valid SEPA file, then marks it paid', async () => {
    const a = await approvedClaim({ invoiceCents: 20_000 });
    const b = await approvedClaim(
      { name: 'أحمد الحسن', accountHolder: 'Ahmad Al-Hassan', language: 'ar', email: 'paid-ar@example.test' },
      9_950,
    );
    const c = await approvedClaim({ name: 'Zoë Çelik', invoiceCents: 13_000 }, 12_345);
    const waiting = await submitDirect(t.platform, editionId);

    const created = await send(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`, {
      executionDate: '2026-06-15',
    });
    expect(created.statusCode, created.body).toBe(201);
    const batch = created.json();
    expect([batch.count, batch.totalCents, batch.executionDate]).toEqual([
      3,
      15_000 + 9_950 + 12_345,
      '2026-06-15',
    ]);

    const file = await read(
      t.app,
      staff.coordinator,
      `/api/offerfeest/payment-batches/${batch.id}/pain.001.xml`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/xml');
    const xml = file.body;
    expect(xml).toContain(`xmlns="${PAIN_001_NAMESPACE}"`);
    expect(elementTexts(xml, 'NbOfTxs')).toEqual(['3', '3']);
    expect(elementTexts(xml, 'CtrlSum')).toEqual(['372.95', '372.95']);
    expect(elementTexts(xml, 'EndToEndId').sort()).toEqual([a.reference, b.reference, c.reference].sort());
    expect(elementTexts(xml, 'MsgId')).toEqual([batch.messageId]);
    expect(elementTexts(xml, 'Nm')).toEqual(expect.arrayContaining(['Ahmad Al-Hassan', 'Zoe Celik']));
    expect(elementTexts(xml, 'Ustrd')).toContain(`Offerfeest 2026 ${b.reference}`);
    expect(elementTexts(xml, 'BIC')).toEqual(['GKCCBEBB']);
    expect(xml).not.toContain(waiting.reference);
    if (canValidatePain001()) {
      const result = validatePain001(xml);
      expect(result.status, result.messages).toBe(0);
    }
    const downloads = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'offerfeest.batch.downloaded'));
    expect(downloads.map((d) => d.entityId)).toContain(batch.id);
    expect((await claimRow(a.reference))?.status).toBe('approved');

    const again = await send(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`, {});
    expect([again.statusCode, again.json().code]).toEqual([409, 'OFFERFEEST.NOTHING_TO_PAY']);
    const list = await read(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`);
    expect(list.json().map((x: { id: string }) => x.id)).toEqual([batch.id]);

    const paid = await send(t.app, staff.coordinator, `/api/offerfeest/payment-batches/${batch.id}/paid`, {});
    expect(paid.statusCode, paid.body).toBe(200);
    expect((await claimRow(b.reference))?.status).toBe('paid');
    expect((await claimRow(waiting.reference))?.status).toBe('submitted');
    const mail = (await mailsTo(db(), 'paid-ar@example.test')).find(
      (m) => m.template === 'offerfeest.claim-paid',
    );
    expect(mail?.locale).toBe('ar');
    expect(mail?.textBody).toContain(`Offerfeest 2026 ${b.reference}`);
    const status = await t.app.inject({ url: `/api/public/offerfeest/claims/${b.code}` });
    expect(status.json()).toMatchObject({ status: 'paid', approvedCents: 9_950 });
    expect(status.json().paidAt).not.toBeNull();
    const twice = await send(
      t.app,
      staff.coordinator,
      `/api/offerfeest/payment-batches/${batch.id}/paid`,
      {},
    );
    expect(twice.statusCode).toBe(409);
  });

  it('refuses admin and manager on every batch route, and bad input', async () => {
    const [batch] = (await read(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`)).json();
    for (const cookie of [staff.admin, staff.manager]) {
      expect((await send(t.app, cookie, `${batchUrl}${editionId}/payment-batches`, {})).statusCode).toBe(403);
      expect((await read(t.app, cookie, `${batchUrl}${editionId}/payment-batches`)).statusCode).toBe(403);
      expect(
        (await read(t.app, cookie, `/api/offerfeest/payment-batches/${batch.id}/pain.001.xml`)).statusCode,
      ).toBe(403);
      expect(
        (await send(t.app, cookie, `/api/offerfeest/payment-batches/${batch.id}/paid`, {})).statusCode,
      ).toBe(403);
    }
    const badDate = await send(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`, {
      executionDate: '15/06/2026',
    });
    expect(badDate.statusCode).toBe(400);
    const unknown = await send(
      t.app,
      staff.coordinator,
      `${batchUrl}00000000-0000-4000-8000-000000000000/payment-batches`,
      {},
    );
    expect(unknown.statusCode).toBe(404);
    expect(
      (await read(t.app, staff.coordinator, '/api/offerfeest/payment-batches/nope/pain.001.xml')).statusCode,
    ).toBe(400);
  });

  it('puts each claim in exactly one batch when five exports race', async () => {
    const claims = [await approvedClaim(), await approvedClaim(), await approvedClaim()];
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        send(t.app, staff.coordinator, `${batchUrl}${editionId}/payment-batches`, {}),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 201)?.json();
    expect(winner.count).toBe(3);
    for (const claim of claims) expect((await claimRow(claim.reference))?.batchId).toBe(winner.id);
  });
});
