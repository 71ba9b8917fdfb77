import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import { offerfeestRegistrations } from '../offerfeest.tables.ts';
import {
  brusselsDay,
  createOpenEdition,
  createSite,
  createSlots,
  household,
  offerfeestStaff,
  send,
} from '../offerfeest.test-support.ts';
import { slotPoolKey } from '../pool-keys.ts';

/** Sixty households press "register" at once for a slot of ten: nobody gets a place that is not there. */
describe(`offerfeest registration race (${testEngine()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('confirms exactly 10 of 60 concurrent registrations and waitlists 50 in one order', async () => {
    const { coordinator } = await offerfeestStaff(t.app, t.platform.database.db);
    const editionId = await createOpenEdition(t.app, coordinator, 2061);
    const siteId = await createSite(t.app, coordinator, editionId, 10_000);
    const [slot] = await createSlots(t.app, coordinator, editionId, {
      siteId,
      day: brusselsDay(4),
      startTime: '10:00',
      endTime: '11:00',
      minutes: 60,
      capacity: 10,
    });
    const slotId = slot?.id ?? '';
    const responses = await Promise.all(
      Array.from({ length: 60 }, () =>
        send(t.app, undefined, `/api/offerfeest/editions/${editionId}/registrations`, household(slotId)),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(60).fill(201));
    const receipts: { status: string; position: number | null }[] = responses.map((r) => r.json());
    expect(receipts.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    expect(receipts.filter((r) => r.status === 'waitlisted')).toHaveLength(50);
    expect(await readPools(t.platform.database.db, [slotPoolKey(slotId)])).toEqual([
      { key: slotPoolKey(slotId), capacity: 10, taken: 10, remaining: 0 },
    ]);
    const rows = await t.platform.database.db
      .select()
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.slotId, slotId));
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(10);
    // Read now, the waiting list is ranked 1..50 without gaps or ties.
    const listed = await t.app.inject({
      url: `/api/offerfeest/editions/${editionId}/registrations?status=waitlisted`,
      headers: { cookie: coordinator },
    });
    const positions = listed
      .json()
      .map((r: { position: number }) => r.position)
      .sort((a: number, b: number) => a - b);
    expect(positions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
