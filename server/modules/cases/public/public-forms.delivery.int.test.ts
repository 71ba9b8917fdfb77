import { describe, expect, it } from 'vitest';
import { freshAddress } from '../../../../test/factories.ts';
import { appWithSmtpSink } from '../../../../test/mail-app.ts';
import { deliverPendingMail } from '../../../platform/mail/index.ts';
import { mailHeader, mailPart } from '../../../platform/mail/smtp-sink.test-support.ts';

const mail = appWithSmtpSink();

describe('the confirmation of a portal form over SMTP', () => {
  it('reaches the applicant in Turkish with the code and the status link', async () => {
    const response = await mail.t.app.inject({
      method: 'POST',
      url: '/api/public/forms/education-question',
      remoteAddress: freshAddress(),
      payload: {
        name: 'Ayşe Yılmaz',
        email: 'ayse@example.test',
        language: 'tr',
        question: 'Okul kaydı nasıl yapılır?',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { code, statusUrl } = response.json();

    expect(await deliverPendingMail(mail.t.platform)).toMatchObject({ sent: 1, failed: 0 });
    const [message] = mail.sink.received;
    if (!message) throw new Error('nothing received');
    expect(message.to).toEqual(['ayse@example.test']);
    expect(mailHeader(message.raw, 'Subject')).toMatch(/^Sorunuzu aldık \(D-\d{4}-\d{6}\)$/u);
    const text = mailPart(message.raw, 'text/plain');
    expect(text).toContain('Merhaba Ayşe Yılmaz,');
    expect(text).toContain(code);
    expect(text).toContain(statusUrl);
    expect(mailPart(message.raw, 'text/html')).toContain(`href="${statusUrl}"`);
  });
});
