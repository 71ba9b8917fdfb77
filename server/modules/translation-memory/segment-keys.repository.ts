import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { KEYS_VERSION, segmentKeys } from './segment-keys.ts';

/** What keying a segment needs from its row. */
export type KeyedSource = { id: string; sourceLang: string; targetLang: string; sourceText: string };

/** Key rows per INSERT: one jsonb parameter, so no bind-parameter limit, but bounded memory. */
const KEY_BATCH = 10_000;

/**
 * Writes the segments' keys (scheme `KEYS_VERSION`) into `tm_segment_keys`. Call it in the
 * transaction that inserts or changes the segments, with `word_count` and `keys_version` set on the
 * rows by `keyColumns`: a segment is never visible without its keys.
 */
export async function writeSegmentKeys(db: Db, segments: readonly KeyedSource[]): Promise<void> {
  const rows = segments.flatMap((segment) =>
    segmentKeys(segment.sourceLang, segment.targetLang, segment.sourceText).keys.map((key) => [
      key,
      segment.id,
    ]),
  );
  for (let start = 0; start < rows.length; start += KEY_BATCH) {
    await db.execute(
      sql`insert into tm_segment_keys (key, segment_id)
          select x->>0, (x->>1)::uuid from jsonb_array_elements(${JSON.stringify(rows.slice(start, start + KEY_BATCH))}::jsonb) as x
          on conflict do nothing`,
    );
  }
}

/** The columns a keyed segment row carries: its word count and the key scheme. */
export function keyColumns(segment: Omit<KeyedSource, 'id'>): { wordCount: number; keysVersion: number } {
  const { wordCount } = segmentKeys(segment.sourceLang, segment.targetLang, segment.sourceText);
  return { wordCount, keysVersion: KEYS_VERSION };
}

/**
 * When each database was last seen holding no segment without current keys. Every write path of
 * this module keys in its transaction, so that stays true; the check is repeated every few minutes
 * only for rows another writer (an older process during a deployment) may have added.
 */
const fullyKeyedAt = new WeakMap<Db, number>();
const RECHECK_MS = 10 * 60_000;

/** Whether some segment still lacks keys of the current scheme (a sequential scan, until none does). */
export async function hasUnkeyedSegments(db: Db): Promise<boolean> {
  if (Date.now() - (fullyKeyedAt.get(db) ?? Number.NEGATIVE_INFINITY) < RECHECK_MS) return false;
  if (await unkeyedExist(db)) return true;
  fullyKeyedAt.set(db, Date.now());
  return false;
}

async function unkeyedExist(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ any: boolean }>(
    db,
    sql`select exists (select 1 from tm_segments where keys_version is distinct from ${KEYS_VERSION}) as any`,
  );
  return row?.any === true;
}

/**
 * Keys every segment whose `keys_version` is not the current one (rows from before migration 0013,
 * or made by an older scheme), in id order, `batch` rows per transaction; rows another process is
 * keying are skipped (`skip locked`) and found on its next run. Idempotent. Returns how many it keyed.
 */
export async function backfillSegmentKeys(db: Db, { batch = 1000 } = {}): Promise<number> {
  if (!(await unkeyedExist(db))) return 0;
  let after = '00000000-0000-0000-0000-000000000000';
  let keyed = 0;
  for (;;) {
    const rows = await db.transaction(async (tx) => {
      const found = await queryRows<{
        id: string;
        source_lang: string;
        target_lang: string;
        source_text: string;
      }>(
        tx,
        sql`select id, source_lang, target_lang, source_text from tm_segments
             where id > ${after}::uuid and keys_version is distinct from ${KEYS_VERSION}
             order by id limit ${batch} for update skip locked`,
      );
      if (found.length === 0) return found;
      const sources = found.map((row) => ({
        id: row.id,
        sourceLang: row.source_lang,
        targetLang: row.target_lang,
        sourceText: row.source_text,
      }));
      // Keys of an older scheme go first: the lookup of the new scheme must not see them.
      await tx.execute(
        sql`delete from tm_segment_keys where segment_id = any(${`{${sources.map((s) => s.id).join(',')}}`}::uuid[])`,
      );
      await writeSegmentKeys(tx, sources);
      const counts = sources.map((source) => [source.id, keyColumns(source).wordCount]);
      await tx.execute(
        sql`update tm_segments s set word_count = (x->>1)::int, keys_version = ${KEYS_VERSION}
              from jsonb_array_elements(${JSON.stringify(counts)}::jsonb) as x
             where s.id = (x->>0)::uuid`,
      );
      return found;
    });
    if (rows.length === 0) break;
    keyed += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
  }
  fullyKeyedAt.delete(db);
  await hasUnkeyedSegments(db);
  return keyed;
}
