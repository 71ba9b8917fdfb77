import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../../contracts/identity.ts';
import { OutboxListSchema } from '../../../contracts/platform.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertUser } from '../../../test/factories.ts';
import { systemContext } from '../context.ts';
import { createSession, SESSION_COOKIE } from '../identity/session.ts';
import { defineTemplate } from './templates/index.ts';

const ctx = systemContext('test');
const resetUrl = 'https://wegwijs.example/reset?token=OUTBOX-SECRET';

describe('GET /api/admin/outbox', () => {
  let t: TestApp;
  const cookies: Partial<Record<Role, string>> = {};
  const ids: string[] = [];

  const cookieFor = async (role: Role) => {
    const user = await insertUser(t.platform.database.db, { roles: [role] });
    const { token } = await createSession(t.platform.database.db, { userId: user.id, ttlHours: 1 });
    return `${SESSION_COOKIE}=${token}`;
  };
  const get = (url: string, role?: Role) =>
    t.app.inject({ url, headers: role ? { cookie: cookies[role] ?? '' } : {} });

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'manager', 'requester'] as const) cookies[role] = await cookieFor(role);
    const db = t.platform.database.db;
    for (const [index, to] of ['first@example.test', 'second@example.test', 'third@example.test'].entries()) {
      const { id } = await t.platform.mail.send(db, ctx, {
        to,
        locale: index === 1 ? 'fr' : 'nl',
        template: 'password-reset',
        data: { name: `Person ${index}`, resetUrl, expiresInMinutes: 30 },
      });
      ids.push(id);
    }
  });
  afterAll(() => t.close());

  it('lists the outbox newest first, with the total, to a manager', async () => {
    const response = await get('/api/admin/outbox?limit=2', 'manager');
    expect(response.statusCode).toBe(200);
    const body = OutboxListSchema.parse(response.json());
    expect(body.total).toBe(3);
    expect(body.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    expect(body.items[1]).toMatchObject({
      recipient: 'second@example.test',
      locale: 'fr',
      template: 'password-reset',
      subject: 'Choisissez un nouveau mot de passe pour Amal',
      status: 'held',
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    const page2 = OutboxListSchema.parse((await get('/api/admin/outbox?limit=2&offset=2', 'manager')).json());
    expect(page2.items.map((item) => item.id)).toEqual([ids[0]]);
  });

  it('hides the body of a mail with a reset link from a manager, and shows it to an admin', async () => {
    const asManager = (await get('/api/admin/outbox', 'manager')).json();
    expect(asManager.items[0]).toMatchObject({ bodyHidden: true, textBody: null });
    expect(JSON.stringify(asManager)).not.toContain('OUTBOX-SECRET');

    const asAdmin = OutboxListSchema.parse((await get('/api/admin/outbox', 'admin')).json());
    expect(asAdmin.items[0]?.bodyHidden).toBe(false);
    expect(asAdmin.items[0]?.textBody).toContain(resetUrl);
  });

  it('filters by status', async () => {
    const held = OutboxListSchema.parse((await get('/api/admin/outbox?status=held', 'admin')).json());
    expect(held.total).toBe(3);
    const sent = OutboxListSchema.parse((await get('/api/admin/outbox?status=sent', 'admin')).json());
    expect(sent).toEqual({ items: [], total: 0 });
  });

  it('answers 401 without a session and 403 to a requester', async () => {
    const anonymous = await get('/api/admin/outbox');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('COMMON.UNAUTHENTICATED');
    const requester = await get('/api/admin/outbox', 'requester');
    expect(requester.statusCode).toBe(403);
    expect(requester.json().code).toBe('COMMON.FORBIDDEN');
  });

  it('refuses an unknown status and a bad page with 400 problem+json', async () => {
    const badStatus = await get('/api/admin/outbox?status=lost', 'admin');
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.headers['content-type']).toContain('application/problem+json');
    expect(badStatus.json().errors[0].path).toContain('status');
    expect((await get('/api/admin/outbox?limit=0', 'admin')).statusCode).toBe(400);
    expect((await get('/api/admin/outbox?offset=-1', 'admin')).statusCode).toBe(400);
  });

  it('trusts the flag a module template had when its mail was queued', async () => {
    const db = t.platform.database.db;
    const template = (name: string, secret: boolean) =>
      defineTemplate({
        name,
        secret,
        data: z.object({ line: z.string() }),
        translations: {
          nl: ({ line }) => ({
            subject: name,
            greeting: 'Dag,',
            intro: [line],
            action: { label: 'Open', url: 'https://wegwijs.example/app' },
            outro: [],
          }),
        },
      });
    await t.platform.mail.sendTemplate(db, ctx, template('module-notice', false), {
      to: 'plain@example.test',
      data: { line: 'Your session is confirmed' },
    });
    await t.platform.mail.sendTemplate(db, ctx, template('module-link', true), {
      to: 'secret@example.test',
      data: { line: 'MODULE-SECRET link' },
    });
    const items = OutboxListSchema.parse((await get('/api/admin/outbox?limit=2', 'manager')).json()).items;
    expect(items.map((item) => [item.template, item.bodyHidden])).toEqual([
      ['module-link', true],
      ['module-notice', false],
    ]);
    expect(items[1]?.textBody).toContain('Your session is confirmed');
    expect(JSON.stringify(items)).not.toContain('MODULE-SECRET');
  });
});
