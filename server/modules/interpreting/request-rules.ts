import {
  type InterpretingErrorCode,
  type InterpretingRequestInput,
  REFUSED_CONVERSATION_TYPES,
  type RefusedConversationType,
} from '../../../contracts/interpreting.ts';
import type { FieldError } from '../../../contracts/problem.ts';
import type { MatchRequest } from './eligibility.ts';
import { expandSeries, type Occurrence } from './series.ts';
import type { GeoPoint } from './travel.ts';
import { checkLeadTime, type LeadTimeRule, type WorkingDayOptions } from './working-days.ts';

/** The rules in force on the request's date; effective-dated rows in the real system. */
export type RequestRuleParams = {
  leadTime: LeadTimeRule;
  durationMinutes: { min: number; max: number };
  maxOccurrences: number;
  workingDays?: WorkingDayOptions;
};

export type RequestContext = {
  now: Date;
  /** Dispatchers may mark a request urgent, which lifts the lead time; requesters may not. */
  mayMarkUrgent: boolean;
};

/** A field error with the catalogue code that explains it. */
export type RuleViolation = FieldError & { code: InterpretingErrorCode };

export type RequestCheck =
  | { ok: true; occurrences: Occurrence[] }
  | { ok: false; code: InterpretingErrorCode; errors: RuleViolation[] };

const DUTCH = 'nl';

const REFUSAL_REASONS: Record<RefusedConversationType, string> = {
  political:
    'political conversations are not interpreted: social interpreting serves service delivery and care',
  private: 'private conversations are not interpreted: social interpreting serves service delivery and care',
  commercial:
    'commercial conversations are not interpreted: social interpreting serves service delivery and care',
  religious:
    'religious conversations are not interpreted: social interpreting serves service delivery and care',
};

function violation(
  path: string,
  message: string,
  code: InterpretingErrorCode = 'INTERPRETING.REQUEST_INVALID',
) {
  return { path, message, code };
}

function isRefused(type: string): type is RefusedConversationType {
  return REFUSED_CONVERSATION_TYPES.some((refused) => refused === type);
}

/** Validates a parsed request against the booking rules; every broken rule is reported. */
export function validateInterpretingRequest(
  input: InterpretingRequestInput,
  params: RequestRuleParams,
  context: RequestContext,
): RequestCheck {
  const errors: RuleViolation[] = [
    ...checkLanguages(input),
    ...checkConversation(input),
    ...checkDuration(input, params),
    ...checkModeDetails(input),
    ...checkUrgent(input, context),
  ];
  const series = checkSeries(input, params);
  errors.push(...series.errors);
  if (series.occurrences.length > 0) errors.push(...checkTiming(input, series.occurrences, params, context));
  if (errors.length === 0) return { ok: true, occurrences: series.occurrences };
  const codes = new Set(errors.map((error) => error.code));
  const [only] = codes;
  return { ok: false, code: codes.size === 1 && only ? only : 'INTERPRETING.REQUEST_INVALID', errors };
}

/** Interpreting is always between Dutch and one other language. */
export function checkLanguages(input: InterpretingRequestInput): RuleViolation[] {
  const errors: RuleViolation[] = [];
  const { language, counterpartLanguage } = input;
  if (language === counterpartLanguage) {
    errors.push(
      violation(
        'language',
        'the language must differ from the other side of the conversation',
        'INTERPRETING.NOT_DUTCH',
      ),
    );
  } else if (language !== DUTCH && counterpartLanguage !== DUTCH) {
    errors.push(
      violation(
        'counterpartLanguage',
        `interpreting is always to or from Dutch, not ${language}–${counterpartLanguage}`,
        'INTERPRETING.NOT_DUTCH',
      ),
    );
  }
  input.alternativeLanguages.forEach((alternative, index) => {
    if (alternative.language === DUTCH) {
      errors.push(
        violation(
          `alternativeLanguages.${index}.language`,
          'Dutch is the other side, not an alternative',
          'INTERPRETING.NOT_DUTCH',
        ),
      );
    } else if (alternative.language === language && alternative.variant === input.variant) {
      errors.push(
        violation(`alternativeLanguages.${index}`, 'the alternative repeats the requested language'),
      );
    }
  });
  return errors;
}

export function checkConversation(input: InterpretingRequestInput): RuleViolation[] {
  const type = input.conversationType;
  if (!isRefused(type)) return [];
  return [violation('conversationType', REFUSAL_REASONS[type], 'INTERPRETING.CONVERSATION_REFUSED')];
}

