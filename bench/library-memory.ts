import { cpus, loadavg } from 'node:os';
import { findMatches, type LookupTrace } from '../server/modules/translation-memory/tm-lookup.repository.ts';
import { memoryIndex } from '../server/modules/translation-memory/tm-memory-index.repository.ts';
import { seeded, sentence, UNRELATED, variant } from './library-memory-data.ts';
import { loadMemory, openScratch, PAIR } from './library-memory-load.ts';
import { bruteForce, type Memory, naivePairMs, readMemory, type Truth } from './library-memory-truth.ts';

export type MemoryBenchOptions = { size: number; queries: number; seed: number; fresh: boolean };

export const RECALL_DEFINITION =
  'For each query, the brute-force scan computes matchScore (the module’s exact CAT score) against every segment ' +
  'of the pair and keeps those with score >= 50, ordered as rankMatches orders (score, then character similarity); ' +
  'truth = its first min(5, n). recallAt5 = |found ∩ truth| / |truth| (found = findMatches top 5), averaged over ' +
  'queries with any truth. recallAt5TieAware also counts a found segment whose (score, character similarity) equals ' +
  'that of the 5th truth segment, since which of equal-ranked segments comes first is arbitrary.';

/** Indexes the bench adds to the migrated schema (decision 0008); reported so they can be migrated. */
export const EXTRA_INDEXES: string[] = [];

/**
 * Translation-memory lookup at `size` segments of one pair: `findMatches` latency and its top-5
 * recall against a brute-force exact scan of the same memory, in the same run.
 */
export async function benchMemory(options: MemoryBenchOptions): Promise<Record<string, unknown>> {
  const { database } = await openScratch();
  try {
    const pool = database.pool;
    const load = await loadMemory(pool, options.size, options.seed, options.fresh);
    log(`memory ${load.reused ? 'reused' : 'loaded'}: ${load.rows} rows`);
    const indexStarted = performance.now();
    for (const statement of EXTRA_INDEXES) await pool.query(statement);
    await pool.query('analyze tm_segments');
    const extraIndexSeconds = round((performance.now() - indexStarted) / 1000);
    const readStarted = performance.now();
    const memory = await readMemory(
      pool,
      `(lower(source_lang) = $1 or lower(source_lang) like $1 || '-%') and (lower(target_lang) = $2 or lower(target_lang) like $2 || '-%')`,
      [PAIR.source, PAIR.target],
    );
    const readSeconds = round((performance.now() - readStarted) / 1000);
    log(`read ${memory.segments.length} segments for the brute-force scan in ${readSeconds} s`);
    const queries = makeQueries(memory, options.queries, options.seed + 1);
    const truths = queries.map((query) => bruteForce(memory, query.text));
    // The in-process index is built by the first lookup of a process; timed here on its own.
    const usedMemory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const heapBefore = usedMemory();
    const buildStarted = performance.now();
    const index = await memoryIndex(database.db);
    const indexBuild = {
      seconds: round((performance.now() - buildStarted) / 1000),
      segments: index.size,
      // Heap and typed arrays grown during the build (includes garbage not yet collected).
      memoryMegabytes: Math.round((usedMemory() - heapBefore) / 1e6),
    };
    log(`index built: ${JSON.stringify(indexBuild)}`);
    for (const query of queries.slice(0, 5)) await lookup(database.db, query.text);
    const headline: QueryResult[] = [];
    for (const [i, query] of queries.entries()) {
      const trace: LookupTrace = { rows: 0, postings: 0, candidates: 0 };
      const started = performance.now();
      const found = await lookup(database.db, query.text, trace);
      const ms = performance.now() - started;
      headline.push({ ...query, ms, found, truth: truths[i] as Truth, trace });
    }
    const rows = headline;
    const latency = summary(rows.map((row) => row.ms));
    const recall = recallOf(rows);
    const pruned = rows.map((row) => row.truth.ms);
    const naiveMsPerQuery =
      naivePairMs(
        memory,
        queries.map((q) => q.text),
      ) * memory.segments.length;
    const meanLookup = mean(rows.map((row) => row.ms));
    return {
      what: 'findMatches(db, {source, sourceLang: nl, targetLang: fr, limit: 5}) on PostgreSQL, in-process index warm',
      memory: { ...load, extraIndexes: EXTRA_INDEXES, extraIndexSeconds, bruteForceReadSeconds: readSeconds },
      indexBuild,
      perQuery: {
        meanPostingsWalked: Math.round(mean(rows.map((row) => row.trace.postings))),
        meanCandidates: Math.round(mean(rows.map((row) => row.trace.candidates))),
        meanTextsFetched: Math.round(mean(rows.map((row) => row.trace.rows))),
      },
      queries: { total: rows.length, byKind: countBy(rows.map((row) => row.kind)) },
      latency,
      recall: { definition: RECALL_DEFINITION, ...recall },
      bruteForce: {
        prunedExactScanMsPerQuery: summary(pruned),
        prunedExactScan:
          'every segment of the pair; segments sharing fewer than half the words (a proof they score < 50) skipped, the rest scored with matchScore',
        meanSegmentsPassingWordFilter: Math.round(mean(rows.map((row) => row.truth.scored))),
        naiveScanMsPerQuery: Math.round(naiveMsPerQuery),
        naiveScan: 'matchScore on every segment: per-pair cost measured on 3,000 pairs, times the pair size',
      },
      speedUp: {
        overPrunedExactScan: round(mean(pruned) / meanLookup),
        overNaiveScan: Math.round(naiveMsPerQuery / meanLookup),
        basis: 'mean brute-force time per query / mean findMatches time',
      },
      target: { p95Ms: 50, recall: 0.99, met: latency.p95Ms <= 50 && recall.recallAt5 >= 0.99 },
      machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0) },
    };
  } finally {
    await database.close();
  }
}

