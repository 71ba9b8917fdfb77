import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { transitPayments } from '../transit.tables.ts';
import { createFinalBill } from './bill.service.ts';
import { BILLED_WEEK, call, insertStay, pdfText } from './billing.test-support.ts';

/** After the settlement the page and the PDF show € 0; nothing is paid back beyond what came in. */
describe(`transit settlement (${testEngine()})`, () => {
  let t: TestApp;
  let db: Db;
  let supervisor: string;
  const ctx = systemContext('settlement-test');

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    const user = await insertUser(db, { roles: ['site_supervisor'] });
    supervisor = await signIn(t.app, user.email);
  });
  afterAll(() => t.close());

  /** A checked-out stay of € 162,86 with € 300 received, and its final bill. */
  async function billedStay() {
    const stay = await insertStay(db, BILLED_WEEK);
    await t.platform.params.get('transit.tariff', '2027-01-01');
    await db.transaction((tx) => createFinalBill(tx, t.platform, ctx, stay.reservationId));
    return stay;
  }
  const payments = (id: string) =>
    db.select().from(transitPayments).where(eq(transitPayments.reservationId, id));

  it('shows the bill as settled on the page and on the PDF once the family is paid back', async () => {
    const stay = await billedStay();
    const base = `/api/transit/reservations/${stay.reservationId}`;
    const before = (await call(t.app, supervisor, base)).json().bill;
    expect(before).toMatchObject({ totalCents: 16_286, paidCents: 30_000, balanceCents: -13_714 });
    const settled = await call(t.app, supervisor, `${base}/settle`, { method: 'cash' });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json().bill).toMatchObject({ totalCents: 16_286, paidCents: 16_286, balanceCents: 0 });
    expect((await call(t.app, supervisor, base)).json().bill.balanceCents).toBe(0);
    const text = await pdfText((await call(t.app, supervisor, `${base}/bill.pdf`)).rawPayload);
    expect(text).toContain('Terugbetaald aan het gezin');
    expect(text).toContain('€ 137,14');
    expect(text).toContain('Saldo (vereffend)');
    expect(text).not.toContain('Terug te betalen aan het gezin');
  });

  it('settles only what is still open after a part payment', async () => {
    const stay = await insertStay(db, {
      arrival: '2027-08-01',
      departure: '2027-08-08',
      caravans: 3,
      payments: [{ kind: 'prepayment', amountCents: 5_000 }],
    });
    await t.platform.params.get('transit.tariff', '2027-01-01');
    const bill = await db.transaction((tx) => createFinalBill(tx, t.platform, ctx, stay.reservationId));
    const base = `/api/transit/reservations/${stay.reservationId}`;
    const part = await call(t.app, supervisor, `${base}/payments`, {
      kind: 'final',
      amountCents: 1_000,
      method: 'card',
    });
    expect(part.statusCode, part.body).toBe(201);
    const settled = await call(t.app, supervisor, `${base}/settle`, { method: 'cash' });
    expect(settled.json().payments.at(-1)).toMatchObject({
      kind: 'final',
      amountCents: bill.balanceCents - 1_000,
    });
    expect(settled.json().bill.balanceCents).toBe(0);
  });

  it('refuses to pay back more than was paid in, in Dutch, and records nothing', async () => {
    const stay = await insertStay(db, {
      status: 'confirmed',
      arrival: '2027-09-01',
      departure: '2027-09-05',
      payments: [{ kind: 'prepayment', amountCents: 20_000 }],
    });
    const url = `/api/transit/reservations/${stay.reservationId}/payments`;
    for (const kind of ['refund', 'deposit_refund']) {
      const answer = await call(t.app, supervisor, url, { kind, amountCents: 20_001, method: 'cash' });
      expect(answer.statusCode).toBe(422);
      expect(answer.json()).toMatchObject({
        code: 'TRANSIT.REFUND_TOO_HIGH',
        detail:
          'Er kan hoogstens € 200,00 terugbetaald worden: zoveel heeft deze familie netto betaald. Gevraagd: € 200,01.',
      });
    }
    const negativeFinal = await call(t.app, supervisor, url, {
      kind: 'final',
      amountCents: -25_000,
      method: 'cash',
    });
    expect(negativeFinal.json().code).toBe('TRANSIT.REFUND_TOO_HIGH');
    expect(await payments(stay.reservationId)).toHaveLength(1);
    const exact = await call(t.app, supervisor, url, { kind: 'refund', amountCents: 20_000, method: 'cash' });
    expect(exact.statusCode, exact.body).toBe(201);
    const more = await call(t.app, supervisor, url, { kind: 'refund', amountCents: 1, method: 'cash' });
    expect(more.json().detail).toContain('hoogstens € 0,00');
    expect(await payments(stay.reservationId)).toHaveLength(2);
  });
});
