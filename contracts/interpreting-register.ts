import { z } from 'zod';
import { LocaleSchema, PageQuerySchema } from './identity.ts';
import {
  GenderSchema,
  GeoPointSchema,
  InterpreterLanguageSchema,
  InterpretingModeSchema,
  InterpretingSectorSchema,
  LanguageCodeSchema,
  LanguageVariantSchema,
  SpecialismSchema,
  WeeklyWindowSchema,
} from './interpreting.ts';
import type { ErrorSpec } from './problem.ts';

/** The register of interpreters and translators, the requesting organisations and the agenda (issue 4, points 1, 2, 7). */

const Iso = z.iso.datetime({ offset: true });

export const INTERPRETER_KINDS = ['freelance', 'volunteer'] as const;
export const INTERPRETER_STATUSES = ['active', 'inactive'] as const;
export const InterpreterStatusSchema = z.enum(INTERPRETER_STATUSES);

export const InterpreterIdParamsSchema = z.object({ id: z.uuid() });
export const ExceptionParamsSchema = z.object({ id: z.uuid(), exceptionId: z.uuid() });
export const OrganisationParamsSchema = z.object({ orgId: z.uuid() });
export const PreferenceParamsSchema = z.object({ orgId: z.uuid(), interpreterId: z.uuid() });

const languageList = z
  .array(InterpreterLanguageSchema)
  .min(1)
  .max(20)
  .refine(
    (list) => new Set(list.map((l) => `${l.language}/${l.variant ?? ''}`)).size === list.length,
    'each language and variant once',
  );
const modeList = z
  .array(InterpretingModeSchema)
  .min(1)
  .max(3)
  .refine((list) => new Set(list).size === list.length, 'each mode once');
const windowList = z.array(WeeklyWindowSchema).max(50);
const hoursPerDay = z.number().positive().max(24);
const hoursPerWeek = z.number().positive().max(168);
const postcode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z -]{3,10}$/, 'a postcode such as 9000');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,20}$/, 'a phone number');

export const AvailabilityExceptionInputSchema = z
  .object({
    start: Iso,
    end: Iso,
    available: z.boolean().describe('true: extra hours; false: time off'),
    note: z.string().trim().max(300).optional(),
  })
  .refine((e) => Date.parse(e.end) > Date.parse(e.start), {
    message: 'end must be after start',
    path: ['end'],
  });
export type AvailabilityExceptionInput = z.infer<typeof AvailabilityExceptionInputSchema>;

export const AvailabilityExceptionSchema = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  available: z.boolean(),
  note: z.string().nullable(),
});

const genderFields = {
  gender: GenderSchema.nullable().optional().describe('Only together with genderShared: true'),
  genderShared: z
    .boolean()
    .optional()
    .describe('The interpreter agrees to share her gender for same-gender requests'),
};

export const CreateInterpreterSchema = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  phone: phone.optional(),
  locale: LocaleSchema.default('nl'),
  kind: z.enum(INTERPRETER_KINDS).default('freelance'),
  translates: z.boolean().default(false).describe('Also takes written translations'),
  languages: languageList,
  modes: modeList,
  certificationValidUntil: z.iso.date().nullable().optional(),
  specialisms: z.array(SpecialismSchema).max(10).default([]),
  homePostcode: postcode.optional(),
  home: GeoPointSchema.nullable().optional(),
  maxTravelKm: z.number().positive().max(500).nullable().optional(),
  weeklyAvailability: windowList.default([]),
  maxHoursPerDay: hoursPerDay.default(8),
  maxHoursPerWeek: hoursPerWeek.default(38),
  ...genderFields,
  userId: z.uuid().nullable().optional().describe('The account (role interpreter) she signs in with'),
});
export type CreateInterpreter = z.infer<typeof CreateInterpreterSchema>;

