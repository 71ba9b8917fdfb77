import { highsRuntime } from './highs-loader.ts';
import { conflicts, windowFor } from './instance.ts';
import { buildMipModel, type MipModel, type ModelOptions } from './mip-model.ts';
import type { NormalisedInstance, Req } from './types.ts';

export type Relaxation = {
  status: 'optimal' | 'time-limit' | 'failed';
  /** LP optimum: an upper bound on the MIP's objective (only when `optimal`). */
  bound: number | null;
  /** Upper bound on the weighted fill (fill-only mode: the bound itself, rounded down). */
  weightedFillBound: number | null;
  model: MipModel;
  values: Float64Array;
  elapsedMs: number;
};

/**
 * Solves the LP relaxation. Its bound is close to the integer optimum on these models (the clique rows make it
 * tight), which makes it a cheap yardstick and a good guide for rounding — HiGHS's own MIP heuristics find
 * good incumbents late on these instances.
 */
export async function solveRelaxation(
  inst: NormalisedInstance,
  options: ModelOptions & {
    timeLimitSeconds?: number;
    /** `ipm` (interior point, no crossover) for very large bounds; its point is not a vertex, so round simplex's. */
    solver?: 'simplex' | 'ipm';
  } = {},
): Promise<Relaxation> {
  const started = performance.now();
  const model = buildMipModel(inst, { ...options, integral: false });
  const empty = new Float64Array(model.columns.length);
  if (model.columns.length === 0) {
    return { status: 'optimal', bound: 0, weightedFillBound: 0, model, values: empty, elapsedMs: 0 };
  }
  const highs = await highsRuntime();
  const lp = highs.createModel({ format: 'lp', data: model.lp });
  try {
    lp.options.set({ time_limit: options.timeLimitSeconds ?? 30, output_flag: false });
    if (options.solver === 'ipm') lp.options.set({ solver: 'ipm', run_crossover: 'off' });
    const { modelStatus } = lp.run();
    const elapsedMs = performance.now() - started;
    if (modelStatus !== highs.constants.modelStatus.optimal) {
      const status = modelStatus === highs.constants.modelStatus.timeLimit ? 'time-limit' : 'failed';
      return { status, bound: null, weightedFillBound: null, model, values: empty, elapsedMs };
    }
    const all = lp.getSolution().colValue;
    const byName = new Map<string, number>();
    for (let k = 0; k < all.length; k++) byName.set(lp.getColName(k), all[k] ?? 0);
    const values = Float64Array.from(model.columns, (c) => byName.get(c.name) ?? 0);
    const bound = lp.getObjectiveValue();
    const weightedFillBound =
      model.travelWeight === 0 ? Math.floor(bound + 1e-4) : Math.ceil(bound / model.fillWeight - 1e-6);
    return { status: 'optimal', bound, weightedFillBound, model, values, elapsedMs };
  } finally {
    lp.dispose();
  }
}

/**
 * Rounds an LP solution: pairs in decreasing LP value (then priority, then shorter trip) are taken when the
 * request is open and the interpreter free. Values near 1 are almost always kept, so the plan follows the LP.
 */
export function roundRelaxation(inst: NormalisedInstance, relaxation: Relaxation): Map<string, string> {
  const order = relaxation.model.columns
    .map((column, k) => ({ column, value: relaxation.values[k] ?? 0 }))
    .filter((entry) => entry.value > 1e-6)
    .sort(
      (a, b) =>
        b.value - a.value ||
        b.column.request.priority - a.column.request.priority ||
        a.column.travel - b.column.travel,
    );
  const jobs = new Map<string, Req[]>();
  const out = new Map<string, string>();
  for (const { column } of order) {
    const { request: r, interpreter: it } = column;
    if (out.has(r.id) || !windowFor(it, r)) continue;
    const mine = jobs.get(it.id) ?? [];
    if (mine.some((q) => conflicts(inst, q, r))) continue;
    jobs.set(it.id, [...mine, r]);
    out.set(r.id, it.id);
  }
  return out;
}
