import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { systemContext } from '../../platform/context.ts';
import { queryRows } from '../../platform/db/index.ts';
import { backfillSegmentKeys, hasUnkeyedSegments } from './segment-keys.repository.ts';
import { KEYS_VERSION, segmentKeys } from './segment-keys.ts';
import { alignIntoMemory } from './tm-align.service.ts';
import { findMatches } from './tm-lookup.repository.ts';
import { importTmxFile } from './translation-memory.service.ts';

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="nl" datatype="plaintext" srclang="nl"/><body>
<tu><tuv xml:lang="nl"><seg>De gemeente Gent verstuurt de aanslag.</seg></tuv><tuv xml:lang="fr"><seg>La ville de Gand envoie l'avis.</seg></tuv></tu>
<tu><tuv xml:lang="nl-BE"><seg>Breng uw identiteitskaart mee naar het loket.</seg></tuv><tuv xml:lang="en"><seg>Bring your identity card.</seg></tuv></tu>
</body></tmx>`;

type KeyRow = {
  source_text: string;
  source_lang: string;
  target_lang: string;
  word_count: number | null;
  keys_version: number | null;
  keys: string[] | null;
};

describe('lookup keys of segments (tm_segment_keys)', () => {
  let t: TestApp;
  const ctx = systemContext('test');
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rows = async (where = sql`true`) =>
    queryRows<KeyRow>(
      t.platform.database.db,
      sql`select s.source_text, s.source_lang, s.target_lang, s.word_count, s.keys_version,
                 (select array_agg(k.key order by k.key) from tm_segment_keys k where k.segment_id = s.id) as keys
            from tm_segments s where ${where} order by s.source_text`,
    );
  const expectKeyed = (row: KeyRow) => {
    const expected = segmentKeys(row.source_lang, row.target_lang, row.source_text);
    expect(row.keys_version).toBe(KEYS_VERSION);
    expect(row.word_count).toBe(expected.wordCount);
    expect(row.keys).toEqual([...expected.keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  };

  it('are written with the segments by a TMX import and by an alignment', async () => {
    const db = t.platform.database.db;
    expect(await importTmxFile(db, ctx, new TextEncoder().encode(TMX))).toMatchObject({ imported: 2 });
    await alignIntoMemory(db, ctx, {
      sourceLang: 'nl',
      targetLang: 'fr',
      sourceText: 'Uw kind zit in klas nr. 4. De uitstap is gratis.',
      targetText: "Votre enfant est en classe n° 4. L'excursion est gratuite.",
      origin: 'test',
      originDocumentId: null,
    });
    const all = await rows();
    expect(all.length).toBe(4);
    for (const row of all) expectKeyed(row);
    // The language pair's primary subtags prefix the keys: nl-BE → en keys are "nl>en|…".
    const english = all.find((row) => row.target_lang === 'en');
    expect(english?.keys).toContain('nl>en|b:identiteitskaart mee');
    expect(english?.keys).toContain('nl>en|w:loket');
  });

  it('go with their segment when it is deleted', async () => {
    const db = t.platform.database.db;
    const [before] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tm_segment_keys`);
    await db.execute(
      sql`delete from tm_segments where source_text = 'De gemeente Gent verstuurt de aanslag.'`,
    );
    const [after] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tm_segment_keys`);
    // 6 words ("de" twice) → 5 word keys + 5 pair keys.
    expect((before?.n ?? 0) - (after?.n ?? 0)).toBe(10);
    const [orphans] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from tm_segment_keys k where not exists (select 1 from tm_segments s where s.id = k.segment_id)`,
    );
    expect(orphans?.n).toBe(0);
  });

  it('are made by the backfill for rows written without them, which the lookup finds meanwhile', async () => {
    const db = t.platform.database.db;
    // As a row from before migration 0013: no keys, no word count, no key scheme.
    await db.execute(
      sql`insert into tm_segments (source_lang, target_lang, source_text, target_text, origin)
          values ('nl', 'fr', 'De huurder betaalt de huurwaarborg binnen tien dagen.', 'Le locataire paie.', 'old'),
                 ('nl', 'fr', 'Het OCMW beslist over uw aanvraag tot leefloon.', 'Le CPAS décide.', 'old')`,
    );
    // A key of an older scheme must go when the row is keyed again.
    await db.execute(
      sql`insert into tm_segment_keys (key, segment_id)
          select 'stale', id from tm_segments where origin = 'old' limit 1`,
    );
    const query = {
      source: 'De huurder betaalt de huurwaarborg binnen twaalf dagen.',
      sourceLang: 'nl',
      targetLang: 'fr',
    };
    // This process saw the memory fully keyed at start (and trusts that for minutes); a transaction
    // is a connection it has not checked yet, as a process started before the backfill has run.
    const before = await db.transaction(async (tx) => {
      expect(await hasUnkeyedSegments(tx)).toBe(true);
      return findMatches(tx, query);
    });
    expect(before[0]).toMatchObject({ sourceText: 'De huurder betaalt de huurwaarborg binnen tien dagen.' });

    expect(await backfillSegmentKeys(db, { batch: 1 })).toBe(2);
    const old = await rows(sql`origin = 'old'`);
    expect(old).toHaveLength(2);
    for (const row of old) expectKeyed(row);
    expect(await hasUnkeyedSegments(db)).toBe(false);
    expect(await backfillSegmentKeys(db)).toBe(0);
    const after = await findMatches(db, query);
    expect(after.map((m) => [m.sourceText, m.score])).toEqual(before.map((m) => [m.sourceText, m.score]));
  });
});
