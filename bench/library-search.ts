import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { LibrarySearchQuerySchema, type LibraryVisibility } from '../contracts/library.ts';
import { rebuildSearchWords } from '../server/modules/library/library-index.ts';
import { MATCH_CAP, searchLibrary } from '../server/modules/library/library-search.ts';
import { type Db, migrateDatabase, openDatabase } from '../server/platform/db/index.ts';
import { type BenchDatabase, openBenchDatabase } from './dispatch-load.ts';
import { summary } from './dispatch-ranking.ts';
import { PG_SERVER_URL } from './lib.ts';
import { generateLibrary, SECTORS, TRANSLATION_LANGS, WORDS } from './library-search-data.ts';

export type LibrarySearchBenchOptions = {
  /** Documents to generate (default 100,000); each has a Dutch original and 1–4 translations. */
  documents?: number;
  /** Timed queries (default 200), after 20 untimed warm-up ones. */
  queries?: number;
  /** Queries of the same run repeated for the baselines (default 10: without the GIN index each takes seconds). */
  baselineSample?: number;
  /** Matches ranked and counted at most (default MATCH_CAP of the search). */
  matchCap?: number;
  /**
   * Keep the generated library in the scratch database `wegwijs_bench_search_<documents>` and reuse
   * it on the next run with the same size (migrated first, so a new migration is measured on it);
   * generating 100,000 documents and their indexes takes about 25 minutes.
   */
  keep?: boolean;
  /** Progress lines (default stderr, so stdout keeps the one JSON object). */
  log?: (line: string) => void;
};

type BenchQuery = {
  kind: string;
  visibilities: LibraryVisibility[];
  q: string;
  lang?: string;
  sector?: string;
};

/** A small seeded generator (mulberry32): the same queries on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Queries as visitors and staff type them: a topic word, two words, a Dutch plural, a typo, a
 * rare word, a word in another language with or without its language filter; a third with a
 * sector filter; 60 % on the portal (public documents only), the rest as staff.
 */
export function benchQueries(count: number, seed = 20_270_501): BenchQuery[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const topics = (lang: string) => Object.values(WORDS[lang]?.topics ?? {}).flat();
  const plurals = [
    'scholen',
    'inschrijvingen',
    'kinderen',
    'woningen',
    'uitkeringen',
    'ziekenhuizen',
    'vacatures',
  ];
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rnd();
    let query: Omit<BenchQuery, 'visibilities'>;
    if (roll < 0.3)
      query = { kind: 'nl word', q: pick(topics('nl')), ...(rnd() < 0.5 ? { lang: 'nl' } : {}) };
    else if (roll < 0.45) query = { kind: 'nl two words', q: `${pick(topics('nl'))} ${pick(topics('nl'))}` };
    else if (roll < 0.52) query = { kind: 'nl plural', q: pick(plurals) };
    else if (roll < 0.62) {
      const word = pick(topics('nl').filter((t) => t.length >= 7));
      const at = 1 + Math.floor(rnd() * (word.length - 2));
      query = { kind: 'typo', q: word.slice(0, at) + word.slice(at + 1) };
    } else if (roll < 0.72) {
      const syllables = WORDS.nl?.syllables ?? [];
      query = { kind: 'rare word', q: pick(syllables) + pick(syllables) + pick(syllables) };
    } else {
      const lang = pick(['en', 'fr', 'ar', 'tr', ...TRANSLATION_LANGS.slice(0, 2)]);
      const words = topics(lang).length ? topics(lang) : (WORDS[lang]?.common ?? []);
      query = { kind: 'other language', q: pick(words), ...(rnd() < 0.7 ? { lang } : {}) };
    }
    if (rnd() < 0.3) query.sector = pick(SECTORS);
    const visibilities: LibraryVisibility[] = rnd() < 0.6 ? ['public'] : ['public', 'requesters', 'staff'];
    queries.push({ ...query, visibilities });
  }
  return queries;
}

/** The cap of the current run (`options.matchCap`), used by every timed search. */
let matchCap = MATCH_CAP;
const run = (db: Db, query: BenchQuery) =>
  searchLibrary(
    db,
    query.visibilities,
    LibrarySearchQuerySchema.parse({ q: query.q, lang: query.lang, sector: query.sector }),
    { matchCap },
  );

