import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { organisations, users } from '../../platform/identity/identity.tables.ts';

/**
 * The interpreting module's tables. Integrity rules that Drizzle cannot express (the exclusion
 * constraint over an interpreter's busy ranges, status checks) are in migration 0005.
 */

export type WeeklyWindowRow = { weekday: number; from: string; to: string };
export type LanguageChoiceRow = { language: string; variant?: string };
export type SlotRow = { start: string };

/** The register of certified interpreters and translators (freelance or volunteer). */
export const interpreters = pgTable(
  'interpreters',
  {
    ...entityColumns,
    /** Human code the requester sees with the first name, e.g. "T-0042". */
    code: text().notNull(),
    userId: uuid().references(() => users.id),
    givenName: text().notNull(),
    familyName: text().notNull(),
    email: text().notNull(),
    phone: text(),
    locale: text().notNull().default('nl'),
    status: text().notNull().default('active'),
    kind: text().notNull().default('freelance'),
    modes: text().array().notNull(),
    /** Translation work besides interpreting. */
    translates: boolean().notNull().default(false),
    certificationValidUntil: date({ mode: 'string' }),
    specialisms: text().array().notNull().default(sql`'{}'::text[]`),
    homePostcode: text(),
    homeLat: doublePrecision(),
    homeLon: doublePrecision(),
    maxTravelKm: real(),
    maxHoursPerDay: real().notNull().default(8),
    maxHoursPerWeek: real().notNull().default(38),
    /** Null unless the interpreter agreed to share it (`genderShared`). */
    gender: text(),
    weeklyAvailability: jsonb().$type<WeeklyWindowRow[]>().notNull().default([]),
    /** SHA-256 of the secret calendar-feed token; null until one is issued. */
    feedTokenHash: text(),
    feedTokenIssuedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('interpreters_code_key').on(t.code),
    uniqueIndex('interpreters_user_id_key').on(t.userId),
    index('interpreters_status_idx').on(t.status),
  ],
);

/** Language pairs with Dutch: language, dialect or variant, and direction. */
export const interpreterLanguages = pgTable(
  'interpreter_languages',
  {
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id, { onDelete: 'cascade' }),
    language: text().notNull(),
    /** '' when the interpreter covers the language without a named variant. */
    variant: text().notNull().default(''),
    direction: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.interpreterId, t.language, t.variant] }),
    index('interpreter_languages_language_idx').on(t.language, t.variant),
  ],
);

/** Time off or extra hours on top of the weekly availability. */
export const availabilityExceptions = pgTable(
  'interpreter_availability_exceptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    available: boolean().notNull(),
    note: text(),
  },
  (t) => [index('interpreter_availability_exceptions_idx').on(t.interpreterId, t.startsAt)],
);

/** An organisation's preferred or banned interpreters. */
export const organisationInterpreterPreferences = pgTable(
  'organisation_interpreter_preferences',
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id, { onDelete: 'cascade' }),
    kind: text().$type<'preferred' | 'banned'>().notNull(),
    reason: text(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.interpreterId] })],
);

/** What makes an organisation a requester: eligibility and the cooperation agreement. */
export const requestingOrganisations = pgTable('interpreting_requesting_organisations', {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  sector: text().notNull(),
  activeInGreaterGhent: boolean().notNull(),
  agreementSignedOn: date({ mode: 'string' }),
  /** Cleared when the agreement ends; requests are refused then. */
  active: boolean().notNull().default(true),
  invoiceEmail: text(),
  updatedAt: timestamptz().notNull().defaultNow(),
});

/** Sub-units of a requesting organisation (a ward, a campus) with their cost centre or PO number. */
export const organisationUnits = pgTable(
  'interpreting_organisation_units',
  {
    ...entityColumns,
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    costCentre: text(),
  },
  (t) => [uniqueIndex('interpreting_organisation_units_name_key').on(t.organisationId, t.name)],
);

/** A recurring booking; each occurrence is its own request row. */
export const requestSeries = pgTable('interpreting_series', {
  ...entityColumns,
  organisationId: uuid()
    .notNull()
    .references(() => organisations.id),
  recurrence: jsonb().notNull(),
});

