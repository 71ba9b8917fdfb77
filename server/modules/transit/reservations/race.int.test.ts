import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { queryRows } from '../../../platform/db/index.ts';
import {
  booking,
  dayFromToday,
  send,
  startTransitTest,
  type TransitPeople,
} from '../transit.test-support.ts';

/** Many desks booking the same days at once: the pools and the exclusion constraint hold. */
describe(`transit booking race (${testEngine()})`, () => {
  let t: TestApp;
  let people: TransitPeople;

  beforeAll(async () => {
    ({ t, people } = await startTransitTest());
  });
  afterAll(() => t.close());

  it('gives 12 of 40 concurrent two-caravan bookings their pitches, and never one pitch twice', async () => {
    const arrival = dayFromToday(7);
    const departure = dayFromToday(11);
    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        send(
          t.app,
          people.supervisor,
          '/api/transit/reservations',
          booking({ arrival, departure, caravans: 2 }),
        ),
      ),
    );
    const codes = responses.map((r) => (r.statusCode === 201 ? 'ok' : r.json().code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(12);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['TRANSIT.FULL']));
    const { db } = t.platform.database;
    const overlaps = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from transit_allocations a join transit_allocations b
        on a.pitch_id = b.pitch_id and a.id < b.id and a.from_day < b.to_day and b.from_day < a.to_day`,
    );
    expect(overlaps[0]?.n).toBe(0);
    const given = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct pitch_id)::int as n from transit_allocations where from_day = ${arrival}`,
    );
    expect(given[0]?.n).toBe(24);
    const pools = await queryRows<{ taken: number }>(
      db,
      sql`select taken from capacity_pools where key like 'transit-site:%' and key >= ${`transit-site:${arrival}`}
        and key < ${`transit-site:${departure}`}`,
    );
    expect(pools.map((p) => p.taken)).toEqual([24, 24, 24, 24]);
  });
});