/** Given lists replace the stored ones; absent fields stay; null clears an optional field. */
export const UpdateInterpreterSchema = z.object({
  givenName: z.string().trim().min(1).max(100).optional(),
  familyName: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(254).optional(),
  phone: phone.nullable().optional(),
  locale: LocaleSchema.optional(),
  status: InterpreterStatusSchema.optional(),
  kind: z.enum(INTERPRETER_KINDS).optional(),
  translates: z.boolean().optional(),
  languages: languageList.optional(),
  modes: modeList.optional(),
  certificationValidUntil: z.iso.date().nullable().optional(),
  specialisms: z.array(SpecialismSchema).max(10).optional(),
  homePostcode: postcode.nullable().optional(),
  home: GeoPointSchema.nullable().optional(),
  maxTravelKm: z.number().positive().max(500).nullable().optional(),
  weeklyAvailability: windowList.optional(),
  maxHoursPerDay: hoursPerDay.optional(),
  maxHoursPerWeek: hoursPerWeek.optional(),
  ...genderFields,
  userId: z.uuid().nullable().optional(),
});
export type UpdateInterpreter = z.infer<typeof UpdateInterpreterSchema>;

/** What an interpreter may change herself: not her languages, modes or certification. */
export const UpdateOwnProfileSchema = z.object({
  weeklyAvailability: windowList.optional(),
  availabilityExceptions: z
    .array(AvailabilityExceptionInputSchema)
    .max(500)
    .optional()
    .describe('Replaces all her exceptions'),
  maxHoursPerDay: hoursPerDay.optional(),
  maxHoursPerWeek: hoursPerWeek.optional(),
  ...genderFields,
});
export type UpdateOwnProfile = z.infer<typeof UpdateOwnProfileSchema>;

export const OrganisationPreferenceSchema = z.object({
  organisationId: z.string(),
  interpreterId: z.string(),
  kind: z.enum(['preferred', 'banned']),
  reason: z.string().nullable(),
});
export const PreferenceInputSchema = z.object({
  kind: z.enum(['preferred', 'banned']),
  reason: z.string().trim().max(500).optional(),
});

