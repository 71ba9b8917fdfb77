import { z } from 'zod';
import { CaseListQuerySchema } from './cases.ts';
import { ConversationTypeSchema, InterpretingSectorSchema, LanguageVariantSchema } from './interpreting.ts';
import { CancellationKindSchema, type RequestStatus, RequestStatusSchema } from './interpreting-requests.ts';
import { OrganisationSchema, OrganisationTypeSchema } from './people.ts';
import type { ErrorSpec } from './problem.ts';

/**
 * HTTP contracts of a case's working parts (`/api/cases/{id}/…`): tasks, notes, documents, the
 * contact log, referrals and transfers, appointments (.ics), the timeline; and beside the cases:
 * saved filters, the partner list and the workload (`/api/cases/filters|partners|workload`).
 */

/** Error codes (namespace CASE_WORK.*); merged into ERROR_CATALOG in errors.ts. */
export const caseWorkErrors = {
  'CASE_WORK.TASK_NOT_FOUND': { status: 404, title: 'No such task in this case' },
  'CASE_WORK.DEADLINE_TASK_LOCKED': {
    status: 409,
    title: "A deadline made by the case's rules can only be marked done, not renamed or deleted",
  },
  'CASE_WORK.UNKNOWN_USER': { status: 422, title: 'The person named is not a case worker' },
  'CASE_WORK.DOCUMENT_NOT_FOUND': { status: 404, title: 'No such document in this case' },
  'CASE_WORK.FILE_NOT_FOUND': {
    status: 422,
    title: 'No such uploaded file; upload it first with POST /api/files',
  },
  'CASE_WORK.FILE_NOT_YOURS': {
    status: 403,
    title: 'Only files you uploaded yourself can be added to a case',
  },
  'CASE_WORK.NO_CHECKLIST': {
    status: 422,
    title: 'Only a diploma recognition case keeps a document checklist',
  },
  'CASE_WORK.REFERRAL_NOT_FOUND': { status: 404, title: 'No such referral in this case' },
  'CASE_WORK.UNKNOWN_ORGANISATION': { status: 422, title: 'No such partner organisation' },
  'CASE_WORK.UNKNOWN_TEAM': { status: 422, title: 'No such team' },
  'CASE_WORK.SAME_TEAM': { status: 409, title: 'The case already belongs to this team' },
  'CASE_WORK.REFERRAL_STATUS': {
    status: 409,
    title: 'This referral cannot take that status (a transfer has none; a closed referral stays closed)',
  },
  'CASE_WORK.APPOINTMENT_NOT_FOUND': { status: 404, title: 'No such appointment in this case' },
  'CASE_WORK.APPOINTMENT_CLOSED': {
    status: 409,
    title: 'A cancelled or past appointment can no longer be moved',
  },
  'CASE_WORK.APPOINTMENT_HAS_INTERPRETER': {
    status: 409,
    title: 'This appointment already has an interpreter request',
  },
  'CASE_WORK.FILTER_NOT_FOUND': { status: 404, title: 'No such saved filter of yours' },
  'CASE_WORK.FILTER_EXISTS': { status: 409, title: 'You already have a saved filter with this name' },
} as const satisfies Record<string, ErrorSpec>;
export type CaseWorkErrorCode = keyof typeof caseWorkErrors;

const Iso = z.iso.datetime({ offset: true }).describe('ISO 8601 with offset, e.g. 2027-01-12T09:00:00+01:00');
const Day = z.iso.date().describe('YYYY-MM-DD');
const Id = z.uuid();

/** Who did or owns something: the user's id and display name. */
export const UserRefSchema = z
  .object({ id: z.string(), name: z.string() })
  .describe('A user: id and display name');
export type UserRef = z.infer<typeof UserRefSchema>;

const CaseId = Id.describe('Case id');
export const TaskParamsSchema = z
  .object({ id: CaseId, taskId: Id.describe('Task id') })
  .describe('Case and task id');
export const DocumentParamsSchema = z
  .object({ id: CaseId, docId: Id.describe('Document id') })
  .describe('Case and document id');
export const ReferralParamsSchema = z
  .object({ id: CaseId, rid: Id.describe('Referral id') })
  .describe('Case and referral id');
export const AppointmentParamsSchema = z
  .object({ id: CaseId, aid: Id.describe('Appointment id') })
  .describe('Case and appointment id');
