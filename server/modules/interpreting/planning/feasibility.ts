import { conflicts, homeTravel, normaliseInstance, windowFor } from './instance.ts';
import type {
  Assignments,
  NormalisedInstance,
  PlanningInstance,
  PlanTotals,
  Req,
  TravelFn,
} from './types.ts';

export type Violation = {
  requestId: string;
  interpreterId: string;
  kind: 'unknown-request' | 'unknown-interpreter' | 'language' | 'availability' | 'overlap';
  detail: string;
};

export type FeasibilityReport = PlanTotals & { feasible: boolean; violations: Violation[] };

/** Independent check of any plan — from an engine, a dispatcher's edit, or a JSON file written by the bench. */
export function checkPlan(
  instance: PlanningInstance,
  plan: Assignments,
  travel?: TravelFn,
): FeasibilityReport {
  return checkNormalisedPlan(normaliseInstance(instance, travel), plan);
}

export function checkNormalisedPlan(inst: NormalisedInstance, plan: Assignments): FeasibilityReport {
  const requests = new Map(inst.requests.map((r) => [r.id, r]));
  const interpreters = new Map(inst.interpreters.map((i) => [i.id, i]));
  const violations: Violation[] = [];
  const jobs = new Map<string, Req[]>();
  const totals: PlanTotals = { filled: 0, weightedFilled: 0, homeTravelMinutes: 0, maxLoadMinutes: 0 };
  for (const [requestId, interpreterId] of plan) {
    const r = requests.get(requestId);
    const it = interpreters.get(interpreterId);
    const v = { requestId, interpreterId };
    if (!r) violations.push({ ...v, kind: 'unknown-request', detail: 'no such request' });
    if (!it) violations.push({ ...v, kind: 'unknown-interpreter', detail: 'no such interpreter' });
    if (!r || !it) continue;
    if (!it.languages.has(r.language)) {
      violations.push({ ...v, kind: 'language', detail: `does not interpret ${r.language}` });
    }
    if (!windowFor(it, r)) violations.push({ ...v, kind: 'availability', detail: 'outside every window' });
    jobs.set(it.id, [...(jobs.get(it.id) ?? []), r]);
    totals.filled += 1;
    totals.weightedFilled += r.priority;
    totals.homeTravelMinutes += homeTravel(inst, it, r);
  }
  for (const [interpreterId, list] of jobs) {
    list.sort((a, b) => a.start - b.start);
    violations.push(...overlapViolations(inst, interpreterId, list));
    const load = list.reduce((sum, r) => sum + (r.end - r.start) / 60_000, 0);
    totals.maxLoadMinutes = Math.max(totals.maxLoadMinutes, load);
  }
  return { ...totals, feasible: violations.length === 0, violations };
}

/**
 * Every pair, not only consecutive ones: with the standard rule consecutive pairs would suffice (travel obeys
 * the triangle inequality), but the checker must also hold for a custom travel function.
 */
function overlapViolations(
  inst: NormalisedInstance,
  interpreterId: string,
  sorted: readonly Req[],
): Violation[] {
  const out: Violation[] = [];
  sorted.forEach((next, k) => {
    const clash = sorted.slice(0, k).find((prev) => conflicts(inst, prev, next));
    if (clash) {
      out.push({
        requestId: next.id,
        interpreterId,
        kind: 'overlap',
        detail: `clashes with ${clash.id} (travel included)`,
      });
    }
  });
  return out;
}
