import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import { sitePoolKey } from '../reservations/days.ts';
import * as site from '../transit.test-support.ts';

const { bookDays, capDays, dayFromToday, occupancyDays, read, send } = site;

type Day = { day: string; capacity: number; taken: number };

/**
 * A new site size (`transit.capacity`), planned through the parameters' admin route, resizes the
 * day pools that exist in the same transaction — or is refused when a day already has more
 * places given — and a pool made while the size changes never keeps the old size.
 */
describe(`transit: the site's size changed through the parameters (${testEngine()})`, () => {
  let t: TestApp;
  let people: site.TransitPeople;
  let admin: string;

  beforeAll(async () => {
    ({ t, people } = await site.startSiteTest());
    admin = await signIn(t.app, (await insertUser(t.platform.database.db, { roles: ['admin'] })).email);
  });
  afterAll(() => t.close());

  const capacities = async (from: number, to: number) =>
    (await occupancyDays<Day>(t, people, from, to)).map((d) => d.capacity);
  const setSize = (pitches: number, from: number) =>
    send(t.app, admin, '/api/admin/parameters', {
      key: 'transit.capacity',
      value: { pitches },
      validFrom: dayFromToday(from),
      note: 'test',
    });
  const sizes = async () =>
    (await read(t.app, admin, '/api/admin/parameters?key=transit.capacity')).json().items as {
      id: string;
      value: { pitches: number };
    }[];
  const poolCapacities = async (from: number, to: number) => {
    const keys = Array.from({ length: to - from }, (_, i) => sitePoolKey(dayFromToday(from + i)));
    return (await readPools(t.platform.database.db, keys)).map((pool) => pool.capacity);
  };

  it('refuses a size below the places already given, naming the day, and writes nothing', async () => {
    expect((await bookDays(t, people, 70, 72, 20)).statusCode).toBe(201);
    const before = await sizes();
    const refused = await setSize(18, 65);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().code).toBe('CAPACITY.BELOW_TAKEN');
    expect(refused.json().detail).toContain('Een terrein van 18 standplaatsen');
    expect(refused.json().detail).toContain('(20)');
    expect(refused.json().detail).toContain('moeten er eerst 2 vrijkomen');
    expect(await sizes()).toEqual(before);
    expect(await capacities(69, 73)).toEqual([25, 25, 25, 25]);
  });

  it('resizes the pools that exist at once, and a removed plan gives them back', async () => {
    const planned = await setSize(22, 65);
    expect(planned.statusCode, planned.body).toBe(201);
    expect(await poolCapacities(70, 72)).toEqual([22, 22]);
    expect(await capacities(64, 66)).toEqual([25, 22]);
    // The two places left on day 70 are all there is.
    expect((await bookDays(t, people, 70, 71, 3)).json().code).toBe('TRANSIT.FULL');
    expect((await bookDays(t, people, 70, 71, 2)).statusCode).toBe(201);

    // A cap below the new size still holds under it; above it, the size decides.
    expect((await capDays(t, people.manager, 80, 82, 24)).statusCode).toBe(200);
    expect(await capacities(80, 83)).toEqual([22, 22, 22]);

    const removed = await send(t.app, admin, `/api/admin/parameters/${planned.json().id}`, {}, 'DELETE');
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await poolCapacities(70, 72)).toEqual([25, 25]);
    expect(await capacities(80, 83)).toEqual([24, 24, 25]);
  });

  it('never leaves a pool at the old size when bookings of new days race the change', async () => {
    // Each booking makes the pools of its two days while the size changes from day 100 on.
    const bookings = Array.from({ length: 12 }, (_, i) => bookDays(t, people, 100 + 2 * i, 102 + 2 * i));
    const [change, ...booked] = await Promise.all([setSize(21, 100), ...bookings]);
    expect(change?.statusCode, change?.body).toBe(201);
    expect(booked.map((b) => b.statusCode)).toEqual(booked.map(() => 201));
    const pools = await poolCapacities(100, 124);
    expect(pools).toHaveLength(24);
    expect(new Set(pools)).toEqual(new Set([21]));
  });
});
