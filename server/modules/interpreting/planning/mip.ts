import { highsRuntime } from './highs-loader.ts';
import { buildMipModel, type MipModel, type ObjectiveMode } from './mip-model.ts';
import type { Assignments, NormalisedInstance } from './types.ts';

export type MipStatus = 'optimal' | 'time-limit' | 'no-solution' | 'failed';

export type MipOptions = {
  timeLimitSeconds?: number;
  /** Relative gap at which HiGHS may stop; the big-M objective needs it small for travel to count. */
  mipRelGap?: number;
  mode?: ObjectiveMode;
  /** A feasible plan (usually greedy's) handed to HiGHS as its first incumbent. */
  warmStart?: Assignments;
  /**
   * false drops the pairwise travel rows: a relaxation whose bound is still valid (an upper bound on the fill)
   * but whose plans may be infeasible. For bounding instances too large for the full model.
   */
  travelRows?: boolean;
  /** Share of HiGHS's effort spent on primal heuristics (its default is 0.05). */
  heuristicEffort?: number;
};

export type MipResult = {
  engine: 'mip';
  status: MipStatus;
  assignments: Map<string, string>;
  objective: number | null;
  /** HiGHS's proven upper bound on the objective (maximisation). */
  bestBound: number | null;
  /** Upper bound on the weighted fill derived from `bestBound`; equals the optimum when `optimal`. */
  weightedFillBound: number | null;
  elapsedMs: number;
  modelStats: MipModel['stats'];
  message?: string;
};

const DEFAULTS = { timeLimitSeconds: 10, mipRelGap: 1e-7, mode: 'lexicographic' as ObjectiveMode };
const PRIMAL_FEASIBLE = 2;

export async function planMip(inst: NormalisedInstance, options: MipOptions = {}): Promise<MipResult> {
  const started = performance.now();
  const opts = { ...DEFAULTS, ...options };
  const model = buildMipModel(inst, { mode: opts.mode, travelRows: opts.travelRows });
  const base = { engine: 'mip' as const, modelStats: model.stats };
  if (model.columns.length === 0) {
    const elapsedMs = performance.now() - started;
    return {
      ...base,
      status: 'optimal',
      assignments: new Map(),
      objective: 0,
      bestBound: 0,
      weightedFillBound: 0,
      elapsedMs,
    };
  }
  try {
    const solved = await solveLp(model, opts);
    return { ...base, ...solved, elapsedMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = { objective: null, bestBound: null, weightedFillBound: null };
    return {
      ...base,
      ...failed,
      status: 'failed',
      assignments: new Map(),
      elapsedMs: performance.now() - started,
      message,
    };
  }
}

type Solved = Pick<MipResult, 'status' | 'assignments' | 'objective' | 'bestBound' | 'weightedFillBound'>;

async function solveLp(model: MipModel, opts: typeof DEFAULTS & MipOptions): Promise<Solved> {
  const highs = await highsRuntime();
  // The WASM heap is not garbage-collected: dispose explicitly (Node 20 has no `using`).
  const lp = highs.createModel({ format: 'lp', data: model.lp });
  try {
    lp.options.set({
      time_limit: opts.timeLimitSeconds,
      mip_rel_gap: opts.mipRelGap,
      mip_heuristic_effort: opts.heuristicEffort ?? 0.05,
      output_flag: false,
    });
    const index = columnIndex(lp.getDimensions().numCols, (k) => lp.getColName(k));
    if (opts.warmStart) lp.setSolution({ colValue: warmStartVector(model, index, opts.warmStart) });
    const { modelStatus } = lp.run();
    const codes = highs.constants.modelStatus;
    const bestBound = Number(lp.info.get('mip_dual_bound'));
    const weightedFillBound = Number.isFinite(bestBound) ? fillBound(model, bestBound) : null;
    const hasSolution = Number(lp.info.get('primal_solution_status')) === PRIMAL_FEASIBLE;
    if (!hasSolution || (modelStatus !== codes.optimal && modelStatus !== codes.timeLimit)) {
      const status = modelStatus === codes.timeLimit ? 'no-solution' : 'failed';
      return { status, assignments: new Map(), objective: null, bestBound, weightedFillBound };
    }
    const assignments = readAssignments(model, index, lp.getSolution().colValue);
    const status = modelStatus === codes.optimal ? 'optimal' : 'time-limit';
    return { status, assignments, objective: lp.getObjectiveValue(), bestBound, weightedFillBound };
  } finally {
    lp.dispose();
  }
}

function readAssignments(
  model: MipModel,
  index: Map<string, number>,
  values: Float64Array,
): Map<string, string> {
  const assignments = new Map<string, string>();
  for (const c of model.columns) {
    if ((values[index.get(c.name) ?? -1] ?? 0) > 0.5) assignments.set(c.request.id, c.interpreter.id);
  }
  return assignments;
}

function columnIndex(count: number, nameOf: (k: number) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < count; k++) out.set(nameOf(k), k);
  return out;
}

function warmStartVector(model: MipModel, index: Map<string, number>, plan: Assignments): Float64Array {
  const values = new Float64Array(index.size);
  const load = new Map<string, number>();
  for (const c of model.columns) {
    if (plan.get(c.request.id) !== c.interpreter.id) continue;
    values[index.get(c.name) ?? 0] = 1;
    const minutes = (c.request.end - c.request.start) / 60_000;
    load.set(c.interpreter.id, (load.get(c.interpreter.id) ?? 0) + minutes);
  }
  const maxLoad = index.get('L');
  if (maxLoad !== undefined) values[maxLoad] = Math.max(0, ...load.values());
  return values;
}

/**
 * Objective = W·P − S with 0 ≤ S < W, so a bound B on it gives P* < B/W + 1, i.e. P* ≤ ceil(B/W) for integral
 * P. The small epsilon absorbs HiGHS's float noise on a bound that is exactly integral.
 */
function fillBound(model: MipModel, bound: number): number {
  if (model.travelWeight === 0) return Math.floor(bound + 1e-6);
  return Math.ceil(bound / model.fillWeight - 1e-6);
}
