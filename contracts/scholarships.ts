import { z } from 'zod';
import { CASE_STATUSES, RESIDENCE_CATEGORIES } from './case-types.ts';
import type { ErrorSpec } from './problem.ts';

/**
 * UCT scholarships (BRIEF §18): calls with a budget, effective-dated eligibility rules, committee
 * scores, the award within the budget, decision letters and the payment of each grant.
 * Applications are cases of type `scholarship` whose `fields.callId` names the call.
 */

/** Error codes (namespace SCHOLARSHIPS.*); merged into ERROR_CATALOG in errors.ts. */
export const scholarshipErrors = {
  'SCHOLARSHIPS.CALL_NOT_FOUND': { status: 404, title: 'No such scholarship call' },
  'SCHOLARSHIPS.CALL_EXISTS': {
    status: 409,
    title: 'A call with this title already exists for this academic year',
  },
  'SCHOLARSHIPS.CALL_AWARDED': {
    status: 409,
    title: 'The call was already awarded; it can no longer change',
  },
  'SCHOLARSHIPS.CALL_NOT_AWARDABLE': {
    status: 409,
    title: 'A call in draft cannot be awarded; open it first',
  },
  'SCHOLARSHIPS.INVALID_CALL': {
    status: 422,
    title: 'The call is not consistent (closing before opening, or a grant above the budget)',
  },
  'SCHOLARSHIPS.NOT_AN_APPLICATION': { status: 409, title: 'This case is not a scholarship application' },
  'SCHOLARSHIPS.NOT_SCORABLE': {
    status: 409,
    title: 'Only applications that are submitted or complete and still undecided can be scored',
  },
  'SCHOLARSHIPS.NO_DECISION': {
    status: 409,
    title: 'The application has no decision yet (approved, waitlisted or rejected)',
  },
  'SCHOLARSHIPS.NOT_AWARDED': { status: 409, title: 'Only an approved grant has a payment' },
} as const satisfies Record<string, ErrorSpec>;
export type ScholarshipErrorCode = keyof typeof scholarshipErrors;

const Day = z.iso.date().describe('YYYY-MM-DD');
const Cents = z.number().int().min(0).max(1_000_000_000);

// --- calls --------------------------------------------------------------------------------

export const CALL_STATUSES = ['draft', 'open', 'closed', 'awarded'] as const;
export const CallStatusSchema = z
  .enum(CALL_STATUSES)
  .describe('draft (not visible) → open (applications accepted) → closed → awarded (set only by the award)');
/** The statuses staff may set by hand; `awarded` is set by the award alone. */
export const EditableCallStatusSchema = z.enum(['draft', 'open', 'closed']);

export const CALL_STATUS_LABELS: Record<(typeof CALL_STATUSES)[number], string> = {
  draft: 'Ontwerp',
  open: 'Open',
  closed: 'Afgesloten',
  awarded: 'Toegekend',
};

export const AcademicYearSchema = z
  .string()
  .trim()
  .regex(/^20\d{2}-20\d{2}$/u, 'an academic year such as 2026-2027')
  .refine(
    (year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1,
    'the second year follows the first',
  )
  .describe('Academic year, e.g. 2026-2027');

const CallFields = z.object({
  academicYear: AcademicYearSchema,
  title: z.string().trim().min(1).max(200).describe('e.g. Beurs Stad Gent voor UCT-cursussen'),
  budgetCents: Cents.describe('Total budget of the call, in euro cents'),
  grantCents: Cents.min(1).describe(
    'What one grant pays per course (UCT list price − price on grant), in cents',
  ),
  opensOn: Day.describe('First day applications are accepted'),
  closesOn: Day.describe('Last day applications are accepted (on or after opensOn)'),
  status: EditableCallStatusSchema.default('draft'),
});

export const CreateCallSchema = CallFields.superRefine((call, ctx) => {
  if (call.closesOn < call.opensOn) {
    ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'must be on or after opensOn' });
  }
  if (call.grantCents > call.budgetCents) {
    ctx.addIssue({ code: 'custom', path: ['grantCents'], message: 'must not exceed budgetCents' });
  }
});
export type CreateCall = z.infer<typeof CreateCallSchema>;

