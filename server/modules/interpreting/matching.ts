import type { Reason } from '../../../contracts/interpreting.ts';
import {
  distanceKm,
  ELIGIBILITY_RULES,
  type EligibilityRule,
  type ExistingAssignment,
  evaluateEligibility,
  type Failure,
  type InterpreterProfile,
  type LanguageMatch,
  type MatchRequest,
  matchLanguage,
  type PreparedRequest,
  prepareRequest,
  round,
  type TimedJob,
  timeJobs,
} from './eligibility.ts';
import type { TravelModel } from './travel.ts';

/** Ranking weights; effective-dated parameters in the real system. Each score part is in [0, 1]. */
export type ScoringWeights = {
  continuity: number;
  fairness: number;
  travel: number;
  preference: number;
  language: number;
};
export const SCORE_PARTS = ['continuity', 'fairness', 'travel', 'preference', 'language'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export type MatchParams = {
  weights: ScoringWeights;
  travel: TravelModel;
  /** Distance at which the travel part reaches 0 (closer is linearly better). */
  travelReferenceKm: number;
};

export type MatchInput = {
  request: MatchRequest;
  interpreters: readonly InterpreterProfile[];
  /** Existing jobs of these interpreters, past and future; the request itself must not be among them. */
  assignments: readonly ExistingAssignment[];
  /** Minutes already worked or planned this month, per interpreter id; missing means 0. */
  monthWorkloadMinutes: Readonly<Record<string, number>>;
  /**
   * Earlier jobs for this organisation and client, per interpreter id, when the repository counts
   * them in SQL over the whole history; without it they are counted in `assignments`, which then
   * only needs the request's ISO week (± a day) for the rules themselves.
   */
  continuity?: Readonly<Record<string, ContinuityCounts>>;
};

/** `sameOrganisation` includes the jobs for the same client. */
export type ContinuityCounts = { sameClient: number; sameOrganisation: number };

export type Candidate = {
  interpreterId: string;
  score: number;
  reasons: Reason[];
  /** Weighted contribution of each part; they add up to `score`. */
  breakdown: Record<ScorePart, number>;
};

export type IneligibleInterpreter = { interpreterId: string; failures: Failure[] };

export type MatchOutcome = { candidates: Candidate[]; ineligible: IneligibleInterpreter[] };

/**
 * Filters the interpreters by every eligibility rule, then ranks the eligible ones. Deterministic:
 * ties are broken by interpreter id, so the same input always yields the same order.
 */
export function matchInterpreters(input: MatchInput, params: MatchParams): MatchOutcome {
  const request = prepareRequest(input.request);
  const byInterpreter = groupByInterpreter(timeJobs(input.assignments));
  const eligible: InterpreterProfile[] = [];
  const ineligible: IneligibleInterpreter[] = [];
  for (const interpreter of input.interpreters) {
    const own = byInterpreter.get(interpreter.id) ?? [];
    const failures = evaluateEligibility(request, interpreter, own, params.travel);
    if (failures.length === 0) eligible.push(interpreter);
    else ineligible.push({ interpreterId: interpreter.id, failures });
  }
  const workload = workloadRange(eligible, input.monthWorkloadMinutes);
  const candidates = eligible.map((interpreter) => {
    const counts =
      input.continuity?.[interpreter.id] ??
      (input.continuity ? NO_HISTORY : countContinuity(request, byInterpreter.get(interpreter.id) ?? []));
    return scoreCandidate(request, interpreter, counts, workload, input.monthWorkloadMinutes, params);
  });
  candidates.sort((a, b) => b.score - a.score || compareIds(a.interpreterId, b.interpreterId));
  ineligible.sort((a, b) => compareIds(a.interpreterId, b.interpreterId));
  return { candidates, ineligible };
}

/** "Why is X not eligible?": the failed rules for one interpreter, empty when eligible. */
export function explainIneligibility(
  request: MatchRequest,
  interpreter: InterpreterProfile,
  assignments: readonly ExistingAssignment[],
  params: Pick<MatchParams, 'travel'>,
): Failure[] {
  return evaluateEligibility(prepareRequest(request), interpreter, timeJobs(assignments), params.travel);
}

/** The rules an interpreter fails, once each and in the fixed rule order, for filtering in the UI. */
export function failedRules(failures: readonly Failure[]): EligibilityRule[] {
  const failed = new Set(failures.map((f) => f.rule));
  return ELIGIBILITY_RULES.filter((rule) => failed.has(rule));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupByInterpreter(assignments: readonly TimedJob[]): Map<string, TimedJob[]> {
  const map = new Map<string, TimedJob[]>();
  for (const assignment of assignments) {
    const list = map.get(assignment.interpreterId);
    if (list) list.push(assignment);
    else map.set(assignment.interpreterId, [assignment]);
  }
  return map;
}

type WorkloadRange = { min: number; max: number };

function workloadRange(
  eligible: readonly InterpreterProfile[],
  workload: Readonly<Record<string, number>>,
): WorkloadRange {
  const values = eligible.map((i) => workload[i.id] ?? 0);
  return { min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 0 };
}

type Part = { value: number; reasons: Reason[] };

function scoreCandidate(
  request: PreparedRequest,
  interpreter: InterpreterProfile,
  counts: ContinuityCounts,
  workload: WorkloadRange,
  monthWorkload: Readonly<Record<string, number>>,
  params: MatchParams,
): Candidate {
  const parts: Record<ScorePart, Part> = {
    continuity: continuityPart(counts),
    fairness: fairnessPart(monthWorkload[interpreter.id] ?? 0, workload),
    travel: travelPart(request, interpreter, params.travelReferenceKm),
    preference: preferencePart(request, interpreter),
    language: languagePart(matchLanguage(request, interpreter.languages)),
  };
  const breakdown = {
    continuity: round(parts.continuity.value * params.weights.continuity, 6),
    fairness: round(parts.fairness.value * params.weights.fairness, 6),
    travel: round(parts.travel.value * params.weights.travel, 6),
    preference: round(parts.preference.value * params.weights.preference, 6),
    language: round(parts.language.value * params.weights.language, 6),
  };
  const score = round(
    SCORE_PARTS.reduce((sum, part) => sum + breakdown[part], 0),
    6,
  );
  const reasons = SCORE_PARTS.flatMap((part) => parts[part].reasons);
  return { interpreterId: interpreter.id, score, reasons, breakdown };
}

const NO_HISTORY: ContinuityCounts = { sameClient: 0, sameOrganisation: 0 };

function countContinuity(request: MatchRequest, own: readonly ExistingAssignment[]): ContinuityCounts {
  let sameClient = 0;
  let sameOrganisation = 0;
  for (const job of own) {
    if (job.organisationId !== request.organisationId) continue;
    sameOrganisation += 1;
    if (request.clientReference !== null && job.clientReference === request.clientReference) sameClient += 1;
  }
  return { sameClient, sameOrganisation };
}

/** The same client again counts most (trust, no re-telling of the story); the same organisation half. */
function continuityPart(counts: ContinuityCounts): Part {
  if (counts.sameClient > 0) {
    return {
      value: 1,
      reasons: [{ key: 'interpreting.reason.same_client', params: { count: counts.sameClient } }],
    };
  }
  if (counts.sameOrganisation > 0) {
    const params = { count: counts.sameOrganisation };
    return { value: 0.5, reasons: [{ key: 'interpreting.reason.same_organisation', params }] };
  }
  return { value: 0, reasons: [] };
}

/** Least-loaded eligible interpreter gets 1, most-loaded 0, linear in between. */
function fairnessPart(minutes: number, range: WorkloadRange): Part {
  const value = range.max === range.min ? 1 : (range.max - minutes) / (range.max - range.min);
  return {
    value,
    reasons: [{ key: 'interpreting.reason.month_workload', params: { hours: round(minutes / 60, 1) } }],
  };
}

/** Phone, video and unknown places are neutral (1 for all); an unknown home counts as far. */
function travelPart(request: MatchRequest, interpreter: InterpreterProfile, referenceKm: number): Part {
  if (request.mode !== 'on_site' || !request.location) return { value: 1, reasons: [] };
  const km = distanceKm(request, interpreter);
  if (km === null) return { value: 0, reasons: [{ key: 'interpreting.reason.home_unknown', params: {} }] };
  const value = referenceKm > 0 ? Math.max(0, 1 - km / referenceKm) : 0;
  return { value, reasons: [{ key: 'interpreting.reason.travel_distance', params: { km: round(km, 1) } }] };
}

function preferencePart(request: MatchRequest, interpreter: InterpreterProfile): Part {
  if (request.preferredInterpreterId === interpreter.id) {
    return { value: 1, reasons: [{ key: 'interpreting.reason.preferred_by_requester', params: {} }] };
  }
  if (interpreter.preferredByOrganisations.includes(request.organisationId)) {
    return { value: 0.5, reasons: [{ key: 'interpreting.reason.preferred_by_organisation', params: {} }] };
  }
  return { value: 0, reasons: [] };
}

function languagePart(match: LanguageMatch | null): Part {
  if (!match) return { value: 0, reasons: [] };
  const params = { language: match.language, variant: match.variant ?? '' };
  return match.kind === 'primary'
    ? { value: 1, reasons: [{ key: 'interpreting.reason.requested_language', params }] }
    : { value: 0, reasons: [{ key: 'interpreting.reason.alternative_language', params }] };
}
