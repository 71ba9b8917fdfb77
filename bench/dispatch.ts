import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { checkNormalisedPlan } from '../server/modules/interpreting/planning/feasibility.ts';
import { TRAVEL_RULE_TEXT } from '../server/modules/interpreting/planning/geo.ts';
import { planGreedy } from '../server/modules/interpreting/planning/greedy.ts';
import {
  eligibleByInterpreter,
  normaliseInstance,
} from '../server/modules/interpreting/planning/instance.ts';
import { solveRelaxation } from '../server/modules/interpreting/planning/lp-rounding.ts';
import { planMip } from '../server/modules/interpreting/planning/mip.ts';
import { planDay } from '../server/modules/interpreting/planning/plan-day.ts';
import { syntheticDay } from '../server/modules/interpreting/planning/synthetic.ts';
import type { NormalisedInstance, PlanningInstance } from '../server/modules/interpreting/planning/types.ts';
import { type BenchDatabase, loadBenchData, openBenchDatabase } from './dispatch-load.ts';
import { benchAcceptRace } from './dispatch-race.ts';
import { benchRanking } from './dispatch-ranking.ts';

/**
 * `npm run bench -- dispatch [--out DIR] [--ref-seconds N] [--parts day,ranking,race]`: the day planner on
 * synthetic days, then, on a PostgreSQL database of its own (BENCH_DATABASE_URL, default the local server),
 * candidate ranking with 500 interpreters and 100,000 assignments, and the accept race.
 */
export async function benchDispatch(argv: string[]): Promise<Record<string, unknown>> {
  const out = flag(argv, '--out');
  const refSeconds = Number(flag(argv, '--ref-seconds') ?? 60);
  const parts = new Set((flag(argv, '--parts') ?? 'day,ranking,race').split(','));
  if (out) mkdirSync(out, { recursive: true });
  const dayPlanning: Record<string, unknown> = {};
  if (parts.has('day')) {
    for (const size of [300, 3000]) dayPlanning[`requests${size}`] = await benchDay(size, refSeconds, out);
    dayPlanning.requests300OtherSeeds = await otherSeeds([1, 2, 3]);
  }
  return {
    bench: 'dispatch',
    dayPlanning,
    target: 'planner >= 0.99 of the optimum for 300 requests within 5 s',
    ...(await benchOnPostgres(parts)),
  };
}