/** A booking of an interpreter for one session (one occurrence of a series, or a single one). */
export const interpretingRequests = pgTable(
  'interpreting_requests',
  {
    ...entityColumns,
    /** Human reference, e.g. "T-2027-000123". */
    reference: text().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    unitId: uuid().references(() => organisationUnits.id),
    requestedBy: uuid().references(() => users.id),
    status: text().notNull().default('submitted'),
    mode: text().notNull(),
    language: text().notNull(),
    variant: text(),
    direction: text().notNull().default('both'),
    alternativeLanguages: jsonb().$type<LanguageChoiceRow[]>().notNull().default([]),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    alternativeSlots: jsonb().$type<SlotRow[]>().notNull().default([]),
    seriesId: uuid().references(() => requestSeries.id),
    seriesIndex: integer(),
    address: text(),
    room: text(),
    accessNotes: text(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    phoneNumber: text(),
    videoLink: text(),
    sector: text().notNull(),
    conversationType: text().notNull(),
    specialism: text(),
    sameGender: text(),
    participants: integer(),
    clientReference: text().notNull(),
    preparationNotes: text(),
    preferredInterpreterId: uuid().references(() => interpreters.id),
    costCentre: text(),
    urgent: boolean().notNull().default(false),
    /** Weight in the day plan: 1 normal, higher for urgent or sensitive sessions. */
    priority: integer().notNull().default(1),
    /** Off: no automatic offer rounds for this request (a dispatcher handles it). */
    autoOffers: boolean().notNull().default(true),
    offerRound: integer().notNull().default(0),
    confirmedAt: timestamptz(),
    cancelledAt: timestamptz(),
    cancelledBy: uuid().references(() => users.id),
    /** 'free', 'late' (billable) or 'void' (not billable, e.g. entered by mistake). */
    cancellationKind: text(),
    cancellationReason: text(),
    cancellationWaived: boolean().notNull().default(false),
    interpreterOnTheWay: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('interpreting_requests_reference_key').on(t.reference),
    index('interpreting_requests_org_idx').on(t.organisationId, t.startsAt),
    index('interpreting_requests_status_idx').on(t.status, t.startsAt),
    index('interpreting_requests_series_idx').on(t.seriesId, t.seriesIndex),
  ],
);

/**
 * An interpreter booked for a request. `travelBeforeMinutes` is the travel from the interpreter's
 * previous on-site job that day; the busy ranges [busy_from, ends_at) of the active ones
 * may not overlap per interpreter (exclusion constraint, migration 0005).
 */
export const assignments = pgTable(
  'interpreting_assignments',
  {
    ...entityColumns,
    requestId: uuid()
      .notNull()
      .references(() => interpretingRequests.id),
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    travelBeforeMinutes: integer().notNull().default(0),
    /** starts_at − travel_before_minutes (a CHECK keeps it so): the start of the busy range. */
    busyFrom: timestamptz().notNull(),
    /** 'active' or 'cancelled'; cancelled ones stay for the feed (STATUS:CANCELLED) and history. */
    status: text().notNull().default('active'),
    /** How the interpreter got it: 'assigned' (by a dispatcher), 'offer' or 'plan'. */
    source: text().notNull(),
    score: real(),
    breakdown: jsonb().$type<Record<string, number>>(),
    /** RFC 5545 SEQUENCE: raised on every change the interpreter must see. */
    sequence: integer().notNull().default(0),
    decidedBy: uuid().references(() => users.id),
  },
  (t) => [
    index('interpreting_assignments_interpreter_idx').on(t.interpreterId, t.startsAt),
    uniqueIndex('interpreting_assignments_one_active_key').on(t.requestId).where(sql`status = 'active'`),
  ],
);

/** One interpreter's offer in an offer round; the first to accept wins. */
export const offers = pgTable(
  'interpreting_offers',
  {
    ...entityColumns,
    requestId: uuid()
      .notNull()
      .references(() => interpretingRequests.id),
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id),
    round: integer().notNull(),
    /** open → accepted | declined | expired | filled (someone else won) | withdrawn. */
    status: text().notNull().default('open'),
    expiresAt: timestamptz().notNull(),
    respondedAt: timestamptz(),
    score: real(),
    breakdown: jsonb().$type<Record<string, number>>(),
    sentBy: uuid().references(() => users.id),
  },
  (t) => [
    index('interpreting_offers_request_idx').on(t.requestId, t.status),
    index('interpreting_offers_interpreter_idx').on(t.interpreterId, t.status),
    uniqueIndex('interpreting_offers_once_per_round_key').on(t.requestId, t.interpreterId, t.round),
  ],
);

