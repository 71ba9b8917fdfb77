import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { listAudit } from '../audit/index.ts';
import { systemContext } from '../context.ts';
import { mailOutbox } from './mail.tables.ts';
import { MailDataError } from './templates/index.ts';

const ctx = systemContext('test');
const reset = {
  name: 'Ayşe',
  resetUrl: 'https://wegwijs.example/reset?token=SECRET123',
  expiresInMinutes: 30,
};

describe('mail.send without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const outboxRow = async (id: string) => {
    const [row] = await t.platform.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    return row;
  };

  it('holds the mail in the outbox, rendered and readable', async () => {
    const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'Ayse@Example.test',
      locale: 'tr',
      template: 'password-reset',
      data: reset,
    });
    const row = await outboxRow(id);
    expect(row).toMatchObject({
      recipient: 'ayse@example.test',
      locale: 'tr',
      template: 'password-reset',
      subject: 'Amal için yeni bir şifre belirleyin',
      status: 'held',
      attempts: 0,
      sentAt: null,
    });
    expect(row?.textBody).toContain(reset.resetUrl);
    expect(row?.htmlBody).toContain('lang="tr"');
  });

  it('records who, what and the subject in the audit log, never the body or its link', async () => {
    const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'someone@example.test',
      locale: 'en',
      template: 'password-reset',
      data: reset,
    });
    const { items } = await listAudit(t.platform.database.db, {
      entity: 'mail',
      entityId: id,
      limit: 10,
      offset: 0,
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'mail.queued',
      actorLabel: 'system:test',
      after: {
        recipient: 'someone@example.test',
        template: 'password-reset',
        subject: 'Choose a new password for Amal',
        status: 'held',
      },
    });
    expect(JSON.stringify(items[0])).not.toContain('SECRET123');
  });

  it('writes in Dutch when the recipient’s language has no translation', async () => {
    const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
      to: 'x@example.test',
      locale: 'de',
      template: 'account-created',
      data: { name: 'Jan', setPasswordUrl: 'https://wegwijs.example/set?token=t', brandName: 'Amal' },
    });
    expect(await outboxRow(id)).toMatchObject({ locale: 'nl', subject: 'Je account bij Amal' });
  });

  it('leaves no mail and no audit row when the caller’s transaction rolls back', async () => {
    const db = t.platform.database.db;
    let mailId = '';
    await expect(
      db.transaction(async (tx) => {
        ({ id: mailId } = await t.platform.mail.send(tx, ctx, {
          to: 'rollback@example.test',
          template: 'password-reset',
          data: reset,
        }));
        throw new Error('the write that caused the mail fails');
      }),
    ).rejects.toThrow(/fails/);
    expect(mailId).not.toBe('');
    expect(await outboxRow(mailId)).toBeUndefined();
    const audit = await listAudit(db, { entity: 'mail', entityId: mailId, limit: 10, offset: 0 });
    expect(audit.total).toBe(0);
  });

  it('refuses data that does not fit the template, and a bad recipient, before writing', async () => {
    const db = t.platform.database.db;
    const before = (await db.select().from(mailOutbox)).length;
    await expect(
      t.platform.mail.send(db, ctx, {
        to: 'a@example.test',
        template: 'password-reset',
        // @ts-expect-error: the template needs resetUrl and expiresInMinutes
        data: { name: 'A' },
      }),
    ).rejects.toThrow(MailDataError);
    await expect(
      t.platform.mail.send(db, ctx, { to: 'not-an-address', template: 'password-reset', data: reset }),
    ).rejects.toThrow();
    expect((await db.select().from(mailOutbox)).length).toBe(before);
  });
});

describe('mail.send with SMTP but without jobs', () => {
  it('queues the mail as pending for delivery', async () => {
    const t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    try {
      const { id } = await t.platform.mail.send(t.platform.database.db, ctx, {
        to: 'p@example.test',
        locale: 'nl',
        template: 'password-reset',
        data: reset,
      });
      const [row] = await t.platform.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(row?.status).toBe('pending');
    } finally {
      await t.close();
    }
  });
});
