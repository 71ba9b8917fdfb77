import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { listAudit } from '../audit/index.ts';
import { systemContext } from '../context.ts';
import { ATTEMPT_AFTER_SECONDS, deliverPendingMail, MAX_ATTEMPTS } from './delivery.ts';
import { mailOutbox } from './mail.tables.ts';
import { mailHeader, mailPart, type SmtpSink, startSmtpSink } from './smtp-sink.test-support.ts';
import { defineTemplate, WebUrlSchema } from './templates/index.ts';

const ctx = systemContext('test');
const resetUrl = 'https://wegwijs.example/reset?token=Zx9_abc-DEF&lang=tr';

/** A module-style template, defined outside MAIL_TEMPLATES, as a module would. */
const bookingMail = defineTemplate({
  name: 'test.booking',
  secret: false,
  data: z.object({ url: WebUrlSchema }),
  translations: {
    nl: ({ url }) => ({
      subject: 'Je afspraak',
      greeting: 'Dag,',
      intro: ['De afspraak zit in de bijlage.'],
      action: { label: 'Bekijken', url },
      outro: [],
    }),
  },
});
const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//NL', 'END:VCALENDAR', ''].join('\r\n');

async function outboxRow(t: TestApp, id: string) {
  const [row] = await t.platform.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

describe('mail delivery to a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Amal <no-reply@amal.test>' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  afterEach(() => {
    sink.received.length = 0;
  });

  it('delivers a Turkish mail with its subject encoded and the link intact, then marks it sent', async () => {
    const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'ayse.yilmaz@example.test',
      locale: 'tr',
      template: 'password-reset',
      data: { name: 'Ayşe Yılmaz', resetUrl, expiresInMinutes: 60 },
    });

    expect(await deliverPendingMail(t.platform)).toEqual({ sent: 1, retrying: 0, failed: 0 });

    expect(sink.received).toHaveLength(1);
    const [message] = sink.received;
    if (!message) throw new Error('nothing received');
    expect(message.to).toEqual(['ayse.yilmaz@example.test']);
    expect(message.from).toBe('no-reply@amal.test');
    // Non-ASCII headers travel as RFC 2047 encoded words, and decode back exactly.
    expect(message.raw).not.toContain('şifre');
    expect(mailHeader(message.raw, 'Subject')).toBe('Amal için yeni bir şifre belirleyin');
    expect(mailHeader(message.raw, 'To')).toBe('ayse.yilmaz@example.test');
    const text = mailPart(message.raw, 'text/plain');
    expect(text).toContain('Merhaba Ayşe Yılmaz,');
    expect(text).toContain(resetUrl);
    expect(mailPart(message.raw, 'text/html')).toContain(
      'href="https://wegwijs.example/reset?token=Zx9_abc-DEF&amp;lang=tr"',
    );

    const row = await outboxRow(t, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.messageId).toMatch(/^<.+@.+>$/);
    expect(mailHeader(message.raw, 'Message-ID')).toBe(row.messageId);
    const audit = await listAudit(t.platform.database.db, {
      entity: 'mail',
      entityId: id,
      limit: 10,
      offset: 0,
    });
    expect(audit.items.map((entry) => entry.action)).toEqual(['mail.sent', 'mail.queued']);
  });

  it('delivers Arabic right to left, and never sends a mail twice', async () => {
    await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'karim@example.test',
      locale: 'ar',
      template: 'account-created',
      data: { name: 'كريم', setPasswordUrl: 'https://wegwijs.example/set?token=q', brandName: 'Amal' },
    });
    await deliverPendingMail(t.platform);
    expect(await deliverPendingMail(t.platform)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(sink.received).toHaveLength(1);
    const raw = sink.received[0]?.raw ?? '';
    expect(mailHeader(raw, 'Subject')).toBe('حسابك لدى Amal');
    expect(mailPart(raw, 'text/plain')).toContain('مرحبًا كريم،');
    expect(mailPart(raw, 'text/html')).toContain('<html lang="ar" dir="rtl">');
  });

  it('delivers a module template with its .ics attachment as a text/calendar part', async () => {
    const { id } = await t.platform.mail.sendTemplate(t.platform.database.db, ctx, bookingMail, {
      to: 'tolk@example.test',
      locale: 'nl',
      data: { url: 'https://wegwijs.example/app' },
      attachments: [
        {
          filename: 'afspraak.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: ics,
        },
      ],
    });
    expect(await deliverPendingMail(t.platform)).toEqual({ sent: 1, retrying: 0, failed: 0 });

    const raw = sink.received[0]?.raw ?? '';
    expect(mailHeader(raw, 'Subject')).toBe('Je afspraak');
    expect(mailHeader(raw, 'Content-Type')).toMatch(/^multipart\/mixed/);
    expect(mailPart(raw, 'text/calendar')).toBe(ics);
    expect(raw).toMatch(/Content-Disposition: attachment; filename=afspraak\.ics/);
    expect((await outboxRow(t, id)).template).toBe('test.booking');
  });

  it('sends each mail once when two deliveries run at the same time', async () => {
    const recipients = ['one@example.test', 'two@example.test', 'three@example.test'];
    for (const to of recipients) {
      await t.platform.mail.send(t.platform.database.db, ctx, {
        to,
        template: 'password-reset',
        data: { name: 'X', resetUrl, expiresInMinutes: 5 },
      });
    }
    const reports = await Promise.all([deliverPendingMail(t.platform), deliverPendingMail(t.platform)]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(3);
    expect(sink.received.flatMap((message) => message.to).sort()).toEqual([...recipients].sort());
  });
});

