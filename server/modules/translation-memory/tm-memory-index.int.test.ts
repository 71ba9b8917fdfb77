import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { findMatches } from './tm-lookup.repository.ts';
import { memoryIndex } from './tm-memory-index.repository.ts';
import { insertSegments } from './translation-memory.repository.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) {
  console.info(
    'memory index gap test skipped: two open transactions need real PostgreSQL (set TEST_DATABASE_URL)',
  );
}

const segment = (sourceText: string) => ({
  sourceLang: 'nl',
  targetLang: 'fr',
  sourceText,
  targetText: `[fr] ${sourceText}`,
  origin: 'index-test',
});
const lookup = (t: TestApp, source: string, db = t.platform.database.db) =>
  findMatches(db, { source, sourceLang: 'nl', targetLang: 'fr' });

/**
 * The lookup's in-process index follows the table: rows written after it was built, by any path
 * and any connection, are found by the next lookup; deleted or rolled-back rows are never answered.
 */
describe('the in-process index stays current', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertSegments(t.platform.database.db, [segment('De school sluit op vrijdag om drie uur.')]);
  });
  afterAll(() => t.close());

  it('finds a segment written after the index was built, also one written by plain SQL', async () => {
    const db = t.platform.database.db;
    expect(await lookup(t, 'De school sluit op vrijdag om twee uur.')).toHaveLength(1);
    const before = (await memoryIndex(db)).size;
    await insertSegments(db, [segment('De bibliotheek sluit op zaterdag om vijf uur.')]);
    await db.execute(
      sql`insert into tm_segments (source_lang, target_lang, source_text, target_text, origin)
          values ('nl-BE', 'fr', 'De zwemkom sluit op zondag om zes uur.', 'La piscine ferme.', 'another process')`,
    );
    const found = await lookup(t, 'De bibliotheek sluit op zaterdag om zes uur.');
    expect(found[0]?.sourceText).toBe('De bibliotheek sluit op zaterdag om vijf uur.');
    expect((await lookup(t, 'De zwemkom sluit op zondag om zes uur.'))[0]).toMatchObject({ score: 100 });
    expect((await memoryIndex(db)).size).toBe(before + 2);
  });

  it('never answers a deleted row, nor one of a transaction rolled back', async () => {
    const db = t.platform.database.db;
    const text = 'Het loket is gesloten tijdens de paasvakantie.';
    await insertSegments(db, [segment(text)]);
    expect((await lookup(t, text))[0]?.score).toBe(100);
    await db.execute(sql`delete from tm_segments where source_text = ${text}`);
    expect(await lookup(t, text)).toEqual([]);

    const draft = 'Het zwembad is gesloten tijdens de kerstvakantie.';
    const rollback = new Error('rolled back on purpose');
    await expect(
      db.transaction(async (tx) => {
        await insertSegments(tx, [segment(draft)]);
        // The transaction sees its own row (its handle has an index of its own).
        expect((await lookup(t, draft, tx))[0]?.score).toBe(100);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await lookup(t, draft)).toEqual([]);
  });

  it.skipIf(!onPostgres)(
    'finds a row committed after a later-numbered one was read (PostgreSQL)',
    async () => {
      const db = t.platform.database.db;
      await lookup(t, 'De school sluit op vrijdag.');
      const database = t.platform.database;
      if (database.kind !== 'postgres') throw new Error('PostgreSQL expected');
      const slow = new pg.Client({ connectionString: database.url });
      await slow.connect();
      try {
        await slow.query('begin');
        // Takes its seq now, commits after a later seq has been read.
        await slow.query(
          `insert into tm_segments (source_lang, target_lang, source_text, target_text, origin)
         values ('nl', 'fr', 'De sporthal opent op maandag om negen uur.', 'La salle ouvre.', 'slow')`,
        );
        await insertSegments(db, [segment('De markt opent op dinsdag om acht uur.')]);
        expect((await lookup(t, 'De markt opent op dinsdag om acht uur.'))[0]?.score).toBe(100);
        const sporthal = 'De sporthal opent op maandag om negen uur.';
        // Not committed yet: other rows match it fuzzily, it does not.
        expect((await lookup(t, sporthal)).map((found) => found.sourceText)).not.toContain(sporthal);
        await slow.query('commit');
        expect((await lookup(t, sporthal))[0]).toMatchObject({ sourceText: sporthal, score: 100 });
      } finally {
        await slow.end();
      }
    },
  );
});