export const FilterParamsSchema = z
  .object({ fid: Id.describe('Saved filter id') })
  .describe('Saved filter id');

// --- tasks ---------------------------------------------------------------------------------

export const CreateTaskSchema = z
  .object({
    title: z.string().trim().min(1).max(200).describe('What has to be done'),
    dueOn: Day.optional().describe('Due date (Brussels day)'),
    assigneeId: Id.optional().describe('A case worker; default nobody'),
  })
  .describe('A new task in the case');
export type CreateTask = z.infer<typeof CreateTaskSchema>;

/** `null` clears a due date or assignee. A rule-made deadline task accepts only `done` (and assignee). */
export const UpdateTaskSchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional().describe('Refused on a rule-made deadline'),
    dueOn: Day.nullable().optional().describe('Refused on a rule-made deadline (the rules set it)'),
    assigneeId: Id.nullable().optional(),
    done: z.boolean().optional().describe('true marks it done now; false opens it again'),
  })
  .refine((v) => Object.values(v).some((value) => value !== undefined), {
    message: 'change at least one field',
  })
  .describe('The fields to change');
export type UpdateTask = z.infer<typeof UpdateTaskSchema>;

export const CaseTaskSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    title: z.string(),
    dueOn: z.string().nullable().describe('YYYY-MM-DD'),
    assignee: UserRefSchema.nullable(),
    deadlineKey: z.string().nullable().describe("Set on deadlines the case type's rules made"),
    ruleMade: z.boolean().describe('true: cannot be deleted or retitled, only marked done'),
    done: z.boolean(),
    doneAt: z.string().nullable(),
    doneBy: UserRefSchema.nullable(),
    overdue: z.boolean().describe('Open and due before today (Brussels)'),
    createdAt: z.string(),
  })
  .describe('A task of the case');
export type CaseTask = z.infer<typeof CaseTaskSchema>;
export const CaseTaskListSchema = z
  .object({ items: z.array(CaseTaskSchema) })
  .describe("The case's tasks, open first by due date");

// --- notes ---------------------------------------------------------------------------------

export const NOTE_CONFIDENTIALITIES = ['standard', 'confidential'] as const;
export const NoteConfidentialitySchema = z
  .enum(NOTE_CONFIDENTIALITIES)
  .describe('confidential: read only by its author, the case assignee and holders of cases.confidential');

export const CreateNoteSchema = z
  .object({
    body: z.string().trim().min(1).max(20_000).describe('The note text'),
    confidentiality: NoteConfidentialitySchema.default('standard'),
  })
  .describe('A new note');
export type CreateNote = z.infer<typeof CreateNoteSchema>;

export const VisibleNoteSchema = z
  .object({
    id: z.string(),
    confidentiality: NoteConfidentialitySchema,
    body: z.string(),
    author: UserRefSchema.nullable(),
    createdAt: z.string(),
    hidden: z.literal(false),
  })
  .describe('A note the reader may read in full');
/** A confidential note the reader may not read: that it exists, by whom and when, never its body. */
export const HiddenNoteSchema = z
  .object({
    id: z.string(),
    confidentiality: z.literal('confidential'),
    author: UserRefSchema.nullable(),
    createdAt: z.string(),
    hidden: z.literal(true),
  })
  .describe('A confidential note the reader may not read: no body');
export const CaseNoteSchema = z
  .discriminatedUnion('hidden', [VisibleNoteSchema, HiddenNoteSchema])
  .describe('A note; hidden: true without body when it is confidential and not for this reader');
export type CaseNote = z.infer<typeof CaseNoteSchema>;
export const CaseNoteListSchema = z
  .object({ items: z.array(CaseNoteSchema) })
  .describe("The case's notes, newest first");

// --- documents -----------------------------------------------------------------------------

export const CreateDocumentSchema = z
  .object({
    fileId: Id.describe('The id POST /api/files answered for the upload'),
    title: z.string().trim().min(1).max(200),
    checklistItem: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Diploma recognition only: marks this checklist line received (added when missing)'),
  })
  .describe('A document added to the case from an upload');
export type CreateDocument = z.infer<typeof CreateDocumentSchema>;

