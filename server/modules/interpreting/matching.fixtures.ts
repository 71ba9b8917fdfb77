import type { ExistingAssignment, InterpreterProfile, MatchRequest } from './eligibility.ts';
import type { MatchParams } from './matching.ts';
import { BENCHMARK_TRAVEL_MODEL, type GeoPoint } from './travel.ts';

/** Shared test fixtures (synthetic; no real people). */
export const KONGOSTRAAT: GeoPoint = { lat: 51.0637, lon: 3.7298 };
export const SINT_PIETERS: GeoPoint = { lat: 51.0357, lon: 3.7107 };
export const ANTWERPEN: GeoPoint = { lat: 51.2172, lon: 4.4211 };

export const PARAMS: MatchParams = {
  weights: { continuity: 3, fairness: 2, travel: 1, preference: 2, language: 1 },
  travel: BENCHMARK_TRAVEL_MODEL,
  travelReferenceKm: 50,
};

/** Tuesday 12 January 2027, 09:00–10:00 Brussels, Arabic on site at Kongostraat. */
export function request(patch: Partial<MatchRequest> = {}): MatchRequest {
  return {
    mode: 'on_site',
    language: 'ar',
    variant: null,
    direction: 'both',
    alternatives: [],
    start: '2027-01-12T08:00:00.000Z',
    end: '2027-01-12T09:00:00.000Z',
    location: KONGOSTRAAT,
    specialism: null,
    sameGender: null,
    organisationId: 'org-school',
    clientReference: 'K-17',
    preferredInterpreterId: null,
    ...patch,
  };
}

const WEEKDAYS_8_TO_18 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '18:00' }));

export function interpreter(id: string, patch: Partial<InterpreterProfile> = {}): InterpreterProfile {
  return {
    id,
    languages: [{ language: 'ar', variant: 'msa', direction: 'both' }],
    modes: ['on_site', 'phone', 'video'],
    certificationValidUntil: '2028-12-31',
    specialisms: [],
    home: SINT_PIETERS,
    maxTravelKm: 40,
    weeklyAvailability: WEEKDAYS_8_TO_18,
    availabilityExceptions: [],
    maxHoursPerDay: 8,
    maxHoursPerWeek: 32,
    gender: null,
    bannedByOrganisations: [],
    preferredByOrganisations: [],
    ...patch,
  };
}

export function job(
  interpreterId: string,
  start: string,
  end: string,
  patch: Partial<ExistingAssignment> = {},
): ExistingAssignment {
  return {
    interpreterId,
    start,
    end,
    location: null,
    organisationId: 'org-other',
    clientReference: null,
    ...patch,
  };
}