/**
 * CPU time (ms) the database's server processes have used so far, read from /proc when the server
 * runs on this machine (null otherwise). On a busy machine wall time mostly measures waiting for a
 * CPU; CPU time per query is what the search itself costs.
 */
async function serverCpuMs(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  try {
    let ticks = 0;
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10;
  } catch {
    return null;
  }
}

/** The library's text-search indexes, dropped before the bulk load and built after it. */
const SEARCH_INDEXES = [
  'library_translations_search_idx',
  'library_translations_head_idx',
  'library_translations_trgm_idx',
  'library_search_words_trgm_idx',
];

/** What a kept scratch database holds, as a comment on library_documents once it is complete. */
const keptMark = (documents: number) => `bench library search: ${documents} documents`;

/**
 * The kept scratch database for `documents` (see `keep`), created when missing, migrated; `ready`
 * when an earlier run finished generating it (an interrupted one is dropped and made again).
 */
async function openKeptDatabase(documents: number): Promise<BenchDatabase & { ready: boolean }> {
  const name = `wegwijs_bench_search_${documents}`;
  const server = process.env.BENCH_DATABASE_URL ?? PG_SERVER_URL;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const open = async () => {
    const database = await openDatabase({ url: url.toString(), poolSize: 30 });
    if (database.kind !== 'postgres') throw new Error('the library search bench needs PostgreSQL');
    await migrateDatabase(database);
    return database;
  };
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`create database ${name}`);
    let database = await open();
    const { rows } = await database.pool.query<{ mark: string | null }>(
      `select obj_description('library_documents'::regclass, 'pg_class') as mark`,
    );
    const ready = rows[0]?.mark === keptMark(documents);
    if (!ready && exists.rowCount !== 0) {
      await database.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.query(`create database ${name}`);
      database = await open();
    }
    return { database, ready, drop: () => database.close() };
  } finally {
    await admin.end();
  }
}

