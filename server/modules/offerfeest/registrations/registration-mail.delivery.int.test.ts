import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../../test/database.ts';
import { appWithSmtpSink } from '../../../../test/mail-app.ts';
import { deliverPendingMail } from '../../../platform/mail/index.ts';
import { mailHeader, mailPart } from '../../../platform/mail/smtp-sink.test-support.ts';
import {
  brusselsDay,
  createOpenEdition,
  createSite,
  createSlots,
  household,
  offerfeestStaff,
  send,
} from '../offerfeest.test-support.ts';

const mail = appWithSmtpSink();

describe(`Offerfeest registration mails over SMTP (${testEngine()})`, () => {
  it('reaches a confirmed household in Arabic and a waitlisted one in French, each with its code', async () => {
    const staff = await offerfeestStaff(mail.t.app, mail.t.platform.database.db);
    const editionId = await createOpenEdition(mail.t.app, staff.coordinator, 2052);
    const siteId = await createSite(mail.t.app, staff.coordinator, editionId);
    const [slot] = await createSlots(mail.t.app, staff.coordinator, editionId, {
      siteId,
      day: brusselsDay(3),
      startTime: '08:00',
      endTime: '08:30',
      minutes: 30,
      capacity: 1,
    });
    const register = async (body: object) => {
      const response = await send(
        mail.t.app,
        undefined,
        `/api/offerfeest/editions/${editionId}/registrations`,
        body,
      );
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { code: string; status: string };
    };
    const arabic = await register(
      household(slot?.id ?? '', { language: 'ar', email: 'fatima@example.test' }),
    );
    const french = await register(household(slot?.id ?? '', { language: 'fr', email: 'amine@example.test' }));
    expect([arabic.status, french.status]).toEqual(['confirmed', 'waitlisted']);

    expect(await deliverPendingMail(mail.t.platform)).toMatchObject({ sent: 2, failed: 0 });
    const to = (address: string) => {
      const message = mail.sink.received.find((m) => m.to.includes(address));
      if (!message) throw new Error(`no mail reached ${address}`);
      return message;
    };
    const first = to('fatima@example.test');
    expect(mailHeader(first.raw, 'Subject')).toContain('تم تأكيد تسجيلكم لعيد الأضحى');
    expect(mailPart(first.raw, 'text/plain')).toContain(arabic.code);
    const second = to('amine@example.test');
    expect(mailHeader(second.raw, 'Subject')).toContain('liste d’attente');
    expect(mailPart(second.raw, 'text/plain')).toContain(french.code);
  });
});