export const InterpreterSchema = z.object({
  id: z.string(),
  code: z.string().describe('e.g. T-0042; what requesters see with the first name'),
  userId: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  locale: z.string(),
  status: z.string(),
  kind: z.string(),
  translates: z.boolean(),
  languages: z.array(InterpreterLanguageSchema),
  modes: z.array(z.string()),
  certificationValidUntil: z.string().nullable(),
  specialisms: z.array(z.string()),
  homePostcode: z.string().nullable(),
  home: GeoPointSchema.nullable(),
  maxTravelKm: z.number().nullable(),
  weeklyAvailability: z.array(z.object({ weekday: z.number(), from: z.string(), to: z.string() })),
  availabilityExceptions: z.array(AvailabilityExceptionSchema),
  maxHoursPerDay: z.number(),
  maxHoursPerWeek: z.number(),
  gender: GenderSchema.nullable(),
  genderShared: z.boolean(),
  organisationPreferences: z.array(OrganisationPreferenceSchema).optional().describe('Staff only'),
  calendarUrl: z.string().optional().describe('Secret feed URL: only for the interpreter herself and admins'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interpreter = z.infer<typeof InterpreterSchema>;

export const InterpreterSummarySchema = InterpreterSchema.pick({
  id: true,
  code: true,
  givenName: true,
  familyName: true,
  status: true,
  kind: true,
  translates: true,
  languages: true,
  modes: true,
  certificationValidUntil: true,
  homePostcode: true,
});
export type InterpreterSummary = z.infer<typeof InterpreterSummarySchema>;

export const InterpreterListQuerySchema = PageQuerySchema.extend({
  language: LanguageCodeSchema.optional(),
  variant: LanguageVariantSchema.optional(),
  mode: InterpretingModeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name, code or e-mail'),
  status: InterpreterStatusSchema.optional(),
});
export const InterpreterListSchema = z.object({
  items: z.array(InterpreterSummarySchema),
  total: z.number().int(),
});

export const CalendarTokenSchema = z.object({ calendarUrl: z.string(), issuedAt: z.string() });

export const CalendarFeedQuerySchema = z.object({ token: z.string().max(200).optional() });
/** Path id checked by the service, so that any odd id gets the same 404 as a wrong token. */
export const CalendarFeedParamsSchema = z.object({ id: z.string().max(100) });

export const AgendaQuerySchema = z.object({
  from: z.iso.date().optional().describe('First Brussels day; today when absent'),
  to: z.iso.date().optional().describe('Last Brussels day, inclusive; from + 30 days when absent'),
});
export const AgendaItemSchema = z.object({
  assignmentId: z.string(),
  status: z.enum(['active', 'cancelled']),
  start: z.string(),
  end: z.string(),
  sequence: z.number().int(),
  request: z.object({
    id: z.string(),
    reference: z.string(),
    status: z.string(),
    mode: z.string(),
    language: z.string(),
    variant: z.string().nullable(),
    address: z.string().nullable(),
    room: z.string().nullable(),
    accessNotes: z.string().nullable(),
    phoneNumber: z.string().nullable(),
    videoLink: z.string().nullable(),
    organisationName: z.string(),
    sector: z.string(),
    conversationType: z.string(),
    participants: z.number().nullable(),
    clientReference: z.string().describe('Pseudonymous'),
    preparationNotes: z.string().nullable(),
  }),
});
export const AgendaSchema = z.object({ items: z.array(AgendaItemSchema) });
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const EligibilityInputSchema = z.object({
  sector: InterpretingSectorSchema,
  activeInGreaterGhent: z.boolean(),
  agreementSignedOn: z.iso.date().nullable().describe('Date the cooperation agreement was signed'),
  active: z.boolean().describe('Needs activeInGreaterGhent and an agreement date'),
  invoiceEmail: z.email().max(254).nullable().optional(),
});
export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;
export const EligibilitySchema = EligibilityInputSchema.extend({
  organisationId: z.string(),
  invoiceEmail: z.string().nullable(),
  updatedAt: z.string(),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const UnitInputSchema = z.object({
  name: z.string().trim().min(1).max(150),
  costCentre: z.string().trim().min(1).max(60).optional().describe('Cost centre or PO number'),
});
export const UnitSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  costCentre: z.string().nullable(),
});
export type Unit = z.infer<typeof UnitSchema>;
export const UnitListSchema = z.object({ items: z.array(UnitSchema) });

export const interpretingRegisterErrors = {
  'INTERPRETING.GENDER_NOT_SHARED': {
    status: 400,
    title: 'A gender is only kept when the interpreter agrees to share it (genderShared: true)',
  },
  'INTERPRETING.ACCOUNT_NOT_INTERPRETER': {
    status: 400,
    title: 'That account does not have the interpreter role',
  },
  'INTERPRETING.ACCOUNT_ALREADY_LINKED': {
    status: 409,
    title: 'That account belongs to another interpreter',
  },
  'INTERPRETING.EXCEPTION_NOT_FOUND': { status: 404, title: 'Availability exception not found' },
  'INTERPRETING.ELIGIBILITY_INCOMPLETE': {
    status: 400,
    title: 'An active requester must work in Greater Ghent and have signed the cooperation agreement',
  },
  'INTERPRETING.ELIGIBILITY_NOT_FOUND': {
    status: 404,
    title: 'This organisation is not registered as a requester',
  },
  'INTERPRETING.UNIT_NAME_TAKEN': {
    status: 409,
    title: 'The organisation already has a unit with that name',
  },
} as const satisfies Record<string, ErrorSpec>;
export type InterpretingRegisterErrorCode = keyof typeof interpretingRegisterErrors;

/**
 * A requester invites a colleague of her own organisation (dispatchers and admins any registered
 * organisation): the account gets the role `requester` and a mail to choose a password.
 */
export const InviteRequesterSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(200),
  locale: LocaleSchema.default('nl'),
});
export type InviteRequester = z.infer<typeof InviteRequesterSchema>;
