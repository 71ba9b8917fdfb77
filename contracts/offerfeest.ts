import { z } from 'zod';
import { LOCALES } from './identity.ts';
import type { ErrorSpec } from './problem.ts';

/**
 * The Offerfeest (Eid al-Adha): editions with their blocking period and languages, slaughter
 * sites and slots (capacity pools `offerfeest-slot:<id>`, and `offerfeest-site-day:<site>:<day>` where
 * the site's daily capacity binds the day's slots),
 * public slot registration with a waiting list, and reimbursement claims paid by a SEPA
 * pain.001.001.03 file. Registrations and claims reveal religion: `offerfeest.manage` only.
 */

export const offerfeestErrors = {
  'OFFERFEEST.EDITION_NOT_FOUND': { status: 404, title: 'No such Offerfeest edition' },
  'OFFERFEEST.SLOT_NOT_FOUND': { status: 422, title: 'No such slot in this edition' },
  'OFFERFEEST.NOT_FOUND': { status: 404, title: 'No such registration or claim' },
  'OFFERFEEST.CLOSED': { status: 409, title: 'This edition does not take registrations or claims now' },
  'OFFERFEEST.WRONG_REGIME': { status: 409, title: 'This edition works with the other regime' },
  'OFFERFEEST.DUPLICATE': {
    status: 409,
    title: 'This national register number already has a registration or claim in this edition',
  },
  'OFFERFEEST.INVALID_NRN': {
    status: 422,
    title: 'The national register number is not valid (check digits)',
  },
  'OFFERFEEST.INVALID_IBAN': { status: 422, title: 'The IBAN is not valid' },
  'OFFERFEEST.ACCOUNT_HOLDER_NOT_LATIN': {
    status: 422,
    title: 'Give the account holder as on the bank account, in Latin letters',
  },
  'OFFERFEEST.INVALID_HERD_NUMBER': { status: 422, title: 'A herd number is BE followed by 8 digits' },
  'OFFERFEEST.INVOICE_MISSING': { status: 422, title: 'Attach the slaughterhouse invoice (PDF or photo)' },
  'OFFERFEEST.INVOICE_OUTSIDE_FEAST': { status: 422, title: 'The invoice date is outside the feast period' },
  'OFFERFEEST.TRANSITION_NOT_ALLOWED': {
    status: 409,
    title: 'This step is not possible in the current status',
  },
  'OFFERFEEST.WRONG_DAY': { status: 409, title: 'This code is for another day or site' },
  'OFFERFEEST.NOTHING_TO_PAY': { status: 409, title: 'No approved claims wait for payment' },
  'OFFERFEEST.LANGUAGES_MISSING': {
    status: 422,
    title: 'An edition communicates in at least nl, ar, fr, tr and en',
  },
  'OFFERFEEST.DAY_CAPACITY_EXCEEDED': {
    status: 409,
    title: "The slots of this day would hold more animals than the site's daily capacity",
  },
  'OFFERFEEST.DEBTOR_MISSING': { status: 409, title: "The agency's account for transfers is not set" },
} as const satisfies Record<string, ErrorSpec>;

/** Languages the Offerfeest may communicate in: the portal's six. An edition picks at least nl, ar, fr, tr, en. */
export const OfferfeestLanguageSchema = z.enum(LOCALES);
export const REQUIRED_OFFERFEEST_LANGUAGES = ['nl', 'ar', 'fr', 'tr', 'en'] as const;

export const RegimeSchema = z.enum(['slots', 'reimbursement']);
export const SpeciesSchema = z.enum(['sheep', 'goat', 'cattle']);
export const REGISTRATION_STATUSES = [
  'confirmed',
  'waitlisted',
  'checked_in',
  'no_show',
  'cancelled',
] as const;
export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES);
export const CLAIM_STATUSES = ['submitted', 'in_review', 'approved', 'rejected', 'paid'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);

const day = z.iso.date().describe('YYYY-MM-DD');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,30}$/u, 'a phone number')
  .describe('Phone number, e.g. +32 470 00 00 00');