/** Any subset of the call's fields; the merged call is checked again (dates, grant ≤ budget). */
export const UpdateCallSchema = CallFields.partial()
  .extend({ status: EditableCallStatusSchema.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');
export type UpdateCall = z.infer<typeof UpdateCallSchema>;

export const CallSchema = z.object({
  id: z.uuid(),
  academicYear: z.string(),
  title: z.string(),
  budgetCents: z.number().int(),
  grantCents: z.number().int(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: CallStatusSchema,
  statusLabel: z.string().describe('Dutch label of the status'),
  awardedCents: z.number().int().describe('What the award gave out (never above the budget)'),
  awardedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Call = z.infer<typeof CallSchema>;

export const CallListQuerySchema = z.object({
  academicYear: AcademicYearSchema.optional(),
  status: CallStatusSchema.optional(),
});
export type CallListQuery = z.infer<typeof CallListQuerySchema>;
export const CallListSchema = z.object({ items: z.array(CallSchema) });

/** Every status a scholarship application can have (the keys of its status table). */
export const SCHOLARSHIP_STATUSES: readonly string[] = Object.keys(CASE_STATUSES.scholarship);

export const CallDetailSchema = CallSchema.extend({
  applications: z.number().int().describe('Applications (cases) naming this call'),
  countsByStatus: z
    .record(z.string(), z.number().int())
    .describe('Applications per case status; every scholarship status is present (0 when none)'),
  budgetUsedCents: z
    .number()
    .int()
    .describe('Sum of the grants of approved applications whose payment is not cancelled'),
  budgetLeftCents: z.number().int(),
  paidCents: z.number().int().describe('Sum of the grants already paid'),
});
export type CallDetail = z.infer<typeof CallDetailSchema>;

export const CallIdParamsSchema = z.object({ id: z.uuid().describe('Call id') });
export const ApplicationParamsSchema = z.object({ caseId: z.uuid().describe('The application (case) id') });

/** What the portal shows without an account: the open calls only. */
export const PublicCallSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  academicYear: z.string(),
  closesOn: z.string(),
  grantCents: z.number().int().describe('What the grant pays towards one UCT course'),
});
export const PublicCallListSchema = z.object({ items: z.array(PublicCallSchema) });

// --- eligibility rules (effective-dated parameter `cases.scholarship.rules`) ----------------

export const SCHOLARSHIP_RULES_KEY = 'cases.scholarship.rules';

/**
 * The value of `cases.scholarship.rules`. Ghent's own criteria were not found (BRIEF §18): the
 * defaults are assumptions modelled on UAntwerp Linguapolis and the UCT enrolment rules.
 */
export const ScholarshipRulesSchema = z.object({
  domicileGhent: z.boolean().describe('The applicant must live in Ghent'),
  eligibleStatuses: z
    .array(z.enum(RESIDENCE_CATEGORIES))
    .describe('Residence statuses that qualify (empty list: every status qualifies)'),
  monthlyIncomeLimitCents: z
    .object({
      single: Cents.describe('Gross monthly income limit for a household of one'),
      family: Cents.describe('Gross monthly income limit for a household of two or more'),
    })
    .describe('Income must be below the limit'),
  livingWageQualifies: z.boolean().describe('Leefloon or verhoogde tegemoetkoming meets the income rule'),
  secondaryFinishedRequired: z.boolean().describe('Secondary school finished (UCT prerequisite)'),
  eligibleGoals: z
    .array(z.enum(['higher_education', 'qualified_work', 'other']))
    .describe('Aims that qualify (empty list: every aim qualifies)'),
  maxEnrolmentsSameLevel: z
    .number()
    .int()
    .min(1)
    .max(20)
    .describe('UCT: at most this many enrolments for the same course level'),
  waitMonthsAfterLowScore: z
    .number()
    .int()
    .min(0)
    .max(60)
    .describe('UCT: after a final test ≤ 5/20, this many months before re-enrolling'),
});
export type ScholarshipRules = z.infer<typeof ScholarshipRulesSchema>;

export const ELIGIBILITY_RULES = [
  'domicileGhent',
  'residenceStatus',
  'income',
  'secondaryFinished',
  'goal',
  'maxEnrolmentsSameLevel',
  'waitAfterLowScore',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

export const EligibilityReasonSchema = z.object({
  rule: z.enum(ELIGIBILITY_RULES),
  passed: z.boolean(),
  detail: z.string().describe('Plain Dutch: why the rule passed or failed'),
});
export type EligibilityReason = z.infer<typeof EligibilityReasonSchema>;

export const EligibilitySchema = z.object({
  eligible: z.boolean().describe('Every rule passed'),
  reasons: z.array(EligibilityReasonSchema),
  rulesOn: z.string().describe('The day whose rules applied: the day the application was opened'),
  rules: ScholarshipRulesSchema,
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** What the committee gave an application so far (null: nobody scored it yet). */
export const ScoreSummarySchema = z.object({
  scoresCount: z.number().int().describe('Committee members who scored this application'),
  averageTotal: z.number().describe('Average of their totals, 0–30, two decimals'),
  maxTotal: z.number().int().describe('The highest total a member can give (10 per criterion)'),
});
export type ScoreSummary = z.infer<typeof ScoreSummarySchema>;

/** `GET /cases/{caseId}/eligibility`: the check, and the committee's score once it scored. */
export const CaseEligibilitySchema = EligibilitySchema.extend({ score: ScoreSummarySchema.nullable() });
export type CaseEligibility = z.infer<typeof CaseEligibilitySchema>;

// --- committee scores ---------------------------------------------------------------------

export const SCORE_CRITERIA = ['motivation', 'need', 'prospects'] as const;
const Points = z.number().int().min(0).max(10);

export const ScoreInputSchema = z.object({
  scores: z
    .object({ motivation: Points, need: Points, prospects: Points })
    .strict()
    .describe('0–10 points per criterion'),
  comment: z.string().trim().max(2_000).optional(),
});
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

export const ScoreSchema = z.object({
  caseId: z.uuid(),
  scorerId: z.uuid(),
  scores: z.record(z.string(), z.number()),
  total: z.number().int().describe('Sum of the criteria (0–30)'),
  comment: z.string().nullable(),
  updatedAt: z.string(),
});

export const ScoreResultSchema = z.object({
  score: ScoreSchema,
  scoresCount: z.number().int().describe('Committee members who scored this application'),
  averageTotal: z.number(),
});
export type ScoreResult = z.infer<typeof ScoreResultSchema>;

export const RankingEntrySchema = z.object({
  rank: z.number().int(),
  caseId: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: z.string(),
  openedAt: z.string(),
  averageTotal: z.number().describe('Average of the members’ totals (0 when nobody scored yet)'),
  scoresCount: z.number().int(),
});
export const RankingSchema = z.object({
  callId: z.uuid(),
  items: z
    .array(RankingEntrySchema)
    .describe('Complete, eligible applications; best first, ties: opened earlier'),
});
export type Ranking = z.infer<typeof RankingSchema>;

// --- award --------------------------------------------------------------------------------

export const AWARD_OUTCOMES = ['approved', 'waitlisted', 'rejected'] as const;
export const AwardOutcomeSchema = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  outcome: z.enum(AWARD_OUTCOMES),
  awardCents: z.number().int().nullable(),
});
export const AwardResultSchema = z.object({
  call: CallSchema,
  approved: z.number().int(),
  waitlisted: z.number().int(),
  rejected: z.number().int(),
  outcomes: z.array(AwardOutcomeSchema),
});
export type AwardResult = z.infer<typeof AwardResultSchema>;

// --- letters ------------------------------------------------------------------------------

export const LETTER_LANGUAGES = ['nl', 'en', 'fr', 'tr', 'ar'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
export const LetterQuerySchema = z.object({
  lang: z
    .enum(LETTER_LANGUAGES)
    .optional()
    .describe("The second language beside Dutch; default the case's language"),
});

// --- payment ------------------------------------------------------------------------------

export const PAYMENT_STATUSES = ['pending', 'paid', 'cancelled'] as const;
export const PaymentInputSchema = z
  .object({
    status: z.enum(PAYMENT_STATUSES),
    paidOn: Day.optional().describe('Only with status paid; default today'),
  })
  .refine((input) => input.paidOn === undefined || input.status === 'paid', {
    path: ['paidOn'],
    message: 'only with status paid',
  });
export type PaymentInput = z.infer<typeof PaymentInputSchema>;

export const PaymentSchema = z.object({
  caseId: z.uuid(),
  payment: z.enum(['not_due', ...PAYMENT_STATUSES]),
  paidOn: z.string().nullable(),
  awardCents: z.number().int().nullable(),
});
export type Payment = z.infer<typeof PaymentSchema>;
