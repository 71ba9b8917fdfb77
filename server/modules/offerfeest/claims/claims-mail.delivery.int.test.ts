import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { deliverPendingMail } from '../../../platform/mail/index.ts';
import {
  mailHeader,
  mailPart,
  type SmtpSink,
  startSmtpSink,
} from '../../../platform/mail/smtp-sink.test-support.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import { claimStaff, insertReimbursementEdition, send, submitDirect } from './claims.test-support.ts';

let t: TestApp;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Wegwijs <no-reply@wegwijs.test>' });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

describe(`Offerfeest claim mails over SMTP (${testEngine()})`, () => {
  it('tells the claimant in Turkish that the claim arrived, with its code, and then that it is approved', async () => {
    const db = t.platform.database.db;
    const editionId = (await insertReimbursementEdition(db)).id;
    const staff = await claimStaff(t.app, db);
    const email = 'kurban-tr@example.test';
    const { reference, code } = await submitDirect(t.platform, editionId, { invoiceCents: 18_000, email });
    const [claim] = await db.select().from(offerfeestClaims).where(eq(offerfeestClaims.reference, reference));
    for (const decision of ['start_review', 'approve']) {
      const response = await send(t.app, staff.coordinator, `/api/offerfeest/claims/${claim?.id}/review`, {
        decision,
      });
      expect(response.statusCode, response.body).toBe(200);
    }

    expect(await deliverPendingMail(t.platform)).toMatchObject({ sent: 2, failed: 0 });
    const mails = sink.received.filter((m) => m.to.includes(email));
    const subjects = mails.map((m) => mailHeader(m.raw, 'Subject'));
    expect(subjects).toEqual(
      expect.arrayContaining([
        `Geri ödeme başvurunuzu aldık (${reference})`,
        `Geri ödemeniz onaylandı (${reference})`,
      ]),
    );
    const received = mails.find(
      (m) => mailHeader(m.raw, 'Subject') === `Geri ödeme başvurunuzu aldık (${reference})`,
    );
    expect(mailPart(received?.raw ?? '', 'text/plain')).toContain(code);
    const approved = mails.find(
      (m) => mailHeader(m.raw, 'Subject') === `Geri ödemeniz onaylandı (${reference})`,
    );
    expect(mailPart(approved?.raw ?? '', 'text/plain')).toContain('150,00');
  });
});