type Query = { kind: 'variant' | 'fresh' | 'unrelated'; text: string };
type Found = { id: string; score: number; characterSimilarity?: number };
type QueryResult = Query & { ms: number; found: Found[]; truth: Truth; trace: LookupTrace };
async function lookup(
  db: Parameters<typeof findMatches>[0],
  text: string,
  trace?: LookupTrace,
): Promise<Found[]> {
  const found = await findMatches(db, {
    source: text,
    sourceLang: PAIR.source,
    targetLang: PAIR.target,
    limit: 5,
    ...(trace ? { trace } : {}),
  });
  return found.map((match) => ({ id: match.id, score: match.score }));
}

/** 80 % variants of stored segments (one edit), 15 % new sentences of the domain, 5 % unrelated. */
function makeQueries(memory: Memory, count: number, seed: number): Query[] {
  const random = seeded(seed);
  const queries: Query[] = [];
  for (let i = 0; i < count; i += 1) {
    const share = i / count;
    if (share < 0.8) {
      const stored = memory.segments[Math.floor(random() * memory.segments.length)]?.text ?? '';
      queries.push({ kind: 'variant', text: variant(random, stored) });
    } else if (share < 0.95) queries.push({ kind: 'fresh', text: sentence(random) });
    else queries.push({ kind: 'unrelated', text: UNRELATED[i % UNRELATED.length] ?? '' });
  }
  return queries;
}

function recallOf(rows: readonly QueryResult[]) {
  let strict = 0;
  let tieAware = 0;
  let withTruth = 0;
  let bestScoreAgrees = 0;
  const misses: Record<string, unknown>[] = [];
  for (const row of rows) {
    const truth = row.truth.ranked.slice(0, 5);
    if ((row.found[0]?.score ?? null) === (truth[0]?.match.score ?? null)) bestScoreAgrees += 1;
    if (truth.length === 0) continue;
    withTruth += 1;
    const last = truth[truth.length - 1]?.match;
    const ids = new Set(truth.map((t) => t.id));
    const tied = new Set(
      row.truth.ranked
        .filter(
          (t) => t.match.score === last?.score && t.match.characterSimilarity === last.characterSimilarity,
        )
        .map((t) => t.id),
    );
    const hits = row.found.filter((f) => ids.has(f.id)).length;
    const tieHits = Math.min(truth.length, row.found.filter((f) => ids.has(f.id) || tied.has(f.id)).length);
    strict += hits / truth.length;
    tieAware += tieHits / truth.length;
    if (tieHits < truth.length && misses.length < 5) {
      misses.push({
        kind: row.kind,
        query: row.text,
        truthScores: truth.map((t) => t.match.score),
        foundScores: row.found.map((f) => f.score),
      });
    }
  }
  return {
    queriesWithTruth: withTruth,
    recallAt5: round4(withTruth ? strict / withTruth : 1),
    recallAt5TieAware: round4(withTruth ? tieAware / withTruth : 1),
    bestScoreAgreement: round4(bestScoreAgrees / Math.max(1, rows.length)),
    bestScoreAgreementMeaning:
      'share of all queries whose best found score equals the best truth score (what the analysis uses)',
    firstMisses: misses,
  };
}

export function summary(times: readonly number[]): {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
} {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(at(1)), meanMs: round(mean(times)) };
}

/** Progress on stderr, so stdout keeps the one JSON object. */
const log = (line: string) => process.stderr.write(`[library memory] ${line}\n`);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const countBy = (values: readonly string[]) =>
  Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]));
const round = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
