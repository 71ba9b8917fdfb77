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
import { siteDayPoolKey, slotPoolKey } from '../pool-keys.ts';

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

  it('keeps three slots and their binding site-day within capacity when 60 race over them', async () => {
    const { coordinator } = await offerfeestStaff(t.app, t.platform.database.db);
    const editionId = await createOpenEdition(t.app, coordinator, 2062);
    const slotDay = brusselsDay(5);
    // A site that takes 25 a day with three slots of 10: the site-day pool binds them.
    const bound = await createSite(t.app, coordinator, editionId, 25);
    const boundSlots = await createSlots(t.app, coordinator, editionId, {
      siteId: bound,
      day: slotDay,
      startTime: '08:00',
      endTime: '09:30',
      minutes: 30,
      capacity: 10,
    });
    // A site whose day holds what its slots hold: no site-day pool, the slots stand alone.
    const free = await createSite(t.app, coordinator, editionId, 30);
    const freeSlots = await createSlots(t.app, coordinator, editionId, {
      siteId: free,
      day: slotDay,
      startTime: '08:00',
      endTime: '09:30',
      minutes: 30,
      capacity: 10,
    });
    const slots = [...boundSlots, ...freeSlots].map((slot) => slot.id);
    const responses = await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        send(
          t.app,
          undefined,
          `/api/offerfeest/editions/${editionId}/registrations`,
          household(slots[i % slots.length] ?? ''),
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(90).fill(201));
    const db = t.platform.database.db;
    const dayKey = (siteId: string) => siteDayPoolKey(siteId, new Date(boundSlots[0]?.start ?? ''));
    expect(await readPools(db, [dayKey(bound)])).toEqual([
      { key: dayKey(bound), capacity: 25, taken: 25, remaining: 0 },
    ]);
    expect(await readPools(db, [dayKey(free)])).toEqual([]);
    const rows = await db
      .select()
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.editionId, editionId));
    const confirmedIn = (ids: { id: string }[]) =>
      ids.map((slot) => rows.filter((r) => r.slotId === slot.id && r.status === 'confirmed').length);
    expect(confirmedIn(boundSlots).reduce((a, b) => a + b, 0)).toBe(25);
    expect(Math.max(...confirmedIn(boundSlots))).toBeLessThanOrEqual(10);
    expect(confirmedIn(freeSlots)).toEqual([10, 10, 10]);
    const pools = await readPools(
      db,
      slots.map((id) => slotPoolKey(id)),
    );
    expect(pools.map((pool) => pool.taken).reduce((a, b) => a + b, 0)).toBe(55);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(55);

    // The pool-less day cannot grow past the site's 30: the site-day pool never appears later.
    const raise = await send(
      t.app,
      coordinator,
      `/api/offerfeest/slots/${freeSlots[0]?.id}`,
      { capacity: 11 },
      'PATCH',
    );
    // The staff page words the refusal from `facts`, with the same numbers as the detail.
    expect(raise.json()).toMatchObject({
      status: 409,
      code: 'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
      detail: expect.stringContaining('would hold 31 animals'),
      facts: { places: 31, site: expect.stringMatching(/^Slachthuis test /u), daily: 30 },
    });
    const more = await send(t.app, coordinator, `/api/offerfeest/editions/${editionId}/slots`, {
      siteId: free,
      day: slotDay,
      startTime: '12:00',
      endTime: '12:30',
      minutes: 30,
      capacity: 1,
    });
    expect(more.json()).toMatchObject({
      status: 409,
      code: 'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
      facts: { places: 31, daily: 30 },
    });
    // Where the day pool binds, a slot may grow: the pool still holds the day to 25.
    const grow = await send(
      t.app,
      coordinator,
      `/api/offerfeest/slots/${boundSlots[0]?.id}`,
      { capacity: 12 },
      'PATCH',
    );
    expect(grow.statusCode).toBe(200);
    expect((await readPools(db, [dayKey(bound)]))[0]?.taken).toBe(25);
  });
});