export const CaseDocumentSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    fileId: z.string(),
    title: z.string(),
    checklistItem: z.string().nullable(),
    fileName: z.string().describe('The name the file was uploaded with'),
    mediaType: z.string(),
    size: z.number().int().describe('Bytes'),
    addedBy: UserRefSchema.nullable(),
    createdAt: z.string(),
    downloadUrl: z.string().describe('GET it to download (the download is audited)'),
  })
  .describe('A document kept in the case');
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;
export const CaseDocumentListSchema = z
  .object({ items: z.array(CaseDocumentSchema) })
  .describe("The case's documents, newest first");

// --- contact log ---------------------------------------------------------------------------

export const CONTACT_CHANNELS = ['phone', 'visit', 'mail', 'video'] as const;
export const CONTACT_CHANNEL_LABELS: Record<(typeof CONTACT_CHANNELS)[number], string> = {
  phone: 'Telefoon',
  visit: 'Bezoek',
  mail: 'Mail of brief',
  video: 'Videogesprek',
};
export const CONTACT_DIRECTIONS = ['in', 'out'] as const;

export const CreateContactSchema = z
  .object({
    channel: z.enum(CONTACT_CHANNELS),
    direction: z.enum(CONTACT_DIRECTIONS).default('in').describe('in: the client contacted us; out: we did'),
    at: Iso.optional().describe('When; default now. Not in the future'),
    summary: z.string().trim().min(1).max(5_000),
    minutes: z.number().int().min(0).max(1_440).optional().describe('Duration in minutes'),
  })
  .describe('A contact to log');
export type CreateContact = z.infer<typeof CreateContactSchema>;

export const CaseContactSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    channel: z.enum(CONTACT_CHANNELS),
    direction: z.enum(CONTACT_DIRECTIONS),
    at: z.string(),
    summary: z.string(),
    minutes: z.number().int().nullable(),
    by: UserRefSchema.nullable(),
    createdAt: z.string(),
  })
  .describe('One logged contact');
export type CaseContact = z.infer<typeof CaseContactSchema>;
export const CaseContactListSchema = z
  .object({ items: z.array(CaseContactSchema) })
  .describe('The contact log, newest first');

// --- referrals and transfers ---------------------------------------------------------------

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export const REFERRAL_STATUS_LABELS: Record<(typeof REFERRAL_STATUSES)[number], string> = {
  sent: 'Verstuurd',
  accepted: 'Aanvaard',
  declined: 'Geweigerd',
  completed: 'Afgerond',
};

export const CreateReferralSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('referral').describe('Shares the case with a partner; ownership stays'),
      organisationId: Id.describe('The partner organisation (GET /api/cases/partners)'),
      reason: z.string().trim().min(1).max(2_000),
    }),
    z.object({
      kind: z
        .literal('transfer')
        .describe("Moves ownership: the case's team becomes toTeamId, assignee cleared"),
      toTeamId: Id,
      reason: z.string().trim().min(1).max(2_000),
    }),
  ])
  .describe('A referral to a partner organisation or a transfer to another team');
export type CreateReferral = z.infer<typeof CreateReferralSchema>;

export const UpdateReferralSchema = z
  .object({
    status: z
      .enum(['accepted', 'declined', 'completed'])
      .describe('Referrals only; sent → accepted|declined, accepted → completed'),
  })
  .describe('A new status for a referral');
export type UpdateReferral = z.infer<typeof UpdateReferralSchema>;

const NamedRef = z.object({ id: z.string(), name: z.string() });
export const CaseReferralSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.enum(['referral', 'transfer']),
    organisation: NamedRef.nullable().describe('Referral: the partner'),
    fromTeam: NamedRef.nullable().describe('Transfer: the team that owned the case'),
    toTeam: NamedRef.nullable().describe('Transfer: the team that owns it now'),
    reason: z.string().nullable(),
    status: z.enum(REFERRAL_STATUSES).describe('A transfer is completed at once'),
    createdBy: UserRefSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('A referral or transfer of the case');
export type CaseReferral = z.infer<typeof CaseReferralSchema>;
export const CaseReferralListSchema = z
  .object({ items: z.array(CaseReferralSchema) })
  .describe("The case's referrals and transfers, newest first");

export const PartnerQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe('Part of the name, typos allowed'),
    type: OrganisationTypeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .describe('Search for partner organisations');
export type PartnerQuery = z.infer<typeof PartnerQuerySchema>;
export const PartnerListSchema = z
  .object({ items: z.array(OrganisationSchema), total: z.number().int() })
  .describe('Partner organisations for a referral');

// --- appointments --------------------------------------------------------------------------

