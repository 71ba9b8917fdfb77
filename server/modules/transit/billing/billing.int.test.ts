import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { transitBills, transitPayments } from '../transit.tables.ts';
import { createFinalBill } from './bill.service.ts';
import { BILLED_WEEK, call, insertStay, pdfText } from './billing.test-support.ts';

describe('transit billing', () => {
  let t: TestApp;
  let db: Db;
  let supervisor: string;
  let counsellor: string;
  let ctx: RequestContext;

  /** As the check-out does: the tariff is read before the transaction (on PGlite a read from the
   * params service inside an open transaction would wait for that transaction). */
  async function bill(reservationId: string) {
    await t.platform.params.get('transit.tariff', '2027-01-01');
    return db.transaction((tx) => createFinalBill(tx, t.platform, ctx, reservationId));
  }
  const audits = (action: string, entityId: string) =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    const site = await insertUser(db, { roles: ['site_supervisor'] });
    const other = await insertUser(db, { roles: ['counsellor'] });
    supervisor = await signIn(t.app, site.email);
    counsellor = await signIn(t.app, other.email);
    const actor = { id: site.id, email: site.email, name: 'Toezichter', roles: ['site_supervisor' as const] };
    ctx = {
      actor: { ...actor, organisationId: null, teamId: null, locale: 'nl' },
      requestId: 'billing-test',
    };
    // From 2028 the day fee is indexed to € 7,50 and a kWh costs € 0,40.
    const indexed = {
      prepaymentCents: 20_000,
      dayFeePerCaravanCents: 750,
      electricityCentsPerKwh: 40,
      depositCents: 10_000,
    };
    await t.platform.params.set(db, ctx, { key: 'transit.tariff', validFrom: '2028-01-01', value: indexed });
  }, 180_000);
  afterAll(async () => t?.close());

  describe('createFinalBill', () => {
    it('bills nights, read meters and damages, and sets prepayment and deposit against them', async () => {
      const stay = await insertStay(db, {
        arrival: '2027-07-01',
        departure: '2027-07-08',
        caravans: 2,
        meters: [{ start: 1200.12, end: 1234.57 }, { start: 10 }],
        damages: [{ description: 'kapotte kraan', cents: 5_000 }],
        payments: [
          { kind: 'prepayment', amountCents: 20_000 },
          { kind: 'deposit', amountCents: 10_000 },
        ],
      });
      const first = await bill(stay.reservationId);
      // 7 × 2 × € 7,20 = € 100,80; 34,45 kWh × € 0,35 = € 12,06; damage € 50,00; the unread pitch: nothing.
      expect(first).toEqual({
        number: `${stay.reference}/F`,
        totalCents: 16_286,
        balanceCents: 16_286 - 30_000,
      });
      const [row] = await db
        .select()
        .from(transitBills)
        .where(eq(transitBills.reservationId, stay.reservationId));
      expect(row?.lines.map((line) => line.kind)).toEqual(['day_fee', 'electricity', 'damage']);
      expect(row?.paidCents).toBe(30_000);

      expect(await bill(stay.reservationId)).toEqual(first);
      expect(await audits('transit.bill.created', stay.reservationId)).toHaveLength(1);
    });

    it('bills each night at its own tariff across a change of tariff', async () => {
      const stay = await insertStay(db, {
        arrival: '2027-12-30',
        departure: '2028-01-02',
        meters: [{ start: 0, end: 10 }],
      });
      // 2 × € 7,20 + 1 × € 7,50 + 10 kWh × € 0,40 (tariff of the departure day).
      expect(await bill(stay.reservationId)).toMatchObject({
        totalCents: 1_440 + 750 + 400,
        balanceCents: 2_590,
      });
    });

    it('makes one bill when two check-outs race', async () => {
      const stay = await insertStay(db, { arrival: '2027-08-01', departure: '2027-08-03' });
      const results = await Promise.all(Array.from({ length: 4 }, () => bill(stay.reservationId)));
      expect(new Set(results.map((result) => result.number)).size).toBe(1);
      const rows = await db
        .select()
        .from(transitBills)
        .where(eq(transitBills.reservationId, stay.reservationId));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.totalCents).toBe(1_440);
    });

    it('answers TRANSIT.NOT_FOUND for an unknown reservation', async () => {
      await expect(bill(randomUUID())).rejects.toThrow(/TRANSIT.NOT_FOUND/);
    });
  });

  describe('POST /api/transit/reservations/{id}/payments', () => {
    const url = (id: string) => `/api/transit/reservations/${id}/payments`;

    it('records a payment with a receipt number and stores refunds negative', async () => {
      const stay = await insertStay(db, {
        status: 'confirmed',
        arrival: '2027-09-01',
        departure: '2027-09-05',
      });
      const paid = await call(t.app, supervisor, url(stay.reservationId), {
        kind: 'prepayment',
        amountCents: 20_000,
        method: 'cash',
      });
      expect(paid.statusCode).toBe(201);
      expect(paid.json()).toMatchObject({ kind: 'prepayment', amountCents: 20_000, method: 'cash' });
      expect(paid.json().receiptNumber).toMatch(/^K-\d{4}-\d{6}$/);

      const back = await call(t.app, supervisor, url(stay.reservationId), {
        kind: 'refund',
        amountCents: 5_000,
        method: 'transfer',
      });
      expect(back.statusCode).toBe(201);
      expect(back.json().amountCents).toBe(-5_000);
      const [row] = await db.select().from(transitPayments).where(eq(transitPayments.id, back.json().id));
      expect(row?.amountCents).toBe(-5_000);
      expect(await audits('transit.payment.recorded', stay.reservationId)).toHaveLength(2);
    });

    it('gives distinct receipt numbers to payments made at the same moment', async () => {
      const stay = await insertStay(db, {
        status: 'checked_in',
        arrival: '2027-09-10',
        departure: '2027-09-12',
      });
      const body = { kind: 'deposit', amountCents: 1_000, method: 'card' };
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => call(t.app, supervisor, url(stay.reservationId), body)),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(201));
      expect(new Set(answers.map((answer) => answer.json().receiptNumber)).size).toBe(8);
    });

    it('refuses a cancelled or no-show reservation, a counsellor, and bad input', async () => {
      const body = { kind: 'prepayment', amountCents: 20_000, method: 'cash' };
      for (const status of ['cancelled', 'no_show']) {
        const stay = await insertStay(db, { status, arrival: '2027-10-01', departure: '2027-10-03' });
        const answer = await call(t.app, supervisor, url(stay.reservationId), body);
        expect(answer.statusCode).toBe(409);
        expect(answer.json().code).toBe('TRANSIT.TRANSITION_NOT_ALLOWED');
      }
      const stay = await insertStay(db, {
        status: 'confirmed',
        arrival: '2027-10-05',
        departure: '2027-10-07',
      });
      expect((await call(t.app, counsellor, url(stay.reservationId), body)).statusCode).toBe(403);
      expect((await call(t.app, undefined, url(stay.reservationId), body)).statusCode).toBe(401);
      expect((await call(t.app, supervisor, url('not-a-uuid'), body)).statusCode).toBe(400);
      const unknown = await call(t.app, supervisor, url(randomUUID()), body);
      expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'TRANSIT.NOT_FOUND']);
      const bad = [
        { ...body, kind: 'bribe' },
        { ...body, amountCents: 12.5 },
        { ...body, amountCents: 0 },
      ];
      for (const payload of bad) {
        expect((await call(t.app, supervisor, url(stay.reservationId), payload)).statusCode).toBe(400);
      }
      expect(
        await db.select().from(transitPayments).where(eq(transitPayments.reservationId, stay.reservationId)),
      ).toEqual([]);
    });
  });

  describe('receipt and bill PDFs', () => {
    it('prints a receipt with its number and amount, and audits the read', async () => {
      const stay = await insertStay(db, {
        status: 'confirmed',
        arrival: '2027-11-01',
        departure: '2027-11-04',
      });
      const paid = await call(t.app, supervisor, `/api/transit/reservations/${stay.reservationId}/payments`, {
        kind: 'prepayment',
        amountCents: 20_000,
        method: 'card',
      });
      const { id, receiptNumber } = paid.json();
      const receiptUrl = `/api/transit/reservations/${stay.reservationId}/payments/${id}/receipt.pdf`;
      const answer = await call(t.app, supervisor, receiptUrl);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = await pdfText(answer.rawPayload);
      expect(text).toContain(receiptNumber);
      expect(text).toContain('€ 200,00');
      expect(text).toContain(t.env.BRAND_NAME);
      expect(await audits('transit.payment.receipt_read', stay.reservationId)).toHaveLength(1);

      expect((await call(t.app, counsellor, receiptUrl)).statusCode).toBe(403);
      const other = await insertStay(db, {
        status: 'confirmed',
        arrival: '2027-11-05',
        departure: '2027-11-06',
      });
      const elsewhere = `/api/transit/reservations/${other.reservationId}/payments/${id}/receipt.pdf`;
      expect((await call(t.app, supervisor, elsewhere)).statusCode).toBe(404);
      const badId = `/api/transit/reservations/${stay.reservationId}/payments/42/receipt.pdf`;
      expect((await call(t.app, supervisor, badId)).statusCode).toBe(400);
    });

    it('prints the final bill with total, prepayment, deposit and balance; 404 before there is one', async () => {
      const stay = await insertStay(db, BILLED_WEEK);
      const billUrl = `/api/transit/reservations/${stay.reservationId}/bill.pdf`;
      const before = await call(t.app, supervisor, billUrl);
      expect([before.statusCode, before.json().code]).toEqual([404, 'TRANSIT.NOT_FOUND']);

      await bill(stay.reservationId);
      const answer = await call(t.app, supervisor, billUrl);
      expect(answer.statusCode).toBe(200);
      expect(answer.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = await pdfText(answer.rawPayload);
      for (const shown of [
        `${stay.reference}/F`,
        '€ 162,86',
        '-€ 200,00',
        '-€ 100,00',
        '€ 137,14',
        'Jan Testers',
      ]) {
        expect(text).toContain(shown);
      }
      expect(text).toContain('Terug te betalen');
      expect(await audits('transit.bill.read', stay.reservationId)).toHaveLength(1);

      expect((await call(t.app, counsellor, billUrl)).statusCode).toBe(403);
      expect((await call(t.app, supervisor, '/api/transit/reservations/nope/bill.pdf')).statusCode).toBe(400);
      expect(
        (await call(t.app, supervisor, `/api/transit/reservations/${randomUUID()}/bill.pdf`)).statusCode,
      ).toBe(404);
    });
  });
});
