/**
 * Public API of the interpreting module; other modules import from here only. For now it holds
 * the pure rules: working days, request validation, series, travel, matching, day planning and
 * the interpreter's iCalendar feed.
 */
export type { AvailabilityAnswer, AvailabilityException, TimeRange, WeeklyWindow } from './availability.ts';
export { isAvailable } from './availability.ts';
export type { LocalDate } from './brussels-time.ts';
export {
  BRUSSELS_TIME_ZONE,
  brusselsDate,
  brusselsDateTime,
  brusselsInstant,
  brusselsParts,
} from './brussels-time.ts';
export { BRUSSELS_VTIMEZONE, FEED_TIME_ZONE } from './calendar/brussels-vtimezone.ts';
export type { FeedAssignment, FeedAssignmentStatus, InterpreterFeedInput } from './calendar/feed.ts';
export {
  assignmentUid,
  buildInterpreterFeed,
  FeedAssignmentSchema,
  needsNewSequence,
} from './calendar/feed.ts';
export type { FeedTokenIssue } from './calendar/feed-token.ts';
export { hashFeedToken, issueFeedToken, verifyFeedToken } from './calendar/feed-token.ts';
export type {
  EligibilityRule,
  ExistingAssignment,
  Failure,
  InterpreterLanguage,
  InterpreterProfile,
  LanguageMatch,
  MatchRequest,
} from './eligibility.ts';
export { ELIGIBILITY_RULES, matchLanguage } from './eligibility.ts';
export type {
  Candidate,
  ContinuityCounts,
  IneligibleInterpreter,
  MatchInput,
  MatchOutcome,
  MatchParams,
  ScorePart,
  ScoringWeights,
} from './matching.ts';
export { explainIneligibility, failedRules, matchInterpreters, SCORE_PARTS } from './matching.ts';
export { interpretingModule } from './module.ts';
export type { FeasibilityReport, Violation } from './planning/feasibility.ts';
export { checkPlan } from './planning/feasibility.ts';
export type { DayPlan, PlanDayOptions } from './planning/plan-day.ts';
export { planDay } from './planning/plan-day.ts';
export type {
  AvailabilityWindow,
  PlanningInstance,
  PlanningInterpreter,
  PlanningRequest,
} from './planning/types.ts';
export type {
  MatchContext,
  RequestCheck,
  RequestContext,
  RequestRuleParams,
  RuleViolation,
} from './request-rules.ts';
export {
  checkConversation,
  checkDuration,
  checkLanguages,
  checkModeDetails,
  toMatchRequest,
  validateInterpretingRequest,
} from './request-rules.ts';
export type {
  AgencyRequestChange,
  AgencyRequester,
  AgencyRequestStatus,
} from './requests/agency-bookings.ts';
export { actForAgency, agencyRequestStatuses } from './requests/agency-bookings.ts';
export { AGENCY_ORGANISATION_PARAM } from './requests/agency-organisation.ts';
export { createInterpretingRequest } from './requests/create-request.ts';
export type {
  ExpandOptions,
  Occurrence,
  SeriesChange,
  SeriesEditResult,
  SeriesError,
  SeriesItem,
} from './series.ts';
export { applySeriesChange, expandSeries, occurrencesInScope } from './series.ts';
export type { GeoPoint, TravelModel } from './travel.ts';
export { BENCHMARK_TRAVEL_MODEL, EARTH_RADIUS_KM, haversineKm, travelMinutes } from './travel.ts';
export type {
  DayLike,
  LeadTimeCheck,
  LeadTimeRule,
  WorkingDayDeadlineRule,
  WorkingDayOptions,
} from './working-days.ts';
export {
  addWorkingDays,
  belgianPublicHolidays,
  checkLeadTime,
  isBeforeDeadline,
  isBelgianPublicHoliday,
  isWorkingDay,
  receivedOn,
  workingDayDeadline,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.ts';
