import type { z } from 'zod';
import {
  type Gender,
  INTERPRETING_MODES,
  type InterpretingMode,
  type LanguageDirection,
  SPECIALISMS,
  type Specialism,
} from '../../../contracts/interpreting.ts';
import type {
  CreateInterpreterSchema,
  Interpreter,
  UpdateInterpreterSchema,
} from '../../../contracts/interpreting-register.ts';

/**
 * The register's form as text fields (what the inputs hold) and its translation into the API body.
 * The contract's zod schema then judges the body, so the rules live in one place.
 */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type LanguageRow = { language: string; variant: string; direction: LanguageDirection };

export type InterpreterFormValues = {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  kind: 'freelance' | 'volunteer';
  status: 'active' | 'inactive';
  translates: boolean;
  languages: LanguageRow[];
  modes: InterpretingMode[];
  specialisms: Specialism[];
  certificationValidUntil: string;
  homePostcode: string;
  lat: string;
  lon: string;
  maxTravelKm: string;
  /** Per ISO weekday (index 0 = Monday) the windows as typed: "09:00-12:00, 13:00-17:00". */
  windows: string[];
  maxHoursPerDay: string;
  maxHoursPerWeek: string;
  genderConsent: boolean;
  gender: Gender | '';
};

export const emptyInterpreterForm = (): InterpreterFormValues => ({
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  kind: 'freelance',
  status: 'active',
  translates: false,
  languages: [{ language: '', variant: '', direction: 'both' }],
  modes: ['on_site'],
  specialisms: [],
  certificationValidUntil: '',
  homePostcode: '',
  lat: '',
  lon: '',
  maxTravelKm: '',
  windows: WEEKDAYS.map((d) => (d <= 5 ? '09:00-17:00' : '')),
  maxHoursPerDay: '8',
  maxHoursPerWeek: '38',
  genderConsent: false,
  gender: '',
});

type Window = { weekday: number; from: string; to: string };
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d$|^24:00$/;
const pad = (clock: string) => (clock.length === 4 ? `0${clock}` : clock);

/** "9:00-12:00, 13:00-17:00" → windows of that weekday; null when a part is not a time range. */
export function parseWindows(text: string, weekday: number): Window[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const windows: Window[] = [];
  for (const part of parts) {
    const [from, to, extra] = part.split(/\s*[-–]\s*/);
    if (extra !== undefined || !from || !to || !CLOCK.test(from) || !CLOCK.test(to)) return null;
    windows.push({ weekday, from: pad(from), to: pad(to) });
  }
  return windows;
}

export function formatWindows(windows: readonly Window[], weekday: number): string {
  return windows
    .filter((w) => w.weekday === weekday)
    .map((w) => `${w.from}-${w.to}`)
    .join(', ');
}

/** A number as a Belgian types it ("51,05"); null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

type Built<B> = { body: B; errors: Record<string, true> };
type CreateBody = z.input<typeof CreateInterpreterSchema>;

/** The fields both the create and the update body share; `errors` names fields that are not readable. */
function common(v: InterpreterFormValues): Built<Omit<CreateBody, 'phone' | 'homePostcode'>> {
  const errors: Record<string, true> = {};
  const weeklyAvailability: Window[] = [];
  v.windows.forEach((text, index) => {
    const parsed = parseWindows(text, index + 1);
    if (parsed) weeklyAvailability.push(...parsed);
    else errors[`windows.${index + 1}`] = true;
  });
  const number = (key: 'lat' | 'lon' | 'maxTravelKm' | 'maxHoursPerDay' | 'maxHoursPerWeek') => {
    const n = parseDecimal(v[key]);
    if (Number.isNaN(n)) errors[key] = true;
    return n === null || Number.isNaN(n) ? null : n;
  };
  const [lat, lon] = [number('lat'), number('lon')];
  if ((lat === null) !== (lon === null)) errors[lat === null ? 'lat' : 'lon'] = true;
  const body = {
    givenName: v.givenName,
    familyName: v.familyName,
    email: v.email.trim(),
    kind: v.kind,
    translates: v.translates,
    languages: v.languages.map((l) => ({
      language: l.language,
      variant: l.variant.trim() || undefined,
      direction: l.direction,
    })),
    modes: v.modes,
    specialisms: v.specialisms,
    certificationValidUntil: v.certificationValidUntil || null,
    home: lat !== null && lon !== null ? { lat, lon } : null,
    maxTravelKm: number('maxTravelKm'),
    weeklyAvailability,
    maxHoursPerDay: number('maxHoursPerDay') ?? Number.NaN,
    maxHoursPerWeek: number('maxHoursPerWeek') ?? Number.NaN,
    // Without her explicit consent no gender is sent, whatever the select still holds.
    gender: v.genderConsent && v.gender ? v.gender : null,
    genderShared: v.genderConsent,
  };
  return { body, errors };
}

export function toCreateBody(v: InterpreterFormValues): Built<CreateBody> {
  const { body, errors } = common(v);
  return {
    body: { ...body, phone: v.phone.trim() || undefined, homePostcode: v.homePostcode.trim() || undefined },
    errors,
  };
}

export function toUpdateBody(v: InterpreterFormValues): Built<z.input<typeof UpdateInterpreterSchema>> {
  const { body, errors } = common(v);
  return {
    body: {
      ...body,
      status: v.status,
      phone: v.phone.trim() || null,
      homePostcode: v.homePostcode.trim() || null,
    },
    errors,
  };
}

const MODE_SET: ReadonlySet<string> = new Set(INTERPRETING_MODES);
const SPECIALISM_SET: ReadonlySet<string> = new Set(SPECIALISMS);

const text = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n).replace('.', ',');

/** The stored interpreter as form values, for the edit page. */
export function fromInterpreter(i: Interpreter): InterpreterFormValues {
  return {
    givenName: i.givenName,
    familyName: i.familyName,
    email: i.email,
    phone: i.phone ?? '',
    kind: i.kind === 'volunteer' ? 'volunteer' : 'freelance',
    status: i.status === 'inactive' ? 'inactive' : 'active',
    translates: i.translates,
    languages: i.languages.map((l) => ({
      language: l.language,
      variant: l.variant ?? '',
      direction: l.direction,
    })),
    modes: i.modes.filter((m): m is InterpretingMode => MODE_SET.has(m)),
    specialisms: i.specialisms.filter((s): s is Specialism => SPECIALISM_SET.has(s)),
    certificationValidUntil: i.certificationValidUntil ?? '',
    homePostcode: i.homePostcode ?? '',
    lat: text(i.home?.lat),
    lon: text(i.home?.lon),
    maxTravelKm: text(i.maxTravelKm),
    windows: WEEKDAYS.map((d) => formatWindows(i.weeklyAvailability, d)),
    maxHoursPerDay: text(i.maxHoursPerDay),
    maxHoursPerWeek: text(i.maxHoursPerWeek),
    genderConsent: i.genderShared,
    gender: i.gender ?? '',
  };
}
