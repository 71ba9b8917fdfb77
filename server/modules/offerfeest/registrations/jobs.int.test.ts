import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { offerfeestEditions, offerfeestRegistrations } from '../offerfeest.tables.ts';
import {
  brusselsDay,
  createOpenEdition,
  createSite,
  createSlots,
  household,
  offerfeestStaff,
  send,
} from '../offerfeest.test-support.ts';
import { offerfeestDeps } from '../offerfeest-deps.ts';
import { startRegistrationJobs } from './jobs.ts';
import { anonymiseExpiredEditions, sendSlotReminders } from './sweeps.ts';

describe(`offerfeest registration jobs (${testEngine()})`, () => {
  let t: TestApp;
  let editionId: string;
  let tomorrowSlot: string;
  let laterSlot: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { coordinator } = await offerfeestStaff(t.app, t.platform.database.db);
    editionId = await createOpenEdition(t.app, coordinator, 2071);
    const siteId = await createSite(t.app, coordinator, editionId);
    const slots = (day: string) =>
      createSlots(t.app, coordinator, editionId, {
        siteId,
        day,
        startTime: '09:00',
        endTime: '10:00',
        minutes: 60,
        capacity: 1,
      });
    tomorrowSlot = (await slots(brusselsDay(1)))[0]?.id ?? '';
    laterSlot = (await slots(brusselsDay(6)))[0]?.id ?? '';
  });
  afterAll(() => t.close());

  const register = (slotId: string, extra: Record<string, unknown> = {}) =>
    send(t.app, undefined, `/api/offerfeest/editions/${editionId}/registrations`, household(slotId, extra));

  it('reminds confirmed households the day before their slot, once', async () => {
    await register(tomorrowSlot, { email: 'tomorrow@example.test', language: 'tr' });
    await register(tomorrowSlot, { email: 'waiting@example.test' });
    await register(laterSlot, { email: 'later@example.test' });
    const deps = offerfeestDeps(t.platform);
    expect(await sendSlotReminders(deps, brusselsDay(0))).toMatchObject({ sent: 1 });
    expect(await sendSlotReminders(deps, brusselsDay(0))).toMatchObject({ sent: 0 });
    const reminders = await t.platform.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'offerfeest.registration-reminder'));
    expect(reminders.map((mail) => [mail.recipient, mail.locale])).toEqual([['tomorrow@example.test', 'tr']]);
  });

  it('anonymises the registrations once the edition is past its retention, and only then', async () => {
    const { db } = t.platform.database;
    expect(await anonymiseExpiredEditions(db, brusselsDay(0))).toMatchObject({ editions: 0 });
    // Pretend the feast ended 13 months ago (the default keeps 12).
    await db
      .update(offerfeestEditions)
      .set({ feastStart: sql`current_date - 400`, feastEnd: sql`current_date - 397` })
      .where(eq(offerfeestEditions.id, editionId));
    const report = await anonymiseExpiredEditions(db, brusselsDay(0));
    expect(report).toEqual({ editions: 1, registrations: 3 });
    const rows = await db
      .select()
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.editionId, editionId));
    for (const row of rows) {
      expect(row).toMatchObject({
        name: null,
        phone: null,
        email: null,
        herdNumber: null,
        nrnPseudonym: null,
        anonymisedAt: expect.any(Date),
      });
    }
    const [edition] = await db.select().from(offerfeestEditions).where(eq(offerfeestEditions.id, editionId));
    expect(edition?.anonymisedAt).toBeInstanceOf(Date);
    expect(await anonymiseExpiredEditions(db, brusselsDay(0))).toEqual({ editions: 0, registrations: 0 });
  });

  it('starts without jobs running, and only once', async () => {
    await expect(startRegistrationJobs(t.platform)).resolves.toBeUndefined();
  });
});