export const APPOINTMENT_MODALITIES = ['on_site', 'phone', 'video'] as const;
export const APPOINTMENT_STATUSES = ['planned', 'done', 'cancelled', 'no_show'] as const;
export const APPOINTMENT_STATUS_LABELS: Record<(typeof APPOINTMENT_STATUSES)[number], string> = {
  planned: 'Gepland',
  done: 'Gebeurd',
  cancelled: 'Geannuleerd',
  no_show: 'Niet opgedaagd',
};

/**
 * An interpreter booked with the appointment: an interpreting request is made through the
 * interpreting module (mode, time and place follow the appointment).
 */
export const AppointmentInterpreterSchema = z
  .object({
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/u, 'an ISO 639 code such as "ar", "prs" or "tr"')
      .describe("The client's language"),
    variant: LanguageVariantSchema.optional(),
    sector: InterpretingSectorSchema.default('integration'),
    conversationType: ConversationTypeSchema.default('intake'),
    phoneNumber: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,20}$/u, 'a phone number')
      .optional()
      .describe('Phone appointments: the number the interpreter calls'),
    videoLink: z
      .url({ protocol: /^https$/u })
      .optional()
      .describe('Video appointments: the https link'),
    preparationNotes: z.string().trim().max(2_000).optional().describe('Never the client’s name'),
  })
  .describe('Book an interpreter for this appointment');
export type AppointmentInterpreter = z.infer<typeof AppointmentInterpreterSchema>;

/** A move to phone or video needs the number the interpreter calls or the link she joins. */
export const AppointmentInterpreterContactSchema = AppointmentInterpreterSchema.pick({
  phoneNumber: true,
  videoLink: true,
}).describe("The interpreter's number or link when the appointment moves to phone or video");

/** The booked interpreter as the appointment shows her: the interpreting request's current state. */
export const AppointmentInterpreterStatusSchema = z
  .object({
    requestId: z.string(),
    reference: z.string().describe('T-YYYY-NNNNNN, as the interpreting service quotes it'),
    status: RequestStatusSchema,
    cancellation: CancellationKindSchema.nullable().describe('free, late (billable) or void'),
    interpreter: z
      .object({ code: z.string(), givenName: z.string() })
      .nullable()
      .describe('The confirmed interpreter: first name and code only'),
  })
  .describe("The interpreting request's current state");
export type AppointmentInterpreterStatus = z.infer<typeof AppointmentInterpreterStatusSchema>;

/** The interpreting request's status in the staff app's Dutch (the interpreting pages say the same). */
export const INTERPRETER_STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: 'tolk aangevraagd',
  offered: 'tolk gezocht',
  assigned: 'tolk bevestigd',
  unfilled: 'geen tolk gevonden',
  performed: 'tolk geweest',
  approved: 'tolk geweest',
  invoiced: 'tolk gefactureerd',
  cancelled: 'tolk geannuleerd',
};

export const CreateAppointmentSchema = z
  .object({
    startsAt: Iso,
    endsAt: Iso,
    location: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .describe('Address or room; needed on site with an interpreter'),
    modality: z.enum(APPOINTMENT_MODALITIES).default('on_site'),
    counsellorId: Id.optional().describe('Default: the creator'),
    notes: z.string().trim().max(2_000).optional(),
    interpreter: AppointmentInterpreterSchema.optional(),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    message: 'the appointment must end after it starts',
    path: ['endsAt'],
  })
  .describe('A new appointment with the client');
export type CreateAppointment = z.infer<typeof CreateAppointmentSchema>;

/**
 * An interpreter for an appointment already planned: the same fields as `interpreter` when the
 * appointment is made. Mode, time, duration and place come from the appointment.
 */
export const RequestAppointmentInterpreterSchema = AppointmentInterpreterSchema.describe(
  'Book an interpreter for an appointment already planned (mode, time and place from the appointment)',
);
export type RequestAppointmentInterpreter = z.infer<typeof RequestAppointmentInterpreterSchema>;

