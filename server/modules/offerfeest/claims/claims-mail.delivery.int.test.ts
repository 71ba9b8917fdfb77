import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../../test/database.ts';
import { appWithSmtpSink } from '../../../../test/mail-app.ts';
import { deliverPendingMail } from '../../../platform/mail/index.ts';
import { mailHeader, mailPart } from '../../../platform/mail/smtp-sink.test-support.ts';
import { offerfeestClaims } from '../offerfeest.tables.ts';
import { claimStaff, insertReimbursementEdition, send, submitDirect } from './claims.test-support.ts';

const mail = appWithSmtpSink();

describe(`Offerfeest claim mails over SMTP (${testEngine()})`, () => {
  it('tells the claimant in Turkish that the claim arrived, with its code, and then that it is approved', async () => {
    const db = mail.t.platform.database.db;
    const editionId = (await insertReimbursementEdition(db)).id;
    const staff = await claimStaff(mail.t.app, db);
    const email = 'kurban-tr@example.test';
    const { reference, code } = await submitDirect(mail.t.platform, editionId, {
      invoiceCents: 18_000,
      email,
    });
    const [claim] = await db.select().from(offerfeestClaims).where(eq(offerfeestClaims.reference, reference));
    for (const decision of ['start_review', 'approve']) {
      const response = await send(
        mail.t.app,
        staff.coordinator,
        `/api/offerfeest/claims/${claim?.id}/review`,
        {
          decision,
        },
      );
      expect(response.statusCode, response.body).toBe(200);
    }

    expect(await deliverPendingMail(mail.t.platform)).toMatchObject({ sent: 2, failed: 0 });
    const mails = mail.sink.received.filter((m) => m.to.includes(email));
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
