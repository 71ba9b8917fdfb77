import { augmentPlan } from './augment.ts';
import { explainPlan, type PlanExplanation } from './explain.ts';
import { checkNormalisedPlan } from './feasibility.ts';
import { extendPlan, planGreedy } from './greedy.ts';
import { eligibleByInterpreter, normaliseInstance } from './instance.ts';
import { roundRelaxation, solveRelaxation } from './lp-rounding.ts';
import { type MipOptions, type MipResult, planMip } from './mip.ts';
import type { ObjectiveMode } from './mip-model.ts';
import { polishPlan } from './polish.ts';
import type { NormalisedInstance, PlanningInstance, PlanTotals, TravelFn } from './types.ts';

export type PlanDayOptions = {
  /** Past this many assignment variables neither LP nor MIP is tried: finished greedy is the plan. */
  maxMipVariables?: number;
  /** Up to this many variables the lexicographic objective is solved; above, fill-only (then polish). */
  lexicographicMaxVariables?: number;
  /** Wall-clock budget for LP + MIP together; finishing and explaining come on top. */
  timeLimitSeconds?: number;
  travel?: TravelFn;
  /** Injected for tests of the fallback path. */
  solve?: typeof planMip;
};

export type DayPlan = {
  engine: 'mip' | 'lp-rounding' | 'greedy';
  /** Why this engine's plan was returned, e.g. "instance over the size budget". */
  engineReason: string;
  assignments: Map<string, string>;
  totals: PlanTotals;
  mip: Pick<
    MipResult,
    'status' | 'objective' | 'bestBound' | 'weightedFillBound' | 'elapsedMs' | 'modelStats'
  > | null;
  explanation: PlanExplanation;
  elapsedMs: number;
};

const DEFAULTS = { maxMipVariables: 25_000, lexicographicMaxVariables: 25_000, timeLimitSeconds: 3.5 };

/**
 * Greedy always runs first (milliseconds), so there is a feasible plan whatever happens next. Within the size
 * budget, the rounded LP relaxation competes with it, the better one warm-starts the MIP, and the MIP's plan is
 * kept only if it passes the independent feasibility check and is lexicographically at least as good (fill,
 * then travel, then max load). Every plan gets the same finishing: fill any gap a free interpreter could take,
 * augment, then move jobs to closer or less-loaded interpreters.
 */
export async function planDay(instance: PlanningInstance, options: PlanDayOptions = {}): Promise<DayPlan> {
  const started = performance.now();
  const opts = { ...DEFAULTS, ...options };
  const inst = normaliseInstance(instance, opts.travel);
  const finish = (plan: ReadonlyMap<string, string>) =>
    polishPlan(inst, augmentPlan(inst, extendPlan(inst, plan)));
  const greedy = finish(planGreedy(inst).assignments);
  const variables = eligibleByInterpreter(inst).reduce((s, rs) => s + rs.length, 0);
  let chosen: Chosen = { engine: 'greedy', assignments: greedy, reason: '' };
  let mip: MipResult | null = null;
  if (variables > opts.maxMipVariables) {
    chosen.reason = `${variables} assignment variables exceed the MIP budget of ${opts.maxMipVariables}`;
  } else {
    const mode = variables <= opts.lexicographicMaxVariables ? 'lexicographic' : 'fill-only';
    const baseline = await roundedOrGreedy(inst, greedy, finish, mode, opts.timeLimitSeconds / 2);
    const remaining = opts.timeLimitSeconds - (performance.now() - started) / 1000;
    // The best plan so far as HiGHS's first incumbent: its own heuristics find good ones late on these models.
    const mipOptions: MipOptions = {
      mode,
      timeLimitSeconds: Math.max(0.5, remaining),
      warmStart: baseline.assignments,
    };
    mip = await (opts.solve ?? planMip)(inst, mipOptions);
    chosen = pickPlan(inst, baseline, mip, finish);
  }
  const totals = checkNormalisedPlan(inst, chosen.assignments);
  return {
    engine: chosen.engine,
    engineReason: chosen.reason,
    assignments: chosen.assignments,
    totals: { ...totals },
    mip: mip && summary(mip),
    explanation: explainPlan(inst, chosen.assignments),
    elapsedMs: performance.now() - started,
  };
}

type Chosen = { engine: DayPlan['engine']; assignments: Map<string, string>; reason: string };

/**
 * The LP relaxation is solved in well under a second and is nearly integral here; rounding it beats greedy by
 * several percent. Whichever is better is the plan to beat and the MIP's warm start.
 */
async function roundedOrGreedy(
  inst: NormalisedInstance,
  greedy: Map<string, string>,
  finish: (plan: ReadonlyMap<string, string>) => Map<string, string>,
  mode: ObjectiveMode,
  seconds: number,
): Promise<Chosen> {
  const fallback: Chosen = {
    engine: 'greedy',
    assignments: greedy,
    reason: 'greedy (LP rounding was not better)',
  };
  const relaxation = await solveRelaxation(inst, { mode, timeLimitSeconds: seconds }).catch(() => null);
  if (relaxation?.status !== 'optimal') return fallback;
  const rounded = finish(roundRelaxation(inst, relaxation));
  const better = compareTotals(checkNormalisedPlan(inst, rounded), checkNormalisedPlan(inst, greedy)) > 0;
  return better ? { engine: 'lp-rounding', assignments: rounded, reason: 'rounded LP relaxation' } : fallback;
}

function pickPlan(
  inst: NormalisedInstance,
  baseline: Chosen,
  mip: MipResult,
  finish: (plan: ReadonlyMap<string, string>) => Map<string, string>,
): Chosen {
  const keep = (why: string): Chosen => ({ ...baseline, reason: `${baseline.reason}; ${why}` });
  if (mip.status === 'failed' || mip.status === 'no-solution') {
    return keep(`solver gave no plan (${mip.status}${detail(mip)})`);
  }
  const candidate = finish(mip.assignments);
  const check = checkNormalisedPlan(inst, candidate);
  if (!check.feasible) return keep('solver plan failed the feasibility check');
  if (compareTotals(check, checkNormalisedPlan(inst, baseline.assignments)) < 0) {
    return keep(`better than the solver's ${mip.status} plan`);
  }
  return { engine: 'mip', assignments: candidate, reason: `solver plan (${mip.status})` };
}

/** Positive when `a` is better: more weighted fill, then less travel, then a lower maximum load. */
export function compareTotals(a: PlanTotals, b: PlanTotals): number {
  return (
    a.weightedFilled - b.weightedFilled ||
    b.homeTravelMinutes - a.homeTravelMinutes ||
    b.maxLoadMinutes - a.maxLoadMinutes
  );
}

const detail = (mip: MipResult): string => (mip.message ? `: ${mip.message}` : '');

function summary(mip: MipResult): NonNullable<DayPlan['mip']> {
  const { status, objective, bestBound, weightedFillBound, elapsedMs, modelStats } = mip;
  return { status, objective, bestBound, weightedFillBound, elapsedMs, modelStats };
}
