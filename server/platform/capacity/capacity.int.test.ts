import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../../../test/database.ts';
import type { Database } from '../db/index.ts';
import {
  ensurePools,
  lockPools,
  readPools,
  releaseCapacity,
  setPoolCapacity,
  takeCapacity,
} from './capacity.ts';

/** The one capacity mechanism both booking modules stand on, against the real database. */
describe(`capacity pools (${testEngine()})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('takes from every pool or from none', async () => {
    const { db } = database;
    await ensurePools(db, [
      { key: 'test:a', capacity: 3 },
      { key: 'test:b', capacity: 1 },
    ]);
    const refused = await db.transaction((tx) => takeCapacity(tx, ['test:a', 'test:b'], 2));
    expect(refused).toEqual({ ok: false, short: [{ key: 'test:b', capacity: 1, taken: 0, remaining: 1 }] });
    expect((await readPools(db, ['test:a'])).at(0)?.taken).toBe(0);
    expect(await db.transaction((tx) => takeCapacity(tx, ['test:a', 'test:b'], 1))).toEqual({ ok: true });
    expect(await readPools(db, ['test:b', 'test:a'])).toEqual([
      { key: 'test:a', capacity: 3, taken: 1, remaining: 2 },
      { key: 'test:b', capacity: 1, taken: 1, remaining: 0 },
    ]);
  });

  it('treats a pool that does not exist as full', async () => {
    const result = await database.db.transaction((tx) => takeCapacity(tx, ['test:missing'], 1));
    expect(result.ok).toBe(false);
  });

  it('gives places back, and refuses a capacity below what is taken', async () => {
    const { db } = database;
    await ensurePools(db, [{ key: 'test:c', capacity: 4 }]);
    await db.transaction((tx) => takeCapacity(tx, ['test:c'], 3));
    await expect(db.transaction((tx) => setPoolCapacity(tx, 'test:c', 2))).rejects.toMatchObject({
      code: 'CAPACITY.BELOW_TAKEN',
      detail: expect.stringContaining('Er zijn al 3 plaatsen gegeven dan 2'),
      // The same numbers as data, for pages that word the refusal themselves.
      facts: { key: 'test:c', capacity: 2, taken: 3 },
    });
    expect(await db.transaction((tx) => lockPools(tx, ['test:c', 'test:none']))).toEqual([
      { key: 'test:c', capacity: 4, taken: 3, remaining: 1 },
    ]);
    await db.transaction((tx) => releaseCapacity(tx, ['test:c'], 2));
    expect(await db.transaction((tx) => setPoolCapacity(tx, 'test:c', 2))).toMatchObject({
      taken: 1,
      remaining: 1,
    });
  });

  it('refuses more than the capacity in the database itself, whatever the code does', async () => {
    const { db } = database;
    await ensurePools(db, [{ key: 'test:d', capacity: 1 }]);
    const { sql } = await import('drizzle-orm');
    await expect(db.execute(sql`update capacity_pools set taken = 2 where key = 'test:d'`)).rejects.toThrow();
  });

  it('gives exactly the capacity when 40 bookings race for 10 places over two shared pools', async () => {
    const { db } = database;
    await ensurePools(db, [
      { key: 'race:slot', capacity: 10 },
      { key: 'race:day', capacity: 12 },
    ]);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction((tx) =>
          takeCapacity(tx, i % 2 ? ['race:slot', 'race:day'] : ['race:day', 'race:slot'], 1),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(await readPools(db, ['race:slot'])).toEqual([
      { key: 'race:slot', capacity: 10, taken: 10, remaining: 0 },
    ]);
  });
});