const name = z.string().trim().min(2).max(200);

export const EditionInfoSchema = z.partialRecord(
  OfferfeestLanguageSchema,
  z.object({ title: z.string().max(200), body: z.string().max(20_000) }),
);

export const SiteSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  recognitionNumber: z.string().nullable(),
  address: z.string(),
  stunningMethod: z.string(),
  dailyCapacity: z.number().int(),
});

/** `GET /api/offerfeest/editions` (public: no personal data). */
export const EditionSchema = z.object({
  id: z.string().uuid(),
  year: z.number().int(),
  feastStart: z.string(),
  feastEnd: z.string(),
  blockingStart: z.string(),
  blockingEnd: z.string(),
  languages: z.array(OfferfeestLanguageSchema),
  regime: RegimeSchema,
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  reimbursementCents: z.number().int(),
  anonymiseAfterMonths: z.number().int(),
  info: EditionInfoSchema,
  sites: z.array(SiteSchema),
});
export type Edition = z.infer<typeof EditionSchema>;

export const CreateEditionSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  feastStart: day,
  feastEnd: day,
  blockingStart: day,
  blockingEnd: day,
  languages: z.array(OfferfeestLanguageSchema).min(1).max(LOCALES.length),
  regime: RegimeSchema,
  registrationOpensAt: z.iso.datetime({ offset: true }).optional(),
  registrationClosesAt: z.iso.datetime({ offset: true }).optional(),
  reimbursementCents: z.number().int().min(0).max(1_000_000).default(0),
  anonymiseAfterMonths: z.number().int().min(1).max(120).default(12),
  info: EditionInfoSchema.default({}),
});
export const UpdateEditionSchema = CreateEditionSchema.partial();

export const CreateSiteSchema = z.object({
  name,
  recognitionNumber: z.string().trim().max(40).optional(),
  address: z.string().trim().min(3).max(300),
  stunningMethod: z.string().trim().min(2).max(200),
  dailyCapacity: z.number().int().min(1).max(10_000),
});

/** Generates slots for one site and day: from `startTime` every `minutes` until `endTime`. */
export const CreateSlotsSchema = z.object({
  siteId: z.string().uuid(),
  day,
  startTime: z.string().regex(/^\d{2}:\d{2}$/u, 'HH:MM'),
  endTime: z.string().regex(/^\d{2}:\d{2}$/u, 'HH:MM'),
  minutes: z
    .number()
    .int()
    .min(10)
    .max(24 * 60),
  capacity: z.number().int().min(1).max(1_000),
});

/** `PATCH /api/offerfeest/slots/{id}`: a slot's places (lower than taken → CAPACITY.BELOW_TAKEN). */
export const UpdateSlotSchema = z.object({ capacity: z.number().int().min(0).max(1_000) });

/** `GET /api/offerfeest/editions/{id}/slots` (public). */
export const SlotSchema = z.object({
  id: z.string().uuid(),
  siteId: z.string().uuid(),
  siteName: z.string(),
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  remaining: z.number().int(),
  waitlisted: z.number().int(),
});
export type Slot = z.infer<typeof SlotSchema>;

/** `POST /api/offerfeest/editions/{id}/registrations` (public form, rate-limited). */
export const CreateRegistrationSchema = z.object({
  slotId: z.string().uuid(),
  name,
  phone,
  email: z.string().trim().toLowerCase().email().max(254).optional(),
  language: OfferfeestLanguageSchema,
  nationalRegisterNumber: z
    .string()
    .trim()
    .max(20)
    .describe(
      'Rijksregisternummer, 11 digits (dots and dashes allowed); checked by its check digits, kept only as a pseudonym',
    ),
  species: SpeciesSchema,
  animals: z.number().int().min(1).max(50),
  herdNumber: z.string().trim().max(20).describe('Beslagnummer: BE followed by 8 digits'),
});
export type CreateRegistration = z.infer<typeof CreateRegistrationSchema>;

