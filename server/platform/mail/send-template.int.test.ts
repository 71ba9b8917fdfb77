import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { listAudit } from '../audit/index.ts';
import { systemContext } from '../context.ts';
import { MAX_ATTACHMENT_BYTES, MailAttachmentError } from './attachments.ts';
import { mailOutbox } from './mail.tables.ts';
import { defineTemplate, MailDataError, WebUrlSchema } from './templates/index.ts';

const ctx = systemContext('test');

const noticeMail = defineTemplate({
  name: 'test.notice',
  secret: false,
  data: z.object({ code: z.string().min(1), url: WebUrlSchema }),
  translations: {
    nl: ({ code, url }) => ({
      subject: `Bericht ${code}`,
      greeting: 'Dag,',
      intro: [`Code ${code}.`],
      action: { label: 'Open', url },
      outro: [],
    }),
    fr: ({ code, url }) => ({
      subject: `Message ${code}`,
      greeting: 'Bonjour,',
      intro: [`Code ${code}.`],
      action: { label: 'Ouvrir', url },
      outro: [],
    }),
  },
});
const data = { code: 'T-7', url: 'https://wegwijs.example/app' };

describe('mail.sendTemplate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const db = () => t.platform.database.db;

  it('queues a template the platform does not list, in the recipient’s language, with attachments', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const { id } = await t.platform.mail.sendTemplate(db(), ctx, noticeMail, {
      to: 'Someone@Example.test',
      locale: 'fr',
      data,
      attachments: [
        { filename: 'a.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR' },
        { filename: 'b.bin', contentType: 'application/octet-stream', content: bytes },
      ],
    });
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({
      recipient: 'someone@example.test',
      locale: 'fr',
      template: 'test.notice',
      subject: 'Message T-7',
      status: 'held',
    });
    expect(row?.attachments.map((a) => a.filename)).toEqual(['a.ics', 'b.bin']);
    expect(Buffer.from(row?.attachments[0]?.content ?? '', 'base64').toString('utf8')).toBe(
      'BEGIN:VCALENDAR',
    );
    expect([...Buffer.from(row?.attachments[1]?.content ?? '', 'base64')]).toEqual([...bytes]);

    const { items } = await listAudit(db(), { entity: 'mail', entityId: id, limit: 5, offset: 0 });
    expect(items[0]?.after).toMatchObject({ template: 'test.notice', attachments: ['a.ics', 'b.bin'] });
  });

  it('stores no attachments when none are given, and keeps send() working', async () => {
    const { id } = await t.platform.mail.sendTemplate(db(), ctx, noticeMail, { to: 'x@example.test', data });
    const { id: resetId } = await t.platform.mail.send(db(), ctx, {
      to: 'y@example.test',
      template: 'password-reset',
      data: { name: 'Y', resetUrl: 'https://wegwijs.example/r', expiresInMinutes: 5 },
    });
    const rows = await db().select().from(mailOutbox);
    expect(rows.find((r) => r.id === id)).toMatchObject({
      attachments: [],
      locale: 'nl',
      subject: 'Bericht T-7',
    });
    expect(rows.find((r) => r.id === resetId)).toMatchObject({ attachments: [], template: 'password-reset' });
  });

  it('refuses bad data, bad attachments and a name the platform owns, queuing nothing', async () => {
    const before = (await db().select().from(mailOutbox)).length;
    const send = (patch: object, template = noticeMail) =>
      t.platform.mail.sendTemplate(db(), ctx, template, { to: 'z@example.test', data, ...patch });
    await expect(send({ data: { code: '', url: 'javascript:alert(1)' } })).rejects.toBeInstanceOf(
      MailDataError,
    );
    for (const filename of ['../etc/passwd', 'a\\b', 'x\r\ny', '']) {
      await expect(
        send({ attachments: [{ filename, contentType: 'text/plain', content: 'x' }] }),
      ).rejects.toBeInstanceOf(MailAttachmentError);
    }
    await expect(
      send({ attachments: [{ filename: 'a.txt', contentType: 'text/plain\r\nBcc: x@y', content: 'x' }] }),
    ).rejects.toBeInstanceOf(MailAttachmentError);
    const big = 'x'.repeat(MAX_ATTACHMENT_BYTES + 1);
    await expect(
      send({ attachments: [{ filename: 'big.txt', contentType: 'text/plain', content: big }] }),
    ).rejects.toBeInstanceOf(MailAttachmentError);
    const impostor = defineTemplate({
      name: 'password-reset',
      secret: false,
      data: noticeMail.data,
      translations: {
        nl: ({ url }) => ({ subject: 'x', greeting: 'x', intro: [], action: { label: 'x', url }, outro: [] }),
      },
    });
    await expect(send({}, impostor)).rejects.toThrow(/belongs to the platform/);
    expect((await db().select().from(mailOutbox)).length).toBe(before);
  });
});