async function timed<T>(items: readonly T[], each: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await each(item);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * `npm run bench -- library` (search part): on a PostgreSQL database of its own, generates the
 * library with its search columns (`library-search-data.ts`; the GIN indexes built afterwards, as
 * a bulk load does),
 * and times `searchLibrary` — the service the routes call, facets and snippets included — over
 * seeded queries. Baselines from the same run, on a sample of the same queries: the same search
 * with bitmap scans off (so no GIN index), and a plain ILIKE scan of titles and texts.
 */
export async function benchLibrarySearch(
  options: LibrarySearchBenchOptions = {},
): Promise<Record<string, unknown>> {
  const documents = options.documents ?? 100_000;
  const count = options.queries ?? 200;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  matchCap = options.matchCap ?? MATCH_CAP;
  const bench = options.keep
    ? await openKeptDatabase(documents)
    : { ...(await openBenchDatabase()), ready: false };
  try {
    const { db, pool } = bench.database;
    let generateSeconds = 0;
    let indexSeconds = 0;
    if (bench.ready) {
      // A migration since the last run may have rewritten the table: vacuum it, as a fresh load is.
      await pool.query('vacuum analyze');
      log(`reusing the kept library of ${documents} documents`);
    } else {
      // The text-search indexes are built after the bulk load, as a restore does, with the very
      // definitions the migrations made (read back first).
      const { rows: indexes } = await pool.query<{ name: string; definition: string }>(
        `select indexname as name, indexdef as definition from pg_indexes
         where indexname = any($1) order by indexname`,
        [SEARCH_INDEXES],
      );
      for (const index of indexes) await pool.query(`drop index ${index.name}`);
      let started = performance.now();
      await generateLibrary(pool, documents, log);
      generateSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      await rebuildSearchWords(db);
      for (const index of indexes) await pool.query(index.definition);
      await pool.query('vacuum analyze');
      indexSeconds = (performance.now() - started) / 1000;
      if (options.keep) await pool.query(`comment on table library_documents is '${keptMark(documents)}'`);
      log('built the indexes; searching');
    }
    const data = await libraryCounts(pool);

    const warmUp = benchQueries(20, 7);
    for (const query of warmUp) await run(db, query);
    const queries = benchQueries(count);
    const matches: number[] = [];
    let cappedCount = 0;
    const cpuBefore = await serverCpuMs(pool);
    const clientBefore = process.cpuUsage();
    const times = await timed(queries, async (query) => {
      const result = await run(db, query);
      matches.push(result.total);
      if (result.capped) cappedCount++;
    });
    const byKind: Record<string, unknown> = {};
    for (const kind of new Set(queries.map((query) => query.kind))) {
      const of = queries.flatMap((query, i) => (query.kind === kind ? [i] : []));
      byKind[kind] = {
        queries: of.length,
        ...summary(of.map((i) => times[i] ?? 0)),
        meanMatches: Math.round(of.reduce((sum, i) => sum + (matches[i] ?? 0), 0) / of.length),
      };
    }
    const cpuAfter = await serverCpuMs(pool);
    const client = process.cpuUsage(clientBefore);
    const cpuPerQuery = {
      what: 'mean CPU per query: database server processes (from /proc, 10 ms ticks summed over the run) and this Node process',
      serverMs:
        cpuBefore === null || cpuAfter === null
          ? null
          : Math.round(((cpuAfter - cpuBefore) / count) * 100) / 100,
      clientMs: Math.round(((client.user + client.system) / 1000 / count) * 100) / 100,
    };
    const stats = summary(times);
    const capped = cappedCount;
    const loadDuringQueries = Math.round((loadavg()[0] ?? 0) * 100) / 100;

    const sample = queries.slice(0, options.baselineSample ?? 10);
    log(`baselines on ${sample.length} queries`);
    const noIndex = await timed(sample, (query) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_bitmapscan = off`);
        await run(tx as unknown as Db, query);
      }),
    );
    const ilike = await timed(sample, (query) =>
      pool.query(
        `select count(distinct t.document_id) from library_translations t
           join library_documents d on d.id = t.document_id left join library_versions v on v.id = t.current_version_id
         where d.status = 'active' and d.visibility = any($1) and ($2::text is null or t.lang = $2)
           and (t.title ilike $3 or t.description ilike $3 or v.extracted_text ilike $3)`,
        [query.visibilities, query.lang ?? null, `%${query.q}%`],
      ),
    );
    const sampleIndexed = summary(times.slice(0, sample.length));
    const sizes = await pool.query<{ name: string; size: string }>(
      `select relname as name, pg_size_pretty(pg_relation_size(oid)) as size from pg_class
       where relname = any($1)`,
      [[...SEARCH_INDEXES.filter((name) => name.startsWith('library_translations')), 'library_translations']],
    );
    return {
      bench: 'library-search',
      engine: 'postgresql',
      what: 'searchLibrary(db, visibilities, query): full text per language + trigram typos, one hit per document, facets over the whole matching set, snippets, page of 20',
      documents: data.documents,
      translations: data.translations,
      languages: data.languages,
      queries: count,
      p50Ms: stats.p50Ms,
      p95Ms: stats.p95Ms,
      maxMs: stats.maxMs,
      meanMatches: Math.round(matches.reduce((a, b) => a + b, 0) / Math.max(1, matches.length)),
      cappedQueries: {
        count: capped,
        cap: matchCap,
        note: 'queries whose matching translations exceeded the cap: total and facets count the first MATCH_CAP',
      },
      byKind,
      machine: { cpus: cpus().length, loadAverage1m: loadDuringQueries },
      cpuPerQuery,
      target: { p95Ms: 30, met: stats.p95Ms <= 30 },
      setup: {
        generateSeconds: Math.round(generateSeconds),
        indexSeconds: Math.round(indexSeconds),
        sizes: Object.fromEntries(sizes.rows.map((row) => [row.name, row.size])),
      },
      baseline: {
        sample: sample.length,
        indexedSameSample: sampleIndexed,
        withoutGinIndex: { what: 'the same searchLibrary with enable_bitmapscan = off', ...summary(noIndex) },
        ilikeScan: {
          what: 'count of documents whose title, description or text ILIKE %q%',
          ...summary(ilike),
        },
        speedupP50OverNoIndex:
          Math.round((summary(noIndex).p50Ms / Math.max(0.01, sampleIndexed.p50Ms)) * 10) / 10,
      },
    };
  } finally {
    await bench.drop();
  }
}

async function libraryCounts(pool: pg.Pool) {
  const count = async (query: string) => Number((await pool.query<{ n: string }>(query)).rows[0]?.n ?? 0);
  return {
    documents: await count('select count(*) as n from library_documents'),
    translations: await count('select count(*) as n from library_translations'),
    languages: await count('select count(distinct lang) as n from library_translations'),
  };
}