export const RegistrationReceiptSchema = z.object({
  code: z.string(),
  status: z.enum(['confirmed', 'waitlisted']),
  /** Place on the slot's waiting list (1 = next), when waitlisted. */
  position: z.number().int().nullable(),
  qrSvg: z.string().describe('The code as a QR code (SVG), shown at the slaughterhouse'),
});

/** `GET /api/public/offerfeest/registrations/{code}`: what the household sees (no personal data). */
export const PublicRegistrationSchema = z.object({
  code: z.string(),
  status: RegistrationStatusSchema,
  position: z.number().int().nullable(),
  slot: z.object({ start: z.string(), end: z.string(), siteName: z.string(), siteAddress: z.string() }),
  species: SpeciesSchema,
  animals: z.number().int(),
  language: OfferfeestLanguageSchema,
});

/** Staff view (`offerfeest.manage`). */
export const RegistrationSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  slotId: z.string().uuid(),
  slotStart: z.string(),
  siteName: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: OfferfeestLanguageSchema,
  species: SpeciesSchema,
  animals: z.number().int(),
  herdNumber: z.string().nullable(),
  status: RegistrationStatusSchema,
  position: z.number().int().nullable(),
  createdAt: z.string(),
  checkedInAt: z.string().nullable(),
});
export type Registration = z.infer<typeof RegistrationSchema>;

export const CheckInByCodeSchema = z.object({ code: z.string().trim().min(4).max(40) });

/** `POST /api/offerfeest/editions/{id}/claims` — multipart: these fields plus the file part `invoice`. */
export const CreateClaimSchema = z.object({
  name,
  address: z.string().trim().min(3).max(300),
  postcode: z
    .string()
    .trim()
    .regex(/^9\d{3}$/u, 'a Ghent postcode (9000–9099)'),
  email: z.string().trim().toLowerCase().email().max(254),
  phone: phone.optional(),
  language: OfferfeestLanguageSchema,
  nationalRegisterNumber: z.string().trim().max(20),
  iban: z.string().trim().max(42),
  accountHolder: z
    .string()
    .trim()
    .min(2)
    .max(70)
    .optional()
    .describe('Name of the account holder as the bank knows it, in Latin letters; defaults to name'),
  slaughterhouse: z.string().trim().min(2).max(200),
  invoiceDate: day,
  species: SpeciesSchema,
  animals: z.coerce.number().int().min(1).max(50),
  invoiceCents: z.coerce.number().int().min(1).max(1_000_000),
});
export type CreateClaim = z.infer<typeof CreateClaimSchema>;

export const ClaimReceiptSchema = z.object({
  reference: z.string(),
  code: z.string().describe('Status code (shown once, mailed): follow the claim without an account'),
  status: ClaimStatusSchema,
});

/** `GET /api/public/offerfeest/claims/{code}`: what the status page shows a claimant (no name, account or amounts claimed). */
export const PublicClaimSchema = z.object({
  reference: z.string(),
  status: ClaimStatusSchema,
  approvedCents: z.number().int().nullable(),
  paidAt: z.string().nullable(),
});

export const ClaimSchema = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  email: z.string().nullable(),
  language: OfferfeestLanguageSchema,
  ibanMasked: z.string().nullable().describe('Only the last four digits'),
  slaughterhouse: z.string(),
  invoiceDate: z.string(),
  species: SpeciesSchema,
  animals: z.number().int(),
  invoiceCents: z.number().int(),
  approvedCents: z.number().int().nullable(),
  status: ClaimStatusSchema,
  rejectionReason: z.string().nullable(),
  hasInvoice: z.boolean(),
  batchId: z.string().uuid().nullable(),
  createdAt: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ReviewClaimSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('start_review') }),
  z.object({
    decision: z.literal('approve'),
    approvedCents: z.number().int().min(1).max(1_000_000).optional(),
  }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(3).max(1_000) }),
]);

export const PaymentBatchSchema = z.object({
  id: z.string().uuid(),
  messageId: z.string(),
  executionDate: z.string(),
  count: z.number().int(),
  totalCents: z.number().int(),
  createdAt: z.string(),
});
export const CreatePaymentBatchSchema = z.object({ executionDate: day.optional() });
