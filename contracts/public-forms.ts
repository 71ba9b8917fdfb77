import { z } from 'zod';
import { CaseTypeSchema, EDUCATION_QUESTION_TOPICS, RESIDENCE_CATEGORIES } from './case-types.ts';
import { LOCALES } from './identity.ts';
import type { ErrorSpec } from './problem.ts';

/**
 * The portal's public forms (`/api/public/forms/...`) and status page (`/api/public/status/{code}`),
 * open without an account. Each form creates a case and answers a status code (shown once, mailed
 * to the applicant); only its SHA-256 is stored. The status page shows no personal data.
 */

/** Error codes (namespace PUBLIC_FORMS.*); merged into ERROR_CATALOG in errors.ts. */
export const publicFormsErrors = {
  'PUBLIC_FORMS.UNKNOWN_CODE': { status: 404, title: 'No application with this code' },
  'PUBLIC_FORMS.UNKNOWN_CALL': { status: 422, title: 'No such scholarship call' },
  'PUBLIC_FORMS.CALL_NOT_OPEN': {
    status: 409,
    title: 'This scholarship call does not take applications now',
  },
} as const satisfies Record<string, ErrorSpec>;
export type PublicFormsErrorCode = keyof typeof publicFormsErrors;

/** The six languages of the portal: the form's language, the mail's and the status page's. */
export const PORTAL_LANGUAGES = LOCALES;
export const PortalLanguageSchema = z
  .enum(PORTAL_LANGUAGES)
  .describe('The language the applicant reads: nl, en, fr, tr, bg or ar');
export type PortalLanguage = z.infer<typeof PortalLanguageSchema>;

const day = z.iso.date().describe('YYYY-MM-DD');
const name = z
  .string()
  .trim()
  .min(2)
  .max(200)
  .describe('Full name as the applicant writes it (split into given and family name on the server)');
const email = z.string().trim().toLowerCase().email().max(254).describe('Where the confirmation is mailed');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,30}$/u, 'a phone number')
  .describe('Phone number, e.g. +32 9 123 45 67');
const message = (max: number) => z.string().trim().min(1).max(max);

/** `POST /api/public/forms/education-question` (JSON). */
export const EducationQuestionFormSchema = z.object({
  name,
  email,
  language: PortalLanguageSchema,
  question: message(5_000).describe('The question, in the applicant’s own words'),
  phone: phone.optional(),
  childBirthDate: day.optional().describe("The child's date of birth, when the question is about a child"),
  registeredInBelgiumOn: day.optional().describe('Registration in a Belgian municipality'),
  schoolLevel: z.enum(['nursery', 'primary', 'secondary', 'adult']).optional(),
  topic: z.enum(EDUCATION_QUESTION_TOPICS).optional(),
  interpreterNeeded: z.boolean().optional().describe('An interpreter is wanted for the conversation'),
});
export type EducationQuestionForm = z.infer<typeof EducationQuestionFormSchema>;

/** The two kinds of document a scholarship application carries (multipart part names). */
export const SCHOLARSHIP_FILE_PARTS = ['statusDocument', 'incomeProof'] as const;
export type ScholarshipFilePart = (typeof SCHOLARSHIP_FILE_PARTS)[number];
/** Accepted by content (sniffed, never by the name): PDF and photos of a document. */
export const SCHOLARSHIP_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export const SCHOLARSHIP_MAX_FILES = 6;

/**
 * `POST /api/public/forms/scholarship-application` (multipart/form-data): one text part named
 * `data` holding this object as JSON, and one or more file parts named `statusDocument`
 * (residence status) and/or `incomeProof` (at most 6 files; PDF, PNG, JPEG or WebP; each at most
 * the platform's upload limit). At least one file is required.
 */
export const ScholarshipApplicationFormSchema = z.object({
  name,
  email,
  phone: phone.optional(),
  language: PortalLanguageSchema,
  callId: z.uuid().describe('The scholarship call applied to; it must be open'),
  course: z.string().trim().min(1).max(100).describe('The UCT course (e.g. Nederlands niveau 3)'),
  courseLevel: z.number().int().min(1).max(6).optional(),
  domicileGhent: z.boolean().describe('Registered as living in Ghent'),
  residenceStatus: z.enum(RESIDENCE_CATEGORIES).optional(),
  livingWage: z.boolean().optional().describe('Receives leefloon or verhoogde tegemoetkoming'),
  monthlyIncomeCents: z
    .number()
    .int()
    .min(0)
    .max(10_000_000)
    .optional()
    .describe('Household net income per month, in cents'),
  householdSize: z.number().int().min(1).max(30).optional(),
  secondaryFinished: z.boolean().optional(),
  goal: z.enum(['higher_education', 'qualified_work', 'other']).optional(),
  previousEnrolmentsSameLevel: z.number().int().min(0).max(20).optional(),
  lastLowScoreOn: day.optional().describe('Last final test scored 5/20 or less'),
  motivation: message(5_000).describe('Why the applicant wants this course'),
});
export type ScholarshipApplicationForm = z.infer<typeof ScholarshipApplicationFormSchema>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** `POST /api/public/forms/guidance-appointment` (JSON): an email address or a phone number, or both. */
export const GuidanceAppointmentFormSchema = z
  .object({
    name,
    email: email.optional(),
    phone: phone.optional(),
    language: PortalLanguageSchema,
    preferredDays: z
      .array(z.enum(WEEKDAYS))
      .max(5)
      .optional()
      .describe('Weekdays that suit the applicant for an appointment'),
    message: message(2_000).describe('What the applicant wants to talk about'),
  })
  .refine((form) => form.email !== undefined || form.phone !== undefined, {
    path: ['email'],
    message: 'an email address or a phone number is required',
  });
export type GuidanceAppointmentForm = z.infer<typeof GuidanceAppointmentFormSchema>;

/** Every form answers 201 with the status code: shown once, and mailed when an email address was given. */
export const PublicFormCreatedSchema = z.object({
  code: z
    .string()
    .describe(
      'The status code, e.g. OND-7K3M-9PQ2-X4ZD; only its hash is stored, so it cannot be shown again',
    ),
  statusUrl: z.string().describe('The portal page that shows the status: <BASE_URL>/status/<code>'),
});
export type PublicFormCreated = z.infer<typeof PublicFormCreatedSchema>;

/** Crockford base32 with dashes; case, spaces and the look-alikes I/L (1) and O (0) are forgiven. */
export const PublicStatusParamsSchema = z.object({
  code: z
    .string()
    .trim()
    .min(10)
    .max(40)
    .regex(/^[A-Za-z0-9 -]+$/u, 'a status code such as OND-7K3M-9PQ2-X4ZD')
    .describe('The status code received after sending a form'),
});

export const PublicStatusQuerySchema = z.object({
  lang: PortalLanguageSchema.optional().describe(
    "The label's language; default the case's language, else nl",
  ),
});

/** `GET /api/public/status/{code}`: the state of the application, without personal data or notes. */
export const PublicStatusSchema = z.object({
  reference: z.string().describe('The case reference to quote on the phone: D-2026-000123'),
  type: CaseTypeSchema,
  status: z.string().describe('The status key, e.g. registered'),
  statusLabel: z.string().describe('The status in the requested language'),
  language: PortalLanguageSchema.describe('The language of statusLabel and nextStep'),
  closed: z.boolean().describe('The case is finished'),
  openedAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601: the last change of the case'),
  nextStep: z.string().optional().describe('What happens next, in the requested language'),
});
export type PublicStatus = z.infer<typeof PublicStatusSchema>;
