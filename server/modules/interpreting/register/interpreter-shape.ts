import {
  GenderSchema,
  type LanguageChoice,
  LanguageDirectionSchema,
} from '../../../../contracts/interpreting.ts';
import type { Interpreter, InterpreterSummary } from '../../../../contracts/interpreting-register.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { ExceptionRow, InterpreterRow, LanguageRow, PreferenceRow } from './interpreters.repository.ts';

type LanguageOut = Interpreter['languages'][number];

function languageOut(row: LanguageRow): LanguageOut {
  const base: LanguageChoice = { language: row.language };
  return {
    ...base,
    ...(row.variant ? { variant: row.variant } : {}),
    direction: LanguageDirectionSchema.catch('both').parse(row.direction),
  };
}

/** Input languages to rows: '' is the stored form of "no variant" (part of the primary key). */
export function languageRows(
  list: readonly { language: string; variant?: string | undefined; direction: string }[],
): LanguageRow[] {
  return list.map((l) => ({ language: l.language, variant: l.variant ?? '', direction: l.direction }));
}

export function toSummary(row: InterpreterRow, languages: LanguageRow[]): InterpreterSummary {
  return {
    id: row.id,
    code: row.code,
    givenName: row.givenName,
    familyName: row.familyName,
    status: row.status,
    kind: row.kind,
    translates: row.translates,
    languages: languages.map(languageOut),
    modes: row.modes,
    certificationValidUntil: row.certificationValidUntil,
    homePostcode: row.homePostcode,
  };
}

export type ShapeExtras = {
  preferences?: PreferenceRow[] | undefined;
  calendarUrl?: string | null | undefined;
};

export function toInterpreter(
  row: InterpreterRow,
  languages: LanguageRow[],
  exceptions: ExceptionRow[],
  extras: ShapeExtras = {},
): Interpreter {
  const gender = GenderSchema.nullable().catch(null).parse(row.gender);
  return {
    ...toSummary(row, languages),
    userId: row.userId,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    specialisms: row.specialisms,
    home: row.homeLat !== null && row.homeLon !== null ? { lat: row.homeLat, lon: row.homeLon } : null,
    maxTravelKm: row.maxTravelKm,
    weeklyAvailability: row.weeklyAvailability,
    availabilityExceptions: exceptions.map((e) => ({
      id: e.id,
      start: e.startsAt.toISOString(),
      end: e.endsAt.toISOString(),
      available: e.available,
      note: e.note,
    })),
    maxHoursPerDay: row.maxHoursPerDay,
    maxHoursPerWeek: row.maxHoursPerWeek,
    gender,
    genderShared: gender !== null,
    ...(extras.preferences
      ? {
          organisationPreferences: extras.preferences.map((p) => ({
            organisationId: p.organisationId,
            interpreterId: p.interpreterId,
            kind: p.kind,
            reason: p.reason,
          })),
        }
      : {}),
    ...(extras.calendarUrl ? { calendarUrl: extras.calendarUrl } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The gender to store: undefined leaves it, null clears it. A gender is kept only with the
 * interpreter's explicit consent (genderShared: true); withdrawing consent erases it.
 */
export function genderChange(input: {
  gender?: string | null | undefined;
  genderShared?: boolean | undefined;
}): string | null | undefined {
  if (input.gender && input.genderShared !== true) {
    throw new AppError('INTERPRETING.GENDER_NOT_SHARED', 'send genderShared: true with a gender', {
      fieldErrors: [{ path: 'genderShared', message: 'must be true to keep a gender' }],
    });
  }
  if (input.genderShared === false || input.gender === null) return null;
  return input.gender ?? undefined;
}