export function checkDuration(input: InterpretingRequestInput, params: RequestRuleParams): RuleViolation[] {
  const { min, max } = params.durationMinutes;
  if (input.durationMinutes < min)
    return [violation('durationMinutes', `a session lasts at least ${min} minutes`)];
  if (input.durationMinutes > max)
    return [violation('durationMinutes', `a session lasts at most ${max} minutes`)];
  return [];
}

/** Each mode needs its own way to reach the interpreter. */
export function checkModeDetails(input: InterpretingRequestInput): RuleViolation[] {
  if (input.mode === 'on_site' && !input.address) {
    return [violation('address', 'an on-site session needs the address where it takes place')];
  }
  if (input.mode === 'phone' && !input.phoneNumber) {
    return [violation('phoneNumber', 'a phone session needs the number the interpreter calls')];
  }
  if (input.mode === 'video' && !input.videoLink) {
    return [violation('videoLink', 'a video session needs the link of the meeting')];
  }
  return [];
}

function checkUrgent(input: InterpretingRequestInput, context: RequestContext): RuleViolation[] {
  if (!input.urgent || context.mayMarkUrgent) return [];
  return [
    violation(
      'urgent',
      'only a dispatcher may mark a request urgent; call the service in a crisis',
      'INTERPRETING.URGENT_NOT_ALLOWED',
    ),
  ];
}

function checkSeries(
  input: InterpretingRequestInput,
  params: RequestRuleParams,
): { occurrences: Occurrence[]; errors: RuleViolation[] } {
  const { recurrence } = input;
  if (recurrence && recurrence.count === undefined && recurrence.until === undefined) {
    return {
      occurrences: [],
      errors: [violation('recurrence', 'a series needs a number of occurrences or an end date')],
    };
  }
  if (recurrence && input.alternativeSlots.length > 0) {
    return {
      occurrences: [],
      errors: [violation('alternativeSlots', 'alternative slots are for a single session, not a series')],
    };
  }
  const options = { maxOccurrences: params.maxOccurrences, workingDays: params.workingDays };
  const occurrences = expandSeries(new Date(input.start), input.durationMinutes, recurrence, options);
  if (occurrences.length > params.maxOccurrences) {
    return {
      occurrences: [],
      errors: [violation('recurrence', `a series has at most ${params.maxOccurrences} sessions`)],
    };
  }
  return { occurrences, errors: [] };
}

/** Every start must lie ahead, and, unless urgent, far enough ahead; later occurrences follow the first. */
function checkTiming(
  input: InterpretingRequestInput,
  occurrences: Occurrence[],
  params: RequestRuleParams,
  context: RequestContext,
): RuleViolation[] {
  const starts = [{ path: 'start', start: occurrences[0]?.start ?? input.start }];
  input.alternativeSlots.forEach((slot, index) => {
    starts.push({ path: `alternativeSlots.${index}.start`, start: slot.start });
  });
  const errors: RuleViolation[] = [];
  for (const { path, start } of starts) {
    const instant = new Date(start);
    if (instant.getTime() <= context.now.getTime()) {
      errors.push(violation(path, 'the session must start in the future'));
      continue;
    }
    if (input.urgent && context.mayMarkUrgent) continue;
    const lead = checkLeadTime(context.now, instant, params.leadTime, params.workingDays);
    if (!lead.ok) {
      const message = `book at least ${params.leadTime.workingDays} working days ahead; the earliest possible date is ${lead.earliestSessionDate}`;
      errors.push(violation(path, message, 'INTERPRETING.LEAD_TIME_TOO_SHORT'));
    }
  }
  return errors;
}

/** What the matcher needs besides the request body: the booking organisation and the geocoded place. */
export type MatchContext = { organisationId: string; location: GeoPoint | null };

/** The matcher's view of one occurrence of a validated request. */
export function toMatchRequest(
  input: InterpretingRequestInput,
  occurrence: Pick<Occurrence, 'start' | 'end'>,
  context: MatchContext,
): MatchRequest {
  return {
    mode: input.mode,
    language: input.language === DUTCH ? input.counterpartLanguage : input.language,
    variant: input.variant ?? null,
    direction: input.direction,
    alternatives: input.alternativeLanguages,
    start: occurrence.start,
    end: occurrence.end,
    location: input.mode === 'on_site' ? context.location : null,
    specialism: input.specialism ?? null,
    sameGender: input.sameGender ?? null,
    organisationId: context.organisationId,
    clientReference: input.clientReference,
    preferredInterpreterId: input.preferredInterpreterId ?? null,
  };
}
