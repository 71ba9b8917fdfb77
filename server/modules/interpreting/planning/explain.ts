import { conflicts, homeTravel, windowFor } from './instance.ts';
import type { Interp, NormalisedInstance, Req } from './types.ts';

export type AssignmentExplanation = {
  requestId: string;
  interpreterId: string;
  travelMinutes: number;
  /** Interpreters who speak the language and are available then, this one included. */
  eligibleCount: number;
  /** Eligible interpreters with a shorter trip, and the jobs in this plan that keep them busy. */
  closerButBusy: { interpreterId: string; travelMinutes: number; busyWith: string[] }[];
  reason: string;
};

export type UnfilledReason = 'no-language' | 'not-available' | 'all-busy';

export type UnfilledExplanation = {
  requestId: string;
  reason: UnfilledReason;
  /** For `all-busy`: each eligible interpreter and the planned jobs that clash with this one. */
  blockedBy: { interpreterId: string; busyWith: string[] }[];
  detail: string;
};

export type PlanExplanation = { assignments: AssignmentExplanation[]; unfilled: UnfilledExplanation[] };

/** Explains a finished plan from the plan itself, so the words hold whichever engine produced it. */
export function explainPlan(inst: NormalisedInstance, plan: ReadonlyMap<string, string>): PlanExplanation {
  const jobs = new Map<string, Req[]>();
  const byId = new Map(inst.interpreters.map((it) => [it.id, it]));
  for (const r of inst.requests) {
    const id = plan.get(r.id);
    if (id) jobs.set(id, [...(jobs.get(id) ?? []), r]);
  }
  const busyWith = (it: Interp, r: Req): string[] =>
    (jobs.get(it.id) ?? []).filter((q) => q !== r && conflicts(inst, q, r)).map((q) => q.id);
  const assignments: AssignmentExplanation[] = [];
  const unfilled: UnfilledExplanation[] = [];
  for (const r of inst.requests) {
    const chosen = byId.get(plan.get(r.id) ?? '');
    const eligible = inst.interpreters.filter((it) => it.languages.has(r.language) && windowFor(it, r));
    if (chosen) assignments.push(explainAssignment(inst, r, chosen, eligible, busyWith));
    else unfilled.push(explainUnfilled(inst, r, eligible, busyWith));
  }
  return { assignments, unfilled };
}

function explainAssignment(
  inst: NormalisedInstance,
  r: Req,
  chosen: Interp,
  eligible: readonly Interp[],
  busyWith: (it: Interp, r: Req) => string[],
): AssignmentExplanation {
  const travelMinutes = homeTravel(inst, chosen, r);
  const closerButBusy = eligible
    .map((it) => ({
      interpreterId: it.id,
      travelMinutes: homeTravel(inst, it, r),
      busyWith: busyWith(it, r),
    }))
    .filter((c) => c.interpreterId !== chosen.id && c.travelMinutes < travelMinutes);
  const freeCloser = closerButBusy.filter((c) => c.busyWith.length === 0).map((c) => c.interpreterId);
  const reason =
    eligible.length === 1
      ? `the only ${r.language} interpreter available then (${travelMinutes} min trip)`
      : closerButBusy.length === 0
        ? `speaks ${r.language}, available, and the shortest trip (${travelMinutes} min) of ${eligible.length} eligible`
        : freeCloser.length === 0
          ? `speaks ${r.language} and is free; the ${closerButBusy.length} closer interpreters are busy with other planned jobs`
          : `speaks ${r.language} and is free; ${freeCloser.join(', ')} would be closer and is free too — ` +
            'kept to balance the load or as the solver left it (within its gap)';
  return {
    requestId: r.id,
    interpreterId: chosen.id,
    travelMinutes,
    eligibleCount: eligible.length,
    closerButBusy,
    reason,
  };
}

function explainUnfilled(
  inst: NormalisedInstance,
  r: Req,
  eligible: readonly Interp[],
  busyWith: (it: Interp, r: Req) => string[],
): UnfilledExplanation {
  if (!inst.interpreters.some((it) => it.languages.has(r.language))) {
    return {
      requestId: r.id,
      reason: 'no-language',
      blockedBy: [],
      detail: `no interpreter speaks ${r.language}`,
    };
  }
  if (eligible.length === 0) {
    const detail = `no ${r.language} interpreter is available for the whole job`;
    return { requestId: r.id, reason: 'not-available', blockedBy: [], detail };
  }
  const blockedBy = eligible.map((it) => ({ interpreterId: it.id, busyWith: busyWith(it, r) }));
  const detail =
    `all ${eligible.length} eligible interpreters are busy with other jobs in this plan (travel between sites ` +
    'included)';
  return { requestId: r.id, reason: 'all-busy', blockedBy, detail };
}