describe('mail delivery to a server that refuses', () => {
  let sink: SmtpSink;
  let t: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink({ rejectRecipients: true });
    t = await createTestApp({ SMTP_URL: sink.url });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('counts each attempt with the error, backs off, and gives up after the last attempt', async () => {
    const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'gone@example.test',
      template: 'password-reset',
      data: { name: 'X', resetUrl, expiresInMinutes: 5 },
    });

    expect(await deliverPendingMail(t.platform)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const first = await outboxRow(t, id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(first.lastError).toContain('550');

    // The next attempt waits: not due right away.
    expect(await deliverPendingMail(t.platform)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect((await outboxRow(t, id)).attempts).toBe(1);

    // Each wait is counted from the failed attempt before it: 1 min, 5 min, 15 min, then 1 hour.
    let later = new Date();
    for (let attempt = 2; attempt < MAX_ATTEMPTS; attempt++) {
      const waitMs = (ATTEMPT_AFTER_SECONDS[attempt - 1] ?? 0) * 1000;
      const tooEarly = new Date(later.getTime() + waitMs - 5_000);
      expect(await deliverPendingMail(t.platform, { now: tooEarly })).toEqual({
        sent: 0,
        retrying: 0,
        failed: 0,
      });
      later = new Date(later.getTime() + waitMs + 1_000);
      expect(await deliverPendingMail(t.platform, { now: later })).toEqual({
        sent: 0,
        retrying: 1,
        failed: 0,
      });
    }
    later = new Date(later.getTime() + 3_601_000);
    expect(await deliverPendingMail(t.platform, { now: later })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await outboxRow(t, id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(await deliverPendingMail(t.platform, { now: later })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(0);
  });
});

describe('mail delivery by the job', () => {
  it('delivers a mail after send, with no explicit call', async () => {
    const sink = await startSmtpSink();
    const t = await createTestApp({ SMTP_URL: sink.url, JOBS: 'true' });
    try {
      const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
        to: 'job@example.test',
        locale: 'en',
        template: 'password-reset',
        data: { name: 'Job', resetUrl, expiresInMinutes: 5 },
      });
      await sink.waitFor(1);
      // A graceful stop lets the running delivery commit its "sent".
      await t.platform.jobs.stop();
      expect((await outboxRow(t, id)).status).toBe('sent');
      expect(mailHeader(sink.received[0]?.raw ?? '', 'Subject')).toBe('Choose a new password for Amal');
    } finally {
      await t.close();
      await sink.close();
    }
  });
});