/** What happened at the session, as the interpreter reports it; approval locks the charge. */
export const timesheets = pgTable('interpreting_timesheets', {
  assignmentId: uuid()
    .primaryKey()
    .references(() => assignments.id),
  actualStart: timestamptz(),
  actualEnd: timestamptz(),
  waitingMinutes: integer().notNull().default(0),
  kilometres: real().notNull().default(0),
  /** Null, 'client' or 'interpreter'. */
  noShow: text(),
  notes: text(),
  status: text().notNull().default('submitted'),
  submittedAt: timestamptz().notNull().defaultNow(),
  submittedBy: uuid().references(() => users.id),
  reviewedAt: timestamptz(),
  reviewedBy: uuid().references(() => users.id),
  reviewNote: text(),
});

/**
 * A billable line for an organisation: a session, a late cancellation or a translation. Written
 * when a timesheet is approved (or a late cancellation made), with the tariff it used; once on an
 * invoice it never changes.
 */
export const charges = pgTable(
  'interpreting_charges',
  {
    ...entityColumns,
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    requestId: uuid().references(() => interpretingRequests.id),
    translationJobId: uuid(),
    kind: text().notNull(),
    /** Brussels date of the service, which decides the invoice quarter. */
    serviceDate: date({ mode: 'string' }).notNull(),
    description: text().notNull(),
    billableMinutes: integer(),
    words: integer(),
    kilometres: real(),
    amountCents: integer().notNull(),
    travelCents: integer().notNull().default(0),
    tariff: jsonb().notNull(),
    costCentre: text(),
    invoiceId: uuid(),
    /** Waived or undone charges stay for the record but are not invoiced. */
    waived: boolean().notNull().default(false),
  },
  (t) => [
    index('interpreting_charges_org_idx').on(t.organisationId, t.serviceDate),
    uniqueIndex('interpreting_charges_request_kind_key').on(t.requestId, t.kind),
  ],
);

export const invoices = pgTable(
  'interpreting_invoices',
  {
    ...entityColumns,
    /** e.g. "F-2027-Q1-0007". */
    number: text().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    quarter: text().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    totalCents: integer().notNull(),
    lineCount: integer().notNull(),
    issuedBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('interpreting_invoices_number_key').on(t.number),
    uniqueIndex('interpreting_invoices_org_quarter_key').on(t.organisationId, t.quarter),
  ],
);

/** A written translation: quoted from the word count, offered to translators, delivered. */
export const translationJobs = pgTable(
  'interpreting_translation_jobs',
  {
    ...entityColumns,
    reference: text().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    requestedBy: uuid().references(() => users.id),
    sourceLanguage: text().notNull(),
    targetLanguage: text().notNull(),
    sourceFileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    words: integer().notNull(),
    quoteCents: integer().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    /** quoted → accepted → offered → assigned → delivered; cancelled. */
    status: text().notNull().default('quoted'),
    translatorId: uuid().references(() => interpreters.id),
    deliveryFileId: uuid().references(() => storedFiles.id),
    deliveredAt: timestamptz(),
    clientReference: text(),
    notes: text(),
  },
  (t) => [
    uniqueIndex('interpreting_translation_jobs_reference_key').on(t.reference),
    index('interpreting_translation_jobs_org_idx').on(t.organisationId, t.createdAt),
  ],
);

/** A translation job offered to a translator; the first to accept gets it. */
export const translationOffers = pgTable(
  'interpreting_translation_offers',
  {
    ...entityColumns,
    jobId: uuid()
      .notNull()
      .references(() => translationJobs.id),
    interpreterId: uuid()
      .notNull()
      .references(() => interpreters.id),
    status: text().notNull().default('open'),
    expiresAt: timestamptz().notNull(),
    respondedAt: timestamptz(),
  },
  (t) => [uniqueIndex('interpreting_translation_offers_once_key').on(t.jobId, t.interpreterId)],
);

/** A dispatcher's day plan: the proposal, the dispatcher's changes, and when it was published. */
export const dayPlans = pgTable(
  'interpreting_day_plans',
  {
    ...entityColumns,
    day: date({ mode: 'string' }).notNull(),
    status: text().notNull().default('draft'),
    engine: text().notNull(),
    /** request id → { interpreterId, reasons } as proposed and edited. */
    proposal: jsonb().notNull(),
    summary: jsonb().notNull(),
    createdBy: uuid().references(() => users.id),
    publishedAt: timestamptz(),
  },
  (t) => [index('interpreting_day_plans_day_idx').on(t.day)],
);
