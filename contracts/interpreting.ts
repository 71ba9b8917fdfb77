import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/** Interpreting modes: tolk ter plaatse, telefoontolk, videotolk. */
export const INTERPRETING_MODES = ['on_site', 'phone', 'video'] as const;
export const InterpretingModeSchema = z.enum(INTERPRETING_MODES).describe('on_site, phone or video');
export type InterpretingMode = z.infer<typeof InterpretingModeSchema>;

/** Sectors of the requesting service, as the reports group them. */
export const INTERPRETING_SECTORS = [
  'education',
  'health',
  'mental_health',
  'welfare',
  'family',
  'youth_care',
  'housing',
  'employment',
  'integration',
  'public_services',
  'police',
  'justice',
  'other',
] as const;
export const InterpretingSectorSchema = z.enum(INTERPRETING_SECTORS);
export type InterpretingSector = z.infer<typeof InterpretingSectorSchema>;

/**
 * Conversation types. The refused ones are part of the enum on purpose: the request rules answer
 * them with a clear reason ("religious conversations are not interpreted") instead of a bare
 * "invalid enum value".
 */
export const REFUSED_CONVERSATION_TYPES = ['political', 'private', 'commercial', 'religious'] as const;
export const ALLOWED_CONVERSATION_TYPES = [
  'parent_meeting',
  'pupil_guidance',
  'medical_consultation',
  'bad_news',
  'mental_health_session',
  'social_inquiry',
  'intake',
  'administrative',
  'legal_advice',
  'housing',
  'employment',
  'integration_course',
  'other_service_delivery',
] as const;
export const CONVERSATION_TYPES = [...ALLOWED_CONVERSATION_TYPES, ...REFUSED_CONVERSATION_TYPES] as const;
export const ConversationTypeSchema = z.enum(CONVERSATION_TYPES);
export type ConversationType = z.infer<typeof ConversationTypeSchema>;
export type RefusedConversationType = (typeof REFUSED_CONVERSATION_TYPES)[number];

export const SPECIALISMS = ['medical', 'legal', 'school', 'mental_health', 'youth_care', 'asylum'] as const;
export const SpecialismSchema = z.enum(SPECIALISMS);
export type Specialism = z.infer<typeof SpecialismSchema>;

/** Which way an interpreter works with Dutch; consecutive conversations need both. */
export const LANGUAGE_DIRECTIONS = ['both', 'into_dutch', 'from_dutch'] as const;
export const LanguageDirectionSchema = z.enum(LANGUAGE_DIRECTIONS);
export type LanguageDirection = z.infer<typeof LanguageDirectionSchema>;

/** Only shared when the interpreter agrees; used for same-gender requests. */
export const GENDERS = ['female', 'male', 'x'] as const;
export const GenderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof GenderSchema>;

export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'an ISO 639 code such as "ar", "prs" or "nl"')
  .describe('ISO 639-1 or 639-3 language code, lower case');
export const LanguageVariantSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{1,31}$/, 'a variant code such as "maghreb" or "msa"')
  .describe('Dialect or variant, e.g. "maghreb" or "msa" for Arabic');

export const LanguageChoiceSchema = z.object({
  language: LanguageCodeSchema,
  variant: LanguageVariantSchema.optional(),
});
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

/**
 * A pseudonymous client reference: a short code without spaces, so that a full name ("Jan
 * Peeters") cannot be typed in by habit.
 */
export const ClientReferenceSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/, 'a short code without spaces, never the client’s name')
  .describe('Pseudonymous client reference of the service, e.g. "K-17"; never a name');

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly'] as const;
export const RecurrenceSchema = z
  .object({
    frequency: z.enum(RECURRENCE_FREQUENCIES),
    interval: z.number().int().min(1).max(8).default(1).describe('Every N days or weeks'),
    count: z.number().int().min(1).optional().describe('Number of occurrences, the first included'),
    until: z.iso.date().optional().describe('Last possible date (Brussels), inclusive'),
  })
  .describe('Series, e.g. weekly for 10 weeks: {frequency: "weekly", count: 10}');
export type Recurrence = z.infer<typeof RecurrenceSchema>;

const Iso = z.iso.datetime({ offset: true });

export const InterpretingRequestInputSchema = z.object({
  mode: InterpretingModeSchema,
  language: LanguageCodeSchema.describe('The client’s language'),
  variant: LanguageVariantSchema.optional(),
  counterpartLanguage: LanguageCodeSchema.default('nl').describe('The other side; always Dutch'),
  direction: LanguageDirectionSchema.default('both'),
  alternativeLanguages: z.array(LanguageChoiceSchema).max(5).default([]),
  start: Iso.describe('Start, ISO 8601 with offset, e.g. 2027-01-12T09:00:00+01:00'),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60),
  alternativeSlots: z
    .array(z.object({ start: Iso }))
    .max(5)
    .default([]),
  recurrence: RecurrenceSchema.optional(),
  address: z.string().trim().min(1).max(300).optional(),
  room: z.string().trim().max(100).optional(),
  accessNotes: z.string().trim().max(500).optional(),
  phoneNumber: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{6,20}$/, 'a phone number')
    .optional(),
  videoLink: z.url({ protocol: /^https$/ }).optional(),
  sector: InterpretingSectorSchema,
  conversationType: ConversationTypeSchema,
  specialism: SpecialismSchema.optional(),
  sameGender: GenderSchema.optional().describe('Asks for an interpreter of this gender'),
  participants: z.number().int().min(1).max(50).optional(),
  clientReference: ClientReferenceSchema,
  preparationNotes: z.string().trim().max(2000).optional(),
  preferredInterpreterId: z.uuid().optional(),
  costCentre: z.string().trim().max(60).optional(),
  urgent: z.boolean().default(false).describe('Only a dispatcher may set it; skips the lead time'),
});
export type InterpretingRequestInput = z.infer<typeof InterpretingRequestInputSchema>;
export type InterpretingRequestInputRaw = z.input<typeof InterpretingRequestInputSchema>;

