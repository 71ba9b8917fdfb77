import { isAvailable, type TimeRange } from './availability.ts';
import { conflictFailures, hourFailures } from './job-rules.ts';
import {
  type Failure,
  failure,
  type InterpreterLanguage,
  type InterpreterProfile,
  type LanguageMatch,
  type MatchRequest,
  type PreparedRequest,
  round,
  type TimedJob,
} from './matching-types.ts';
import { haversineKm, type TravelModel } from './travel.ts';

export type {
  EligibilityRule,
  ExistingAssignment,
  Failure,
  InterpreterLanguage,
  InterpreterProfile,
  LanguageMatch,
  MatchRequest,
  PreparedRequest,
  TimedJob,
} from './matching-types.ts';
export { ELIGIBILITY_RULES, prepareRequest, round, timeJobs } from './matching-types.ts';

/** Which of the requested languages the interpreter covers, the requested one before alternatives. */
export function matchLanguage(
  request: MatchRequest,
  skills: readonly InterpreterLanguage[],
): LanguageMatch | null {
  const choices = [
    { language: request.language, variant: request.variant ?? undefined },
    ...request.alternatives,
  ];
  for (const [index, choice] of choices.entries()) {
    const covered = skills.some(
      (skill) =>
        skill.language === choice.language &&
        (choice.variant === undefined || skill.variant === choice.variant) &&
        (skill.direction === 'both' || skill.direction === request.direction),
    );
    if (covered)
      return {
        kind: index === 0 ? 'primary' : 'alternative',
        language: choice.language,
        variant: choice.variant ?? null,
      };
  }
  return null;
}

/**
 * Every rule the interpreter fails for this request, in a fixed order; empty means eligible.
 * `assignments` are this interpreter's existing jobs (others are ignored).
 */
export function evaluateEligibility(
  request: PreparedRequest,
  interpreter: InterpreterProfile,
  assignments: readonly TimedJob[],
  travel: TravelModel,
): Failure[] {
  const own = assignments.filter((a) => a.interpreterId === interpreter.id);
  return [
    ...qualificationFailures(request, interpreter),
    ...availabilityFailures(request, interpreter),
    ...conflictFailures(request, own, travel),
    ...hourFailures(request, interpreter, own),
    ...policyFailures(request, interpreter),
  ];
}

function qualificationFailures(request: PreparedRequest, interpreter: InterpreterProfile): Failure[] {
  const failures: Failure[] = [];
  if (!matchLanguage(request, interpreter.languages)) {
    failures.push(
      failure('language', {
        language: request.language,
        variant: request.variant ?? '',
        direction: request.direction,
      }),
    );
  }
  if (!interpreter.modes.includes(request.mode)) failures.push(failure('mode', { mode: request.mode }));
  const validUntil = interpreter.certificationValidUntil;
  if (validUntil === null || validUntil < request.localDate) {
    failures.push(failure('certification', { validUntil: validUntil ?? '', date: request.localDate }));
  }
  if (request.specialism !== null && !interpreter.specialisms.includes(request.specialism)) {
    failures.push(failure('specialism', { specialism: request.specialism }));
  }
  return failures;
}

function availabilityFailures(request: PreparedRequest, interpreter: InterpreterProfile): Failure[] {
  const range: TimeRange = { start: request.startMs, end: request.endMs };
  const answer = isAvailable(interpreter.weeklyAvailability, interpreter.availabilityExceptions, range);
  return answer === 'available' ? [] : [failure('availability', { reason: answer })];
}

function policyFailures(request: PreparedRequest, interpreter: InterpreterProfile): Failure[] {
  const failures: Failure[] = [];
  if (interpreter.bannedByOrganisations.includes(request.organisationId)) {
    failures.push(failure('banned', { organisationId: request.organisationId }));
  }
  if (request.sameGender !== null && interpreter.gender !== request.sameGender) {
    failures.push(
      failure('gender', { asked: request.sameGender, shared: interpreter.gender === null ? 'no' : 'yes' }),
    );
  }
  const km = distanceKm(request, interpreter);
  if (km !== null && interpreter.maxTravelKm !== null && km > interpreter.maxTravelKm) {
    failures.push(failure('distance', { km: round(km, 1), maxKm: interpreter.maxTravelKm }));
  }
  return failures;
}

/** Home-to-job distance for on-site jobs; null when it does not apply or is unknown. */
export function distanceKm(request: MatchRequest, interpreter: InterpreterProfile): number | null {
  if (request.mode !== 'on_site' || !request.location || !interpreter.home) return null;
  return haversineKm(interpreter.home, request.location);
}
