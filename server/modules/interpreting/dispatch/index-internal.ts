/**
 * What the rest of the interpreting module uses from dispatch (the day planner's publish, the
 * request and cancellation code, the benchmark). Other modules go through `../index.ts`.
 */
export type { AssignInput, AssignSource } from './assign.service.ts';
export { assignInterpreter, bookInterpreter } from './assign.service.ts';
export type { DayJob, NewJob } from './busy-range.ts';
export { planBusyRange, travelAfterRemoval } from './busy-range.ts';
export {
  DEFAULT_MATCH_PARAMS,
  DEFAULT_OFFER_PARAMS,
  MATCHING_PARAM,
  matchParamsOn,
  OFFERS_PARAM,
  offerParamsOn,
} from './dispatch-params.ts';
export type { InterpreterScope, LoadedMatchInput } from './matching.repository.ts';
export { loadMatchInput, loadMatchInputFor } from './matching.repository.ts';
export type { ExpiryReport } from './offer-jobs.ts';
export { expireOffersAndEscalate, OFFER_JOB_NAMES, sendAutomaticOffers } from './offer-jobs.ts';
export type { OfferRound, OfferRoundInput } from './offer-round.ts';
export { sendOfferRound } from './offer-round.ts';
export { candidatesFor, explainAll, explainCandidate, rankCandidates } from './ranking.service.ts';
export { refreshTravelAfterCancellation } from './release.service.ts';
