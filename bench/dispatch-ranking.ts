import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { DEFAULT_MATCH_PARAMS } from '../server/modules/interpreting/dispatch/dispatch-params.ts';
import {
  findRequest,
  type LoadedMatchInput,
  loadMatchInputFor,
} from '../server/modules/interpreting/dispatch/matching.repository.ts';
import { rankCandidates } from '../server/modules/interpreting/dispatch/ranking.service.ts';
import { matchInterpreters } from '../server/modules/interpreting/matching.ts';
import type { Db } from '../server/platform/db/index.ts';
import { openRequestIds } from './dispatch-load.ts';

/**
 * Candidate ranking for one request on PostgreSQL, as the dispatcher's screen does it
 * (`rankCandidates`: load in SQL, rank with the pure matcher), for 200 different open requests.
 * Baselines from the same run: a `select 1` round trip, and the pure matcher alone on inputs
 * loaded beforehand (what the database part costs is the difference).
 */
export async function benchRanking(db: Db, pool: pg.Pool): Promise<Record<string, unknown>> {
  const ids = await openRequestIds(pool);
  for (const id of ids.slice(0, 20)) await rankCandidates(db, DEFAULT_MATCH_PARAMS, id);
  const ranked: number[] = [];
  const candidates: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    const list = await rankCandidates(db, DEFAULT_MATCH_PARAMS, id);
    ranked.push(performance.now() - started);
    candidates.push(list?.length ?? 0);
  }
  const everyone = await timeAllInterpreters(db, ids);
  const roundTrip = await timeEach(ids, () => db.execute(sql`select 1`));
  const loaded = await Promise.all(ids.map(async (id) => loadFor(db, id, 'speakers')));
  const pure = await timeEach(loaded, async (input) => matchInterpreters(input, DEFAULT_MATCH_PARAMS));
  const stats = summary(ranked);
  return {
    what: 'rankCandidates(db, params, requestId) on PostgreSQL: SQL loader + pure matcher, speakers of the language',
    requests: ids.length,
    ...stats,
    meanCandidates: Math.round((candidates.reduce((a, b) => a + b, 0) / candidates.length) * 10) / 10,
    target: { p95Ms: 50, met: stats.p95Ms <= 50 },
    allInterpreters: {
      what: 'the same request judged against all 500 active interpreters (loader scope "all" + matcher)',
      ...everyone,
    },
    baseline: {
      selectOneRoundTrip: summary(roundTrip),
      pureMatcherOnPreloadedInput: summary(pure),
    },
  };
}

async function loadFor(db: Db, id: string, kind: 'speakers' | 'all'): Promise<LoadedMatchInput> {
  const row = await findRequest(db, id);
  if (!row) throw new Error(`bench request ${id} is missing`);
  return loadMatchInputFor(db, row, { kind });
}

async function timeAllInterpreters(db: Db, ids: readonly string[]): Promise<Record<string, number>> {
  const times = await timeEach(ids, async (id) => {
    matchInterpreters(await loadFor(db, id, 'all'), DEFAULT_MATCH_PARAMS);
  });
  return summary(times);
}

async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return times;
}

/** Nearest-rank percentiles, in ms to two decimals. */
export function summary(times: readonly number[]): { p50Ms: number; p95Ms: number; maxMs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1] ?? 0) };
}