/** Ranking and the race share one bench database, dropped at the end whatever happens. */
async function benchOnPostgres(parts: ReadonlySet<string>): Promise<Record<string, unknown>> {
  if (!parts.has('ranking') && !parts.has('race')) return {};
  let bench: BenchDatabase | undefined;
  try {
    bench = await openBenchDatabase();
    const { database } = bench;
    const data = await loadBenchData(database.pool);
    const ranking = parts.has('ranking') ? await benchRanking(database.db, database.pool) : 'skipped';
    const acceptRace = parts.has('race') ? await benchAcceptRace(database.url) : 'skipped';
    const machine = { cpus: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
    return { postgres: { data, machine }, ranking, acceptRace };
  } catch (error) {
    return { postgresError: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await bench?.drop();
  }
}

async function benchDay(
  size: number,
  refSeconds: number,
  out: string | undefined,
): Promise<Record<string, unknown>> {
  const instance = syntheticDay({ requests: size, seed: 20270112 + size });
  const inst = normaliseInstance(instance);
  const greedy = planGreedy(inst);
  const greedyCheck = checkNormalisedPlan(inst, greedy.assignments);
  const planner = await planDay(instance);
  const plannerCheck = checkNormalisedPlan(inst, planner.assignments);
  const reference = await referenceFill(inst, size, refSeconds);
  if (out) writeFiles(out, size, instance, { greedy: greedy.assignments, planner: planner.assignments });
  const fraction = (filled: number): number | null =>
    reference.weightedFill ? Math.round((filled / reference.weightedFill) * 10_000) / 10_000 : null;
  return {
    requests: size,
    interpreters: instance.interpreters.length,
    reference,
    greedy: {
      ...figures(greedyCheck),
      fractionOfReference: fraction(greedyCheck.weightedFilled),
      ms: round(greedy.elapsedMs),
    },
    planner: {
      ...figures(plannerCheck),
      fractionOfReference: fraction(plannerCheck.weightedFilled),
      ms: round(planner.elapsedMs),
      engine: planner.engine,
      engineReason: planner.engineReason,
      mipStatus: planner.mip?.status ?? null,
      plannerOverGreedyTime: round(planner.elapsedMs / Math.max(greedy.elapsedMs, 0.001)),
    },
  };
}

/**
 * What the engines are measured against. Up to 1,000 requests: the full MIP (fill-only objective), its optimum
 * or, at the time limit, its proven bound. Past that the full model is too large to write, so the bound comes
 * from the LP relaxation of the model without travel-pair rows (a relaxation of a relaxation: still an upper
 * bound; interior point, given 2.5 × the reference time), or, if even that does not finish, from the weight of
 * all requests that have an eligible interpreter.
 */
async function referenceFill(
  inst: NormalisedInstance,
  size: number,
  refSeconds: number,
): Promise<Record<string, unknown> & { weightedFill: number | null }> {
  const eligibleWeight = eligibleRequestWeight(inst);
  if (size <= 1000) {
    const mip = await planMip(inst, { mode: 'fill-only', timeLimitSeconds: refSeconds });
    const optimum =
      mip.status === 'optimal' ? checkNormalisedPlan(inst, mip.assignments).weightedFilled : null;
    return {
      kind: mip.status === 'optimal' ? 'MIP optimum (fill-only objective)' : 'MIP best bound (time limit)',
      weightedFill: optimum ?? mip.weightedFillBound ?? eligibleWeight,
      status: mip.status,
      seconds: round(mip.elapsedMs / 1000),
      model: mip.modelStats,
    };
  }
  const lp = await solveRelaxation(inst, {
    mode: 'fill-only',
    travelRows: false,
    solver: 'ipm',
    timeLimitSeconds: refSeconds * 2.5,
  });
  const bound = lp.weightedFillBound;
  return {
    kind:
      bound !== null
        ? 'upper bound: LP relaxation without travel-pair rows'
        : 'upper bound: weight of eligible requests',
    weightedFill: bound ?? eligibleWeight,
    lpStatus: lp.status,
    eligibleRequestWeight: eligibleWeight,
    seconds: round(lp.elapsedMs / 1000),
    model: lp.model.stats,
  };
}

function eligibleRequestWeight(inst: NormalisedInstance): number {
  const reachable = new Set(eligibleByInterpreter(inst).flat());
  return [...reachable].reduce((sum, r) => sum + r.priority, 0);
}

/** The planner on other 300-request days, against the bound its own MIP proved: how much the headline varies. */
async function otherSeeds(seeds: readonly number[]): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const seed of seeds) {
    const instance = syntheticDay({ requests: 300, seed });
    const inst = normaliseInstance(instance);
    const greedy = checkNormalisedPlan(inst, planGreedy(inst).assignments);
    const plan = await planDay(instance);
    const bound = plan.mip?.weightedFillBound ?? null;
    const ratio = (value: number): number | null =>
      bound ? Math.round((value / bound) * 10_000) / 10_000 : null;
    out.push({
      seed,
      mipStatus: plan.mip?.status ?? null,
      weightedFillBound: bound,
      greedyFraction: ratio(greedy.weightedFilled),
      plannerFraction: ratio(plan.totals.weightedFilled),
      plannerMs: round(plan.elapsedMs),
    });
  }
  return out;
}

function figures(check: ReturnType<typeof checkNormalisedPlan>): Record<string, unknown> {
  return {
    feasible: check.feasible,
    filled: check.filled,
    weightedFilled: check.weightedFilled,
    homeTravelMinutes: check.homeTravelMinutes,
    maxLoadMinutes: check.maxLoadMinutes,
  };
}

function writeFiles(
  dir: string,
  size: number,
  instance: PlanningInstance,
  plans: Record<string, Map<string, string>>,
): void {
  const document = {
    travelTimeRule: TRAVEL_RULE_TEXT,
    feasibility:
      'an interpreter speaks the request language; the job lies inside one availability window [start, end); ' +
      'for two jobs of one interpreter, the earlier ends + travel minutes <= the later starts',
    ...instance,
  };
  writeFileSync(join(dir, `day-${size}-instance.json`), `${JSON.stringify(document, null, 1)}\n`);
  for (const [engine, plan] of Object.entries(plans)) {
    writeFileSync(
      join(dir, `day-${size}-plan-${engine}.json`),
      `${JSON.stringify(Object.fromEntries(plan), null, 1)}\n`,
    );
  }
}

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

const round = (value: number): number => Math.round(value * 100) / 100;