/** A move or a change of status; each change raises the .ics SEQUENCE. `null` clears. */
export const UpdateAppointmentSchema = z
  .object({
    startsAt: Iso.optional(),
    endsAt: Iso.optional(),
    location: z.string().trim().min(1).max(300).nullable().optional(),
    modality: z.enum(APPOINTMENT_MODALITIES).optional(),
    counsellorId: Id.nullable().optional(),
    notes: z.string().trim().max(2_000).nullable().optional(),
    status: z
      .enum(APPOINTMENT_STATUSES)
      .optional()
      .describe('cancelled: the .ics then says STATUS:CANCELLED, and the interpreter is cancelled'),
    interpreter: AppointmentInterpreterContactSchema.optional(),
  })
  .refine((v) => Object.values(v).some((value) => value !== undefined), {
    message: 'change at least one field',
  })
  .describe('A move, a change or a cancellation');
export type UpdateAppointment = z.infer<typeof UpdateAppointmentSchema>;

export const CaseAppointmentSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    location: z.string().nullable(),
    modality: z.enum(APPOINTMENT_MODALITIES),
    counsellor: UserRefSchema.nullable(),
    status: z.enum(APPOINTMENT_STATUSES),
    sequence: z.number().int().describe('iCalendar SEQUENCE; grows with every change'),
    notes: z.string().nullable(),
    interpretingRequestId: z.string().nullable().describe('The interpreting request booked for it'),
    interpreter: AppointmentInterpreterStatusSchema.nullable().describe(
      'The booked interpreter; moving or cancelling the appointment moves or cancels the request',
    ),
    icsUrl: z.string().describe('GET it for the .ics (text/calendar)'),
    createdAt: z.string(),
  })
  .describe('An appointment with the client');
export type CaseAppointment = z.infer<typeof CaseAppointmentSchema>;
export const CaseAppointmentListSchema = z
  .object({ items: z.array(CaseAppointmentSchema) })
  .describe("The case's appointments, soonest first");

// --- timeline ------------------------------------------------------------------------------

export const TimelineQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .describe('Paging of the timeline');
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

export const TimelineItemSchema = z
  .object({
    at: z.string(),
    actor: z.string().describe('Display name, or the system job that acted'),
    action: z.string().describe('The audit action, e.g. case.note.added'),
    label: z.string().describe('Dutch label, e.g. "Notitie toegevoegd"'),
    details: z
      .record(z.string(), z.unknown())
      .describe('What changed; never the text of a confidential note'),
  })
  .describe("One event on the case's timeline");
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
export const TimelineSchema = z
  .object({ items: z.array(TimelineItemSchema), total: z.number().int() })
  .describe("The case's timeline, newest first");

// --- saved filters -------------------------------------------------------------------------

export const SavedFilterQuerySchema = CaseListQuerySchema.pick({
  type: true,
  status: true,
  assignee: true,
  scope: true,
  q: true,
  open: true,
  overdue: true,
})
  .strict()
  .describe('The case list query it stands for (GET /api/cases?…)');
export type SavedFilterQuery = z.infer<typeof SavedFilterQuerySchema>;

export const CreateSavedFilterSchema = z
  .object({
    name: z.string().trim().min(1).max(100).describe('e.g. "Mijn open diplomadossiers"'),
    query: SavedFilterQuerySchema,
  })
  .describe('A named case list filter to keep');
export type CreateSavedFilter = z.infer<typeof CreateSavedFilterSchema>;

export const SavedFilterSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: SavedFilterQuerySchema,
    createdAt: z.string(),
  })
  .describe("One of the caller's saved filters");
export type SavedFilter = z.infer<typeof SavedFilterSchema>;
export const SavedFilterListSchema = z
  .object({ items: z.array(SavedFilterSchema) })
  .describe("The caller's saved filters, by name");

// --- workload ------------------------------------------------------------------------------

export const WorkloadRowSchema = z
  .object({
    counsellor: UserRefSchema,
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
    openCases: z.number().int().describe('Open cases assigned to her'),
    openTasks: z.number().int().describe('Open tasks assigned to her'),
    overdueTasks: z.number().int().describe('Of those, due before today'),
    appointmentsNext7Days: z.number().int().describe('Planned appointments she leads in the next 7 days'),
  })
  .describe("One counsellor's workload");
export type WorkloadRow = z.infer<typeof WorkloadRowSchema>;
export const WorkloadSchema = z
  .object({
    items: z.array(WorkloadRowSchema),
    scope: z.enum(['team', 'all']).describe('team: a counsellor sees her own team; all: managers'),
    today: z.string().describe('YYYY-MM-DD (Brussels)'),
  })
  .describe("Workload per counsellor in the caller's scope");
export type Workload = z.infer<typeof WorkloadSchema>;
