import { z } from 'zod';
import {
  GenderSchema,
  InterpretingRequestInputSchema,
  LanguageChoiceSchema,
  SeriesScopeSchema,
  SpecialismSchema,
} from './interpreting.ts';
import type { ErrorSpec } from './problem.ts';

/** The statuses of a request, in the order the work goes (see migration 0005's CHECK). */
export const REQUEST_STATUSES = [
  'submitted',
  'offered',
  'assigned',
  'unfilled',
  'performed',
  'approved',
  'invoiced',
  'cancelled',
] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

/** Statuses in which the request can still be changed or cancelled. */
export const OPEN_REQUEST_STATUSES = ['submitted', 'offered', 'assigned', 'unfilled'] as const;

export const CANCELLATION_KINDS = ['free', 'late', 'void'] as const;
export const CancellationKindSchema = z.enum(CANCELLATION_KINDS);
export type CancellationKind = z.infer<typeof CancellationKindSchema>;

const Iso = z.iso.datetime({ offset: true });

/** The booking body; staff may book for an organisation, a requester books for her own. */
export const CreateInterpretingRequestSchema = InterpretingRequestInputSchema.extend({
  organisationId: z.uuid().optional().describe('Staff only; a requester books for her own organisation'),
  unitId: z.uuid().optional().describe('Sub-unit (ward, campus) of the organisation'),
});
export type CreateInterpretingRequest = z.infer<typeof CreateInterpretingRequestSchema>;

/**
 * A change. `start` moves one session (scope "this"); `time` sets a new Brussels wall-clock time on
 * each session in scope; the other fields replace their value, `null` clears an optional one.
 */
export const UpdateInterpretingRequestSchema = z.object({
  scope: SeriesScopeSchema.default('this'),
  start: Iso.optional().describe('New start of this one session'),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day HH:MM')
    .optional()
    .describe('New Brussels start time for every session in scope'),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .optional(),
  address: z.string().trim().min(1).max(300).optional(),
  room: z.string().trim().max(100).nullable().optional(),
  accessNotes: z.string().trim().max(500).nullable().optional(),
  phoneNumber: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{6,20}$/, 'a phone number')
    .optional(),
  videoLink: z.url({ protocol: /^https$/ }).optional(),
  alternativeLanguages: z.array(LanguageChoiceSchema).max(5).optional(),
  specialism: SpecialismSchema.nullable().optional(),
  sameGender: GenderSchema.nullable().optional(),
  participants: z.number().int().min(1).max(50).nullable().optional(),
  preparationNotes: z.string().trim().max(2000).nullable().optional(),
  costCentre: z.string().trim().max(60).nullable().optional(),
  urgent: z.boolean().optional().describe('Dispatchers only'),
});
export type UpdateInterpretingRequest = z.infer<typeof UpdateInterpretingRequestSchema>;

export const CancelInterpretingRequestSchema = z.object({
  reason: z.string().trim().max(500).optional(),
  scope: SeriesScopeSchema.default('this'),
  interpreterOnTheWay: z
    .boolean()
    .default(false)
    .describe('The interpreter had already set out: a late cancellation then bills travel too'),
});
export type CancelInterpretingRequest = z.infer<typeof CancelInterpretingRequestSchema>;

export const VoidInterpretingRequestSchema = z.object({
  reason: z.string().trim().min(1).max(500).describe('Why it is not billable, e.g. booked by mistake'),
  scope: SeriesScopeSchema.default('this'),
});
export type VoidInterpretingRequest = z.infer<typeof VoidInterpretingRequestSchema>;

export const RequestListQuerySchema = z.object({
  status: RequestStatusSchema.optional(),
  from: z.iso.date().optional().describe('First Brussels day, inclusive'),
  to: z.iso.date().optional().describe('Last Brussels day, inclusive'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  organisationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional()
    .describe('nextCursor of the previous page'),
});
export type RequestListQuery = z.infer<typeof RequestListQuerySchema>;

/** What a requester sees of the interpreter: first name and code, never contact details. */
export const AssignedInterpreterSchema = z.object({
  code: z.string(),
  givenName: z.string(),
  interpreterId: z.string().optional().describe('Staff only'),
  assignmentId: z.string().optional().describe('Staff only'),
});

export const InterpretingRequestSchema = z.object({
  id: z.string(),
  reference: z.string().describe('e.g. T-2027-000123'),
  status: RequestStatusSchema,
  organisationId: z.string(),
  unitId: z.string().nullable(),
  requestedBy: z.string().nullable().describe('Hidden from interpreters'),
  mode: z.string(),
  language: z.string(),
  variant: z.string().nullable(),
  direction: z.string(),
  alternativeLanguages: z.array(LanguageChoiceSchema),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number().int(),
  alternativeSlots: z.array(z.object({ start: z.string() })),
  address: z.string().nullable(),
  room: z.string().nullable(),
  accessNotes: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  phoneNumber: z.string().nullable(),
  videoLink: z.string().nullable(),
  sector: z.string(),
  conversationType: z.string(),
  specialism: z.string().nullable(),
  sameGender: z.string().nullable(),
  participants: z.number().int().nullable(),
  clientReference: z.string(),
  preparationNotes: z.string().nullable(),
  preferredInterpreterId: z.string().nullable(),
  costCentre: z.string().nullable(),
  urgent: z.boolean(),
  priority: z.number().int(),
  series: z.object({ id: z.string(), index: z.number().int(), count: z.number().int() }).nullable(),
  interpreter: AssignedInterpreterSchema.nullable(),
  cancellation: z
    .object({
      at: z.string(),
      by: z.string().nullable(),
      kind: CancellationKindSchema,
      reason: z.string().nullable(),
      waived: z.boolean(),
      interpreterOnTheWay: z.boolean(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InterpretingRequestView = z.infer<typeof InterpretingRequestSchema>;

export const CreatedOccurrenceSchema = z.object({
  id: z.string(),
  reference: z.string(),
  start: z.string(),
  end: z.string(),
  onClosedDay: z.boolean().describe('Weekend or public holiday: check with the client'),
});

/** The first (or only) request, with every occurrence a series created. */
export const CreatedInterpretingRequestSchema = InterpretingRequestSchema.extend({
  occurrences: z.array(CreatedOccurrenceSchema),
});

/** The request after a change or cancellation, with every request the scope touched. */
export const ChangedInterpretingRequestSchema = InterpretingRequestSchema.extend({
  changedIds: z.array(z.string()),
});

export const InterpretingRequestListSchema = z.object({
  items: z.array(InterpretingRequestSchema),
  nextCursor: z.string().nullable(),
});

export const interpretingRequestErrors = {
  'INTERPRETING.ORGANISATION_NOT_ELIGIBLE': {
    status: 403,
    title: 'This organisation cannot book interpreters: no active cooperation agreement',
  },
  'INTERPRETING.NOT_WAIVABLE': {
    status: 409,
    title: 'Only a late cancellation that is not invoiced can be waived',
  },
} as const satisfies Record<string, ErrorSpec>;
export type InterpretingRequestErrorCode = keyof typeof interpretingRequestErrors;
