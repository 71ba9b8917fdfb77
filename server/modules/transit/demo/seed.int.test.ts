import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { systemContext } from '../../../platform/context.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { seedTransitDemo } from './seed.ts';

/** The demo season: booked through the services, so pools and pitches agree; a second run adds nothing. */
describe(`transit demo (${testEngine()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds a season once', async () => {
    const { db } = t.platform.database;
    const first = await seedTransitDemo(db, systemContext('demo:transit'), t.platform.files, {
      pseudonymise: t.platform.pseudonymise,
    });
    expect(first.reservations).toBeGreaterThanOrEqual(38);
    expect(first.incomplete).toBe(0);
    const statuses = await queryRows<{ status: string; n: number }>(
      db,
      sql`select status, count(*)::int as n from transit_reservations group by status`,
    );
    const count = (status: string) => statuses.find((s) => s.status === status)?.n ?? 0;
    expect(count('checked_in') + count('extended')).toBe(3);
    for (const status of ['provisional', 'confirmed', 'cancelled', 'no_show'])
      expect(count(status)).toBeGreaterThan(0);
    // Places taken in the pools are exactly the pitches allocated to stays, night by night.
    const mismatch = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from capacity_pools p where p.key like 'transit-site:%' and p.taken <> (
        select count(*) from transit_allocations a where a.kind = 'stay'
          and a.from_day <= substring(p.key from 14)::date and a.to_day > substring(p.key from 14)::date)`,
    );
    expect(mismatch[0]?.n).toBe(0);
    // The pitch out of service and the demo's temporary cap lower their days' pools.
    expect(first.temporaryCaps).toBe(1);
    const pool = async (days: number) => {
      const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      const rows = await queryRows<{ capacity: number }>(
        db,
        sql`select capacity from capacity_pools where key = ${`transit-site:${day}`}`,
      );
      return rows[0]?.capacity;
    };
    expect(await pool(3)).toBe(24);
    expect(await pool(32)).toBe(20);
    const second = await seedTransitDemo(db, systemContext('demo:transit'), t.platform.files, {
      pseudonymise: t.platform.pseudonymise,
    });
    expect(second.reservations).toBe(0);
  }, 240_000);
});
