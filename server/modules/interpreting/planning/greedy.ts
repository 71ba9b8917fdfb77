import { conflicts, durationMinutes, homeTravel, windowFor } from './instance.ts';
import type { Interp, NormalisedInstance, Req } from './types.ts';

export type GreedyResult = { engine: 'greedy'; assignments: Map<string, string>; elapsedMs: number };

/** Most important first; earlier first so that a day fills from the morning without leaving holes. */
export function greedyOrder(requests: readonly Req[]): Req[] {
  return [...requests].sort((a, b) => b.priority - a.priority || a.start - b.start || a.index - b.index);
}

/**
 * One pass: each request goes to the feasible interpreter with the least home → job travel, then the least
 * load so far. Never revisits a choice — that is what the MIP is for; this is the fast, always-available plan.
 */
export function planGreedy(inst: NormalisedInstance): GreedyResult {
  const started = performance.now();
  const assignments = extendPlan(inst, new Map());
  return { engine: 'greedy', assignments, elapsedMs: performance.now() - started };
}

/**
 * Adds every request it still can to a feasible plan, in greedy order, without moving existing jobs. The
 * planner runs it after the MIP too, so that no plan leaves a request open that a free interpreter could take.
 */
export function extendPlan(inst: NormalisedInstance, plan: ReadonlyMap<string, string>): Map<string, string> {
  const byLanguage = interpretersByLanguage(inst.interpreters);
  const position = new Map(inst.interpreters.map((it) => [it.id, it.index]));
  const jobs = inst.interpreters.map((): Req[] => []);
  const load = inst.interpreters.map(() => 0);
  const assignments = new Map(plan);
  const place = (r: Req, index: number): void => {
    jobs[index]?.push(r);
    load[index] = (load[index] ?? 0) + durationMinutes(r);
  };
  for (const r of inst.requests) {
    const index = position.get(plan.get(r.id) ?? '');
    if (index !== undefined) place(r, index);
  }
  for (const r of greedyOrder(inst.requests)) {
    if (assignments.has(r.id)) continue;
    const best = bestCandidate(inst, r, byLanguage.get(r.language) ?? [], jobs, load);
    if (!best) continue;
    assignments.set(r.id, best.id);
    place(r, best.index);
  }
  return assignments;
}

function bestCandidate(
  inst: NormalisedInstance,
  r: Req,
  candidates: readonly Interp[],
  jobs: readonly Req[][],
  load: readonly number[],
): Interp | undefined {
  let best: { it: Interp; travel: number; load: number } | undefined;
  for (const it of candidates) {
    if (!windowFor(it, r)) continue;
    if ((jobs[it.index] ?? []).some((other) => conflicts(inst, other, r))) continue;
    const travel = homeTravel(inst, it, r);
    const itLoad = load[it.index] ?? 0;
    if (!best || travel < best.travel || (travel === best.travel && itLoad < best.load)) {
      best = { it, travel, load: itLoad };
    }
  }
  return best?.it;
}

export function interpretersByLanguage(interpreters: readonly Interp[]): Map<string, Interp[]> {
  const out = new Map<string, Interp[]>();
  for (const it of interpreters) {
    for (const lang of it.languages) out.set(lang, [...(out.get(lang) ?? []), it]);
  }
  return out;
}
