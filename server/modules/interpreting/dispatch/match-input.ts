import {
  GenderSchema,
  InterpretingModeSchema,
  LanguageDirectionSchema,
} from '../../../../contracts/interpreting.ts';
import { addDays, brusselsDate, brusselsInstant, startOfIsoWeek } from '../brussels-time.ts';
import type { InterpreterProfile, MatchRequest } from '../eligibility.ts';
import type { interpretingRequests, WeeklyWindowRow } from '../interpreting.tables.ts';

/** Rows as the matching queries answer them, turned into the pure matcher's types. */

export type RequestRow = typeof interpretingRequests.$inferSelect;

export type ProfileRow = {
  id: string;
  code: string;
  given_name: string;
  family_name: string;
  modes: string[];
  certification_valid_until: string | null;
  specialisms: string[];
  home_lat: number | null;
  home_lon: number | null;
  max_travel_km: number | null;
  max_hours_per_day: number;
  max_hours_per_week: number;
  gender: string | null;
  weekly_availability: WeeklyWindowRow[];
  languages: { language: string; variant: string; direction: string }[];
};

export type Exception = { start: string; end: string; available: boolean };

export type Preference = { preferred: boolean; banned: boolean };

export function toMatchRequest(row: RequestRow): MatchRequest {
  const onSite = row.mode === 'on_site' && row.lat !== null && row.lon !== null;
  return {
    mode: InterpretingModeSchema.parse(row.mode),
    language: row.language,
    variant: row.variant,
    direction: LanguageDirectionSchema.parse(row.direction),
    alternatives: row.alternativeLanguages,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    location: onSite ? { lat: row.lat ?? 0, lon: row.lon ?? 0 } : null,
    specialism: row.specialism,
    sameGender: GenderSchema.nullable().parse(row.sameGender),
    organisationId: row.organisationId,
    clientReference: row.clientReference,
    preferredInterpreterId: row.preferredInterpreterId,
  };
}

/** The window of jobs the rules look at: the ISO week of the request, a day either side. */
export function ruleWindow(row: Pick<RequestRow, 'startsAt'>): { from: Date; to: Date } {
  const monday = startOfIsoWeek(brusselsDate(row.startsAt));
  return { from: brusselsInstant(addDays(monday, -1), 0), to: brusselsInstant(addDays(monday, 8), 0) };
}

/** The Brussels calendar month of the request, as instants. */
export function monthWindow(row: Pick<RequestRow, 'startsAt'>): { from: Date; to: Date } {
  const day = brusselsDate(row.startsAt);
  const first = `${day.slice(0, 8)}01`;
  const next = addDays(first, 32);
  return { from: brusselsInstant(first, 0), to: brusselsInstant(`${next.slice(0, 8)}01`, 0) };
}

export function toProfile(
  row: ProfileRow,
  organisationId: string,
  exceptions: Exception[],
  preference: Preference | undefined,
): InterpreterProfile {
  return {
    id: row.id,
    languages: row.languages.map((l) => ({
      language: l.language,
      ...(l.variant ? { variant: l.variant } : {}),
      direction: LanguageDirectionSchema.parse(l.direction),
    })),
    modes: row.modes.map((mode) => InterpretingModeSchema.parse(mode)),
    certificationValidUntil: row.certification_valid_until,
    specialisms: row.specialisms,
    home: row.home_lat !== null && row.home_lon !== null ? { lat: row.home_lat, lon: row.home_lon } : null,
    maxTravelKm: row.max_travel_km,
    weeklyAvailability: row.weekly_availability,
    availabilityExceptions: exceptions,
    maxHoursPerDay: row.max_hours_per_day,
    maxHoursPerWeek: row.max_hours_per_week,
    gender: GenderSchema.nullable().parse(row.gender),
    // Only the requesting organisation's list matters for this request.
    bannedByOrganisations: preference?.banned ? [organisationId] : [],
    preferredByOrganisations: preference?.preferred ? [organisationId] : [],
  };
}
