import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../../../../test/database.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/index.ts';
import { createFileService, createLocalFileStore, type FileService } from '../../../platform/files/index.ts';
import type { DemoTools } from '../../../platform/module.ts';
import { createPseudonymiser } from '../../../platform/pseudonym/index.ts';
import { normaliseNationalRegisterNumber } from '../national-register-number.ts';
import { offerfeestEditions, offerfeestRegistrations, offerfeestSlots } from '../offerfeest.tables.ts';
import { slotPoolKey } from '../pool-keys.ts';
import { seedOfferfeestDemo } from './seed.ts';
import { syntheticNationalRegisterNumber } from './synthetic-nrn.ts';

describe(`offerfeest demo (${testEngine()})`, () => {
  let database: Database;
  const files: FileService = createFileService({
    store: createLocalFileStore(mkdtempSync(join(tmpdir(), 'of-demo-'))),
    maxUploadBytes: 1_000_000,
  });

  let tools: DemoTools;

  beforeAll(async () => {
    database = await createTestDatabase();
    tools = { pseudonymise: createPseudonymiser(database.db, undefined) };
  });
  afterAll(() => database.close());

  it('seeds last year and the current edition with slots and households, once', async () => {
    const { db } = database;
    const first = await seedOfferfeestDemo(db, systemContext('demo'), files, tools);
    expect(first).toEqual({ offerfeestEditions: 2, offerfeestSlots: 20, offerfeestRegistrations: 50 });
    const editions = await db.select().from(offerfeestEditions);
    expect(editions.map((e) => [e.year, e.regime]).sort()).toEqual([
      [2026, 'reimbursement'],
      [2027, 'slots'],
    ]);
    for (const edition of editions) {
      expect(Object.keys(edition.info).sort()).toEqual(['ar', 'en', 'fr', 'nl', 'tr']);
      expect(edition.info.ar?.body).toMatch(/[\u0600-\u06FF]/u);
      expect(edition.info.nl?.body).toContain('2.000');
    }
    const registrations = await db.select().from(offerfeestRegistrations);
    const waiting = registrations.filter((r) => r.status === 'waitlisted');
    expect(waiting.length).toBeGreaterThan(0);
    // A waiting household sits on a slot whose places are all given.
    for (const row of waiting) {
      const [pool] = await readPools(db, [slotPoolKey(row.slotId)]);
      expect(pool?.remaining ?? 0).toBeLessThan(row.animals);
    }
    const confirmed = registrations.filter((r) => r.status === 'confirmed');
    const slots = await db.select().from(offerfeestSlots);
    const pools = await readPools(
      db,
      slots.map((slot) => slotPoolKey(slot.id)),
    );
    expect(pools.reduce((sum, pool) => sum + pool.taken, 0)).toBe(
      confirmed.reduce((sum, r) => sum + r.animals, 0),
    );
    const again = await seedOfferfeestDemo(db, systemContext('demo'), files, tools);
    expect(again).toEqual({ offerfeestEditions: 0, offerfeestSlots: 0, offerfeestRegistrations: 0 });
    expect(
      await db.select().from(offerfeestRegistrations).where(eq(offerfeestRegistrations.status, 'confirmed')),
    ).toHaveLength(confirmed.length);
  });

  it('builds valid synthetic national register numbers', () => {
    expect(normaliseNationalRegisterNumber(syntheticNationalRegisterNumber('1990-04-21', 55))).not.toBeNull();
  });
});
