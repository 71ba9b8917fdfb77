import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { foldedWords } from '../server/modules/translation-memory/segment-keys.ts';
import { type Database, migrateDatabase, openDatabase } from '../server/platform/db/index.ts';
import { PG_SERVER_URL } from './lib.ts';
import { seeded, sentence, variant } from './library-memory-data.ts';

/**
 * The memory bench's scratch database `wegwijs_bench_library`, migrated as the app migrates, filled
 * with generated segments. Loading 1M rows with the trigram index in place is slow, so the bench
 * drops the table's secondary indexes, loads with multi-row `unnest` inserts and recreates the
 * very definitions the migrations made (read back from pg_indexes first). The data is kept between
 * runs and reused when size and seed match (a table comment records them); `--fresh` rebuilds it.
 * Each segment is written with its word count, as `insertSegments` writes it.
 */

export const SCRATCH_DB = 'wegwijs_bench_library';
export const PAIR = { source: 'nl', target: 'fr' } as const;
/** Segments of other pairs, beside the queried one: the pair filter must do its work too. */
const OTHER_PAIR_SHARE = 0.1;
/** Share of segments made as a near-duplicate of a recent one: memories are full of them. */
const VARIANT_SHARE = 0.3;
const BATCH = 20_000;

export type ScratchDatabase = Extract<Database, { kind: 'postgres' }>;

export async function openScratch(): Promise<{ database: ScratchDatabase; url: string }> {
  const server = process.env.BENCH_DATABASE_URL ?? PG_SERVER_URL;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [SCRATCH_DB]);
  if (exists.rowCount === 0) await admin.query(`create database ${SCRATCH_DB}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${SCRATCH_DB}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  if (database.kind !== 'postgres') throw new Error('the library bench needs PostgreSQL');
  await migrateDatabase(database);
  return { database, url: url.toString() };
}

export async function dropScratch(): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? PG_SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${SCRATCH_DB} with (force)`);
  await admin.end();
}

/** The generated memory: `size` segments of nl→fr plus 10 % of other pairs. */
export function* generateSegments(size: number, seed: number): Generator<[string, string, string]> {
  const random = seeded(seed);
  const recent: string[] = [];
  const seen = new Set<string>();
  const total = Math.round(size * (1 + OTHER_PAIR_SHARE));
  const others = total - size;
  let otherCount = 0;
  while (seen.size < total) {
    // Families are star-shaped: variants of a base sentence (one or two edits), not of each other.
    const base =
      recent.length > 0 && random() < VARIANT_SHARE ? recent[Math.floor(random() * recent.length)] : null;
    const text = base
      ? random() < 0.7
        ? variant(random, base)
        : variant(random, variant(random, base))
      : sentence(random);
    if (seen.has(text)) continue;
    seen.add(text);
    if (!base && recent.length < 5000) recent.push(text);
    else if (!base) recent[Math.floor(random() * recent.length)] = text;
    const ours =
      otherCount >= others ||
      (seen.size - otherCount <= size && random() >= OTHER_PAIR_SHARE / (1 + OTHER_PAIR_SHARE));
    if (!ours) otherCount += 1;
    // nl and nl-BE both belong to the queried pair ("nl" matches nl-*).
    const sourceLang = random() < 0.7 ? 'nl' : 'nl-BE';
    yield [sourceLang, ours ? PAIR.target : 'en', text];
  }
}

export type LoadReport = {
  reused: boolean;
  rows: number;
  pairRows: number;
  loadSeconds?: number;
  indexSeconds?: number;
};

export async function loadMemory(
  pool: pg.Pool,
  size: number,
  seed: number,
  fresh: boolean,
): Promise<LoadReport> {
  const fingerprint = `bench:${size}:${seed}:seq`;
  const comment = await pool.query<{ c: string | null }>(
    `select obj_description('tm_segments'::regclass) as c`,
  );
  if (!fresh && comment.rows[0]?.c === fingerprint) return { reused: true, ...(await counts(pool)) };
  const client = await pool.connect();
  try {
    // Restart the numbering too: the index reads rows by seq, and a fresh memory starts at 1.
    await client.query('truncate tm_segments restart identity');
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes
        where tablename = 'tm_segments' and indexname <> 'tm_segments_pkey'`,
    );
    for (const { indexname } of indexes.rows) await client.query(`drop index ${indexname}`);
    const started = performance.now();
    let batch: [string, string, string][] = [];
    const flush = async () => {
      const ids = batch.map(() => randomUUID());
      await client.query(
        `insert into tm_segments (id, source_lang, target_lang, source_text, target_text, origin, word_count)
         select i, s, t, x, '[' || t || '] ' || x, 'bench', w
           from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[]) as u(i, s, t, x, w)`,
        [
          ids,
          batch.map((r) => r[0]),
          batch.map((r) => r[1]),
          batch.map((r) => r[2]),
          batch.map((r) => foldedWords(r[2]).length),
        ],
      );
      batch = [];
    };
    for (const row of generateSegments(size, seed)) {
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    const loaded = performance.now();
    await client.query(`set maintenance_work_mem = '1GB'`);
    // The word index of migration 0010 is no longer read by the lookup (decision 0008): not rebuilt.
    for (const { indexname, indexdef } of indexes.rows) {
      if (indexname !== 'tm_segments_source_words') await client.query(indexdef);
    }
    await client.query('vacuum analyze tm_segments');
    await client.query(`comment on table tm_segments is '${fingerprint}'`);
    const indexed = performance.now();
    return {
      reused: false,
      ...(await counts(pool)),
      loadSeconds: round((loaded - started) / 1000),
      indexSeconds: round((indexed - loaded) / 1000),
    };
  } finally {
    client.release();
  }
}

async function counts(pool: pg.Pool): Promise<{ rows: number; pairRows: number }> {
  const result = await pool.query<{ rows: number; pair: number }>(
    `select count(*)::int as rows, count(*) filter (where target_lang = $1)::int as pair from tm_segments`,
    [PAIR.target],
  );
  return { rows: result.rows[0]?.rows ?? 0, pairRows: result.rows[0]?.pair ?? 0 };
}

const round = (value: number): number => Math.round(value * 100) / 100;
