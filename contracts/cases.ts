import { z } from 'zod';
import { CaseTypeSchema } from './case-types.ts';
import { PageQuerySchema } from './identity.ts';
import type { ErrorSpec } from './problem.ts';

/** HTTP contracts of the case engine (`/api/cases`): create, list, read, transition. */

export const casesErrors = {
  'CASES.NOT_FOUND': { status: 404, title: 'No such case' },
  'CASES.OUT_OF_SCOPE': {
    status: 403,
    title: 'This case belongs to another team; your attempt was recorded',
  },
  'CASES.TRANSITION_NOT_ALLOWED': {
    status: 409,
    title: 'The case cannot move to this status from its current one',
  },
  'CASES.TRANSITION_FORBIDDEN': { status: 403, title: 'Your role may not make this change of status' },
  'CASES.TRANSITION_BLOCKED': {
    status: 409,
    title: 'The case does not meet the conditions for this status yet',
  },
  'CASES.STALE': { status: 409, title: 'The case was changed meanwhile; reload it and try again' },
  'CASES.ANONYMISED': { status: 409, title: 'The case was anonymised under the retention rules' },
  'CASES.UNKNOWN_TEAM': { status: 422, title: 'No such team' },
  'CASES.UNKNOWN_ASSIGNEE': { status: 422, title: 'The assignee is not a case worker' },
  'CASES.UNKNOWN_PERSON': { status: 422, title: 'No such person' },
} as const satisfies Record<string, ErrorSpec>;
export type CasesErrorCode = keyof typeof casesErrors;

export const CaseIdParamsSchema = z.object({ id: z.uuid().describe('Case id') });

export const CASE_PERSON_ROLES = ['client', 'parent', 'child', 'applicant', 'partner', 'other'] as const;
const PersonRole = z.enum(CASE_PERSON_ROLES);
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

export const NewCasePersonSchema = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254).optional(),
  phone: z.string().trim().max(40).optional(),
  preferredLanguage: z.string().trim().toLowerCase().max(10).optional(),
});

/**
 * `{type, title}` is enough. The type's own fields may be given at the top level or under
 * `fields` (both are merged, `fields` wins); unknown keys are refused by the type's schema.
 * `quick: true` with an `answer` closes an education question in one step.
 */
export const CreateCaseSchema = z
  .object({
    type: CaseTypeSchema,
    title: z.string().trim().min(1).max(200),
    teamId: z.uuid().optional().describe("Owning team; default the creator's team"),
    assigneeId: z.uuid().optional().describe('Default: the creator when she is a counsellor'),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/u)
      .optional()
      .describe("The client's language for letters and mails"),
    people: z
      .array(z.object({ personId: z.uuid(), role: PersonRole.default('client') }))
      .max(20)
      .optional(),
    person: NewCasePersonSchema.optional().describe('Creates the client as a new person record'),
    fields: z.record(z.string(), z.unknown()).optional(),
    quick: z.boolean().optional().describe('Education question answered at once: created and closed'),
  })
  .catchall(z.unknown());
export type CreateCase = z.infer<typeof CreateCaseSchema>;

export const UpdateCaseSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  assigneeId: z.uuid().nullable().optional(),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/u)
    .optional(),
  fields: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Merged into the case's fields, then checked"),
  version: z.number().int().optional().describe('Refused with 409 when the case changed meanwhile'),
});
export type UpdateCase = z.infer<typeof UpdateCaseSchema>;

export const TransitionSchema = z.object({
  to: z.string().trim().min(1).max(60),
  reason: z.string().trim().max(1_000).optional(),
  version: z.number().int().optional(),
});
export type Transition = z.infer<typeof TransitionSchema>;

export const CasePersonSchema = z.object({
  personId: z.uuid(),
  role: PersonRole,
  name: z.string(),
});

export const CaseDeadlineSchema = z.object({
  key: z.string(),
  label: z.string(),
  dueOn: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
});

export const CaseSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: CaseTypeSchema,
  title: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  openedAt: z.string(),
  statusChangedAt: z.string(),
  closedAt: z.string().nullable(),
  nextDueOn: z.string().nullable().describe('The earliest open task or deadline'),
  origin: z.enum(['staff', 'portal']),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseDetailSchema = CaseSummarySchema.extend({
  fields: z.record(z.string(), z.unknown()),
  derived: z
    .record(z.string(), z.unknown())
    .describe('Computed by the type: compulsorySchoolingFrom, decisionDueOn, eligibility, …'),
  language: z.string(),
  people: z.array(CasePersonSchema),
  deadlines: z.array(CaseDeadlineSchema),
  allowedTransitions: z
    .array(
      z.object({
        to: z.string(),
        label: z.string(),
        blocked: z.string().nullable().describe('Why it cannot be made yet (null: it can)'),
      }),
    )
    .describe('The moves the status machine allows from here to this user'),
  anonymisedAt: z.string().nullable(),
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const CaseCreatedSchema = CaseDetailSchema;

export const CaseListQuerySchema = PageQuerySchema.extend({
  type: CaseTypeSchema.optional(),
  status: z.string().trim().max(300).optional().describe('One status, or several separated by commas'),
  assignee: z
    .union([z.literal('me'), z.literal('none'), z.uuid()])
    .optional()
    .describe("A user id, 'me', or 'none' (unassigned)"),
  team: z.uuid().optional(),
  scope: z.enum(['mine', 'team', 'all']).optional().describe('Narrows what the role may see'),
  q: z.string().trim().max(100).optional().describe('Part of the title or the reference'),
  open: z.enum(['true', 'false']).optional().describe('Only open (true) or closed (false) cases'),
  overdue: z.enum(['true']).optional().describe('Only cases with an open task past its due date'),
  call: z.uuid().optional().describe('Scholarship applications of this call'),
  sort: z.enum(['opened', 'due', 'changed']).default('changed'),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CaseListSchema = z.object({ items: z.array(CaseSummarySchema), total: z.number().int() });

export const LinkCasePersonSchema = z
  .object({
    personId: z.uuid().optional().describe('An existing person'),
    person: NewCasePersonSchema.optional().describe('Or a new person record'),
    role: PersonRole.default('client'),
  })
  .refine((body) => Boolean(body.personId) !== Boolean(body.person), {
    message: 'Give either personId or person',
    path: ['personId'],
  });
export type LinkCasePerson = z.infer<typeof LinkCasePersonSchema>;

export const CasePersonParamsSchema = z.object({ id: z.uuid(), personId: z.uuid() });
export const CasePeopleSchema = z.object({ items: z.array(CasePersonSchema) });

export const CaseTeamListSchema = z.object({
  items: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('Every team, by name: transfer targets'),
});