export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day HH:MM (24:00 for midnight)');

/** A weekly availability window in Brussels wall-clock time; ISO weekday, Monday 1 … Sunday 7. */
export const WeeklyWindowSchema = z
  .object({ weekday: z.number().int().min(1).max(7), from: Clock, to: Clock })
  .refine((w) => w.from < w.to, { message: 'the window must end after it starts', path: ['to'] });

export const InterpreterLanguageSchema = z.object({
  language: LanguageCodeSchema,
  variant: LanguageVariantSchema.optional(),
  direction: LanguageDirectionSchema,
});

/** The interpreter's matching profile, as the register keeps it. */
export const InterpreterProfileSchema = z.object({
  id: z.string(),
  languages: z.array(InterpreterLanguageSchema).max(20),
  modes: z.array(InterpretingModeSchema),
  certificationValidUntil: z.iso.date().nullable().describe('Last valid day of the certificate'),
  specialisms: z.array(z.string()),
  home: GeoPointSchema.nullable(),
  maxTravelKm: z.number().positive().nullable(),
  weeklyAvailability: z.array(WeeklyWindowSchema).max(50),
  availabilityExceptions: z.array(z.object({ start: Iso, end: Iso, available: z.boolean() })).max(500),
  maxHoursPerDay: z.number().positive().max(24),
  maxHoursPerWeek: z.number().positive().max(168),
  gender: GenderSchema.nullable().describe('Only when the interpreter agreed to share it'),
  bannedByOrganisations: z.array(z.string()),
  preferredByOrganisations: z.array(z.string()),
});
export type InterpreterProfileInput = z.infer<typeof InterpreterProfileSchema>;

/** Which occurrences of a series a change or cancellation applies to. */
export const SERIES_SCOPES = ['this', 'this_and_following', 'all'] as const;
export const SeriesScopeSchema = z.enum(SERIES_SCOPES);
export type SeriesScope = z.infer<typeof SeriesScopeSchema>;

/** A translatable explanation: an English key plus parameters, rendered by the UI. */
export const ReasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** Eligibility rules of the matcher; each failure is explained as `interpreting.ineligible.<rule>`. */
export const ELIGIBILITY_RULES = [
  'language',
  'mode',
  'certification',
  'specialism',
  'availability',
  'overlap',
  'travel_time',
  'daily_hours',
  'weekly_hours',
  'banned',
  'gender',
  'distance',
] as const;
export const EligibilityRuleSchema = z.enum(ELIGIBILITY_RULES);
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>;

/** Answer to "why is this interpreter not eligible?": every failed rule, empty when eligible. */
export const EligibilityExplanationSchema = z.object({
  interpreterId: z.string(),
  eligible: z.boolean(),
  failures: z.array(ReasonSchema.extend({ rule: EligibilityRuleSchema })),
});
export type EligibilityExplanation = z.infer<typeof EligibilityExplanationSchema>;

export const CandidateSchema = z.object({
  interpreterId: z.string(),
  score: z.number(),
  reasons: z.array(ReasonSchema),
  breakdown: z.record(z.string(), z.number()),
});
export type CandidateOut = z.infer<typeof CandidateSchema>;

export const interpretingErrors = {
  'INTERPRETING.REQUEST_INVALID': { status: 400, title: 'The interpreting request breaks a booking rule' },
  'INTERPRETING.LEAD_TIME_TOO_SHORT': { status: 400, title: 'Book at least the required working days ahead' },
  'INTERPRETING.NOT_DUTCH': { status: 400, title: 'Interpreting is always to or from Dutch' },
  'INTERPRETING.CONVERSATION_REFUSED': { status: 400, title: 'This kind of conversation is not interpreted' },
  'INTERPRETING.URGENT_NOT_ALLOWED': { status: 403, title: 'Only a dispatcher may mark a request urgent' },
  'INTERPRETING.SERIES_SCOPE_INVALID': { status: 400, title: 'That change does not fit this series' },
  'INTERPRETING.REQUEST_NOT_FOUND': { status: 404, title: 'Interpreting request not found' },
  'INTERPRETING.INTERPRETER_NOT_FOUND': { status: 404, title: 'Interpreter not found' },
  'INTERPRETING.OFFER_NOT_FOUND': { status: 404, title: 'Offer not found' },
  'INTERPRETING.INTERPRETER_NOT_ELIGIBLE': { status: 409, title: 'This interpreter is not eligible' },
  'INTERPRETING.SLOT_TAKEN': { status: 409, title: 'The interpreter is already booked at that time' },
  'INTERPRETING.OFFER_EXPIRED': { status: 409, title: 'The offer has expired' },
  'INTERPRETING.OFFER_FILLED': { status: 409, title: 'Someone else already accepted this job' },
  'INTERPRETING.INVALID_STATUS': { status: 409, title: 'Not possible in the request’s current status' },
  'INTERPRETING.CALENDAR_TOKEN_INVALID': { status: 404, title: 'Calendar not found' },
} as const satisfies Record<string, ErrorSpec>;
export type InterpretingErrorCode = keyof typeof interpretingErrors;
